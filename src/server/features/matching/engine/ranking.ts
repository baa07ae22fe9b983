/**
 * The best N by score, ties broken by id (so the index and the brute-force scan agree exactly).
 * N is small (20–100): a sorted array beats a heap, and inserts are rare once the list is full.
 */
export class TopList {
  readonly scores: number[] = [];
  readonly rows: number[] = [];
  readonly ids: string[] = [];

  constructor(readonly limit: number) {}

  /** The lowest score still able to enter (−∞ until the list is full; a tie may enter on id). */
  get threshold(): number {
    return this.limit === 0
      ? Number.POSITIVE_INFINITY
      : this.scores.length < this.limit
        ? Number.NEGATIVE_INFINITY
        : this.scores[this.limit - 1]!;
  }

  /** Drops the entries scoring below `score`. */
  dropBelow(score: number): void {
    let keep = this.scores.length;
    while (keep > 0 && this.scores[keep - 1]! < score) keep--;
    this.scores.length = keep;
    this.rows.length = keep;
    this.ids.length = keep;
  }

  offer(score: number, row: number, id: string): void {
    if (this.limit === 0) return;
    const count = this.scores.length;
    if (count === this.limit) {
      const worst = this.scores[count - 1]!;
      if (score < worst || (score === worst && id > this.ids[count - 1]!)) return;
    }
    let position = count;
    while (position > 0 && (this.scores[position - 1]! < score || (this.scores[position - 1] === score && this.ids[position - 1]! > id)))
      position--;
    this.scores.splice(position, 0, score);
    this.rows.splice(position, 0, row);
    this.ids.splice(position, 0, id);
    if (this.scores.length > this.limit) {
      this.scores.pop();
      this.rows.pop();
      this.ids.pop();
    }
  }
}

/**
 * Scratch arrays of a term-at-a-time accumulation over `capacity` rows, reused across queries.
 * `sums` holds partial + 1 for touched rows and 0 for the others, so a posting costs one random
 * memory access; harvest() moves the sums into `values` (in touch order) and zeroes `sums` again.
 */
export class Accumulator {
  sums = new Int32Array(0);
  touched = new Uint32Array(0);
  values = new Int32Array(0);
  order = new Uint32Array(0);
  marks = new Uint8Array(0);
  count = 0;

  begin(capacity: number): void {
    if (this.sums.length < capacity) {
      const size = Math.max(capacity, Math.ceil(this.sums.length * 1.5));
      this.sums = new Int32Array(size);
      this.touched = new Uint32Array(size);
      this.values = new Int32Array(size);
      this.order = new Uint32Array(size);
      this.marks = new Uint8Array(size);
    }
    this.count = 0;
  }

  harvest(count: number): void {
    const { sums, touched, values } = this;
    for (let index = 0; index < count; index++) {
      const row = touched[index]!;
      values[index] = sums[row]! - 1;
      sums[row] = 0;
    }
    this.count = count;
  }

  /**
   * harvest() that keeps only the rows whose group is open (people within reach) and adds each
   * group's bonus (the most commute points its people can get) to their value.
   */
  harvestOpen(count: number, groupOf: Uint32Array, open: Uint8Array, bonus: Int32Array): void {
    const { sums, touched, values } = this;
    let kept = 0;
    for (let index = 0; index < count; index++) {
      const row = touched[index]!;
      const sum = sums[row]!;
      sums[row] = 0;
      const group = groupOf[row]!;
      if (!open[group]) continue;
      touched[kept] = row;
      values[kept++] = sum - 1 + bonus[group]!;
    }
    this.count = kept;
  }

  /** Calls `visit` for the rows of `lists` no posting list touched, list by list while `goOn(list position)` says so. */
  forUntouched(
    lists: readonly ({ rows: Uint32Array; length: number } | undefined)[],
    visit: (row: number) => void,
    goOn: (position: number) => boolean = () => true,
  ): void {
    const { marks, touched, count } = this;
    for (let index = 0; index < count; index++) marks[touched[index]!] = 1;
    try {
      for (let position = 0; position < lists.length && goOn(position); position++) {
        const list = lists[position];
        for (let index = 0; list && index < list.length; index++) if (!marks[list.rows[index]!]) visit(list.rows[index]!);
      }
    } finally {
      for (let index = 0; index < count; index++) marks[touched[index]!] = 0;
    }
  }

  get bytes(): number {
    return this.sums.byteLength + this.touched.byteLength + this.values.byteLength + this.order.byteLength + this.marks.byteLength;
  }
}

const bucketCount = 2048;
const counts = new Int32Array(bucketCount + 1);
const bucketMax = new Int32Array(bucketCount);

/**
 * Visits the harvested rows from the highest partial score (occupation + skills) down, and stops
 * at the first bucket whose best partial plus `restMax` (the most the other components can add)
 * cannot reach `threshold()`. Rows never touched are visited through `visitUntouched` only when
 * `untouchedMax`, the most such a row can score, could still enter. Returns the number of rows visited.
 */
export function walkByPartial(
  accumulator: Accumulator,
  maxPartial: number,
  restMax: number,
  untouchedMax: number,
  threshold: () => number,
  visit: (row: number, partial: number) => void,
  visitUntouched: () => void,
): number {
  const { touched, values, order, count } = accumulator;
  counts.fill(0);
  bucketMax.fill(-1);
  const scale = bucketCount / (maxPartial + 1);
  for (let index = 0; index < count; index++) {
    const value = values[index]!;
    const bucket = Math.min(bucketCount - 1, Math.floor(value * scale));
    counts[bucket + 1]!++;
    if (value > bucketMax[bucket]!) bucketMax[bucket] = value;
  }
  for (let bucket = 0; bucket < bucketCount; bucket++) counts[bucket + 1]! += counts[bucket]!;
  const next = counts.slice(0, bucketCount);
  for (let index = 0; index < count; index++) order[next[Math.min(bucketCount - 1, Math.floor(values[index]! * scale))]!++] = index;
  let visited = 0;
  // The lowest partial that can still enter, refreshed after each visit (only a visit raises the threshold).
  let floor = threshold() - restMax;
  for (let bucket = bucketCount - 1; bucket >= 0; bucket--) {
    if (bucketMax[bucket]! < 0) continue;
    if (bucketMax[bucket]! < floor) break;
    for (let position = counts[bucket]!; position < counts[bucket + 1]!; position++) {
      const index = order[position]!;
      const value = values[index]!;
      if (value < floor) continue;
      visit(touched[index]!, value);
      visited++;
      floor = threshold() - restMax;
    }
  }
  if (untouchedMax >= threshold()) visitUntouched();
  return visited;
}
