import { filterBit, skillPoints, type CompiledWeights } from './components.js';
import type { PostingIndex, PostingList } from './lists.js';
import type { OpportunityStore } from './opportunity-store.js';
import { occupationEntrySize, type ProfileStore } from './profile-store.js';
import type { Accumulator } from './ranking.js';
import { TopList, walkByPartial } from './ranking.js';
import { notRanked, scoreContext, scorePair, type ScoreContext } from './score.js';
import { newStats, type RankedRows } from './candidate-search.js';
import { chooseDirect, matchTuning } from './tuning.js';
import type { OpportunityQuery } from './types.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Top open opportunities for one person (row `row` of `people`): the mirror image of the
 * candidate search, over the opportunity store's posting lists.
 */
export function searchOpportunities(
  weights: CompiledWeights,
  vocabulary: Vocabulary,
  opportunities: OpportunityStore,
  accumulator: Accumulator,
  people: ProfileStore,
  row: number,
  query: OpportunityQuery,
  bruteForce = false,
): RankedRows {
  const matches = new TopList(query.limit ?? 20);
  const nearMisses = new TopList(query.nearMissLimit ?? 10);
  const stats = newStats();

  let organisations: Uint8Array | null = null;
  if (query.organisationIds) {
    organisations = new Uint8Array(vocabulary.organisations.size);
    for (const id of query.organisationIds) {
      const organisation = vocabulary.organisations.find(id);
      if (organisation >= 0) organisations[organisation] = 1;
    }
  }
  const maxDistance = query.maxDistanceKm ?? Number.POSITIVE_INFINITY;
  const stated = people.maxCommuteKm[row]!;
  const commuteLimit =
    (weights.nearMissMask & filterBit.beyond_commute) !== 0
      ? Number.POSITIVE_INFINITY
      : Number.isNaN(stated)
        ? weights.source.defaultMaxCommuteKm
        : stated;
  const limit = Math.min(commuteLimit, maxDistance);
  const lat = people.lat[row]!;
  const lon = people.lon[row]!;
  const wanted = query.municipalityCodes ? new Set(query.municipalityCodes) : null;
  const municipalities = new Uint8Array(vocabulary.municipalities.size);
  for (let municipality = 0; municipality < municipalities.length; municipality++) {
    if (!wanted || wanted.has(vocabulary.municipalities.values[municipality]!)) municipalities[municipality] = 1;
  }
  // Workplace cells out of the person's reach are skipped whole (only an explicit distance filter prunes in a brute-force scan).
  const reach = bruteForce ? maxDistance : limit;
  const cells = opportunities.cells;
  const reachable = new Uint8Array(cells.count);
  for (let cell = 0; cell < cells.count; cell++) {
    const nearest = cells.nearestKm(cell, lat, lon);
    if (Number.isNaN(nearest) ? query.maxDistanceKm === undefined : nearest <= reach) reachable[cell] = 1;
  }
  const excluded = new Set((query.excludeIds ?? []).map((id) => opportunities.rowById.get(id)).filter((value) => value !== undefined));

  // Near misses are those who would rank among the matches but for one requirement, so both lists prune with the matches' threshold.
  const threshold = () => matches.threshold;
  let context: ScoreContext | null = null;
  const visit = (opportunityRow: number, partial = -1) => {
    const opportunity = opportunities.items[opportunityRow];
    if (
      !opportunity ||
      !reachable[opportunity.cell] ||
      !municipalities[opportunity.municipality] ||
      (organisations && !organisations[opportunity.organisation])
    )
      return;
    if (excluded.size > 0 && excluded.has(opportunityRow)) return;
    stats.scored++;
    context ??= scoreContext(weights, opportunity, people, nearMisses.limit > 0);
    context.opportunity = opportunity;
    context.threshold = bruteForce ? Number.NEGATIVE_INFINITY : threshold();
    context.knownPartial = partial;
    const score = scorePair(context, row);
    if (score === notRanked) return;
    if (maxDistance !== Number.POSITIVE_INFINITY && !(context.distanceKm <= maxDistance)) return;
    if (context.failures === 0) matches.offer(score, opportunityRow, opportunity.source.id);
    else if (context.nearMiss) nearMisses.offer(score, opportunityRow, opportunity.source.id);
  };

  if (bruteForce) {
    stats.strategy = 'brute_force';
    for (let index = 0; index < opportunities.size; index++) visit(index);
    nearMisses.dropBelow(matches.threshold);
    return { matches, nearMisses, stats };
  }

  const occupations = people.occupations.values(row);
  const occupationLists: [PostingList | undefined, number][] = [];
  for (let entry = 0; entry < occupations.length; entry += occupationEntrySize) {
    const past = occupations[entry + 4]!;
    occupationLists.push([opportunities.byOccupation.get(occupations[entry]!), weights.occupation[past]![0]!]);
    for (let level = 1; level <= 3; level++) {
      occupationLists.push([opportunities.byIscoGroup.get(occupations[entry + level]!), weights.occupation[past]![level]!]);
    }
  }
  const skills = people.skills.values(row);
  const skillLists = [...skills].map((packed) => opportunities.bySkill.get(packed >> 3));
  const sumLengths = (lists: (PostingList | undefined)[]) => lists.reduce((sum, list) => sum + (list?.length ?? 0), 0);
  const postings = sumLengths(occupationLists.map(([list]) => list)) + sumLengths(skillLists);
  const listsOf = (index: PostingIndex, open: Uint8Array) => [...open.keys()].filter((key) => open[key]).map((key) => index.get(key));
  const cellLists = listsOf(opportunities.byCell, reachable);
  const drivingLists =
    wanted && sumLengths(listsOf(opportunities.byMunicipality, municipalities)) < sumLengths(cellLists)
      ? listsOf(opportunities.byMunicipality, municipalities)
      : cellLists;
  if (chooseDirect(sumLengths(drivingLists), postings, matchTuning.opportunityDirectRows)) {
    stats.strategy = 'direct';
    for (const list of drivingLists) for (let index = 0; list && index < list.length; index++) visit(list.rows[index]!);
    nearMisses.dropBelow(matches.threshold);
    return { matches, nearMisses, stats };
  }

  accumulator.begin(opportunities.size);
  const { sums, touched } = accumulator;
  let count = 0;
  try {
    for (const [list, points] of occupationLists) {
      for (let index = 0; list && index < list.length; index++) {
        const opportunityRow = list.rows[index]!;
        const sum = sums[opportunityRow]!;
        if (sum === 0) touched[count++] = opportunityRow;
        if (points + 1 > sum) sums[opportunityRow] = points + 1;
      }
    }
    const { essentialCount, optionalCount } = opportunities;
    for (let skill = 0; skill < skillLists.length; skill++) {
      const list = skillLists[skill];
      if (!list) continue;
      const factor = weights.levelFactors[(skills[skill]! & 7) - 1]!;
      for (let index = 0; index < list.length; index++) {
        const opportunityRow = list.rows[index]!;
        const points =
          list.tags[index] === 0
            ? skillPoints(weights.essential / essentialCount[opportunityRow]!, factor)
            : skillPoints(weights.optional / optionalCount[opportunityRow]!, factor);
        const sum = sums[opportunityRow]!;
        if (sum === 0) touched[count++] = opportunityRow;
        sums[opportunityRow] = (sum === 0 ? 1 : sum) + points;
      }
    }
  } finally {
    accumulator.harvest(count);
  }
  stats.postings = postings;
  stats.touched = count;
  const visitUntouched = () => accumulator.forUntouched(drivingLists, (opportunityRow) => visit(opportunityRow, 0));
  walkByPartial(
    accumulator,
    weights.occupationMax + weights.essential + weights.optional,
    weights.restMax,
    weights.restMax,
    threshold,
    visit,
    visitUntouched,
  );
  nearMisses.dropBelow(matches.threshold);
  return { matches, nearMisses, stats };
}
