/**
 * When a search scores the rows of its smallest filter set directly instead of walking posting
 * lists: below `directRows` rows, or when that set is smaller than the postings to walk divided by
 * `directRatio`. `force` pins one strategy (tests compare both with the brute-force scan).
 */
export const matchTuning = {
  candidateDirectRows: 2_000,
  opportunityDirectRows: 1_000,
  /** A direct scoring costs about as much as 50 posting-list entries (measured on the benchmark data). */
  directRatio: 50,
  force: null as null | 'direct' | 'indexed',
  /**
   * The candidate search leaves out of its accumulation the posting lists with the most entries per
   * point (common skills, broad ISCO groups) up to this many thousandths of a point; the rows it
   * visits are then scored in full, with that much added to their bound.
   */
  skippedListPoints: 10_000,
};

export function chooseDirect(filterRows: number, postings: number, directRows: number): boolean {
  if (matchTuning.force) return matchTuning.force === 'direct';
  return filterRows <= directRows || filterRows * matchTuning.directRatio <= postings;
}
