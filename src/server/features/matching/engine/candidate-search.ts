import { commutePoints, filterBit, skillPointTable, type CompiledWeights } from './components.js';
import { commuteClasses, commuteClassLimits, unstatedCommuteClass } from './cells.js';
import type { PostingList } from './lists.js';
import type { CompiledOpportunity } from './opportunity-store.js';
import { profileFlags, type ProfileStore } from './profile-store.js';
import type { Accumulator } from './ranking.js';
import { TopList, walkByPartial } from './ranking.js';
import { notRanked, scoreContext, scorePair } from './score.js';
import { chooseDirect, matchTuning } from './tuning.js';
import type { CandidateQuery } from './types.js';
import type { Vocabulary } from './vocabulary.js';

/** How a search went: its strategy, posting entries walked, rows touched and scored, and milliseconds spent accumulating and walking. */
export type SearchStats = {
  strategy: 'direct' | 'indexed' | 'brute_force';
  postings: number;
  touched: number;
  scored: number;
  accumulateMs: number;
  walkMs: number;
};
export const newStats = (): SearchStats => ({ strategy: 'indexed', postings: 0, touched: 0, scored: 0, accumulateMs: 0, walkMs: 0 });
export type RankedRows = { matches: TopList; nearMisses: TopList; stats: SearchStats };

/** The cheap per-row filters of a candidate query, resolved once per query. */
function candidateFilters(
  weights: CompiledWeights,
  vocabulary: Vocabulary,
  people: ProfileStore,
  opportunity: CompiledOpportunity,
  query: CandidateQuery,
  prune: boolean,
) {
  // Each filter as a lookup table by key and as the member lists of its open keys (a direct scan walks the smallest).
  const organisations = new Uint8Array(vocabulary.organisations.size);
  const organisationLists: PostingList[] = [];
  for (const id of new Set(query.organisationIds)) {
    const organisation = vocabulary.organisations.find(id);
    if (organisation < 0) continue;
    organisations[organisation] = 1;
    const list = people.byOrganisation.get(organisation);
    if (list) organisationLists.push(list);
  }
  const wanted = query.municipalityCodes ? new Set(query.municipalityCodes) : null;
  const municipalities = new Uint8Array(vocabulary.municipalities.size).fill(wanted ? 0 : 1);
  const municipalityLists: PostingList[] = [];
  for (const code of wanted ?? []) {
    const municipality = vocabulary.municipalities.find(code);
    if (municipality < 0) continue;
    municipalities[municipality] = 1;
    const list = people.byMunicipality.get(municipality);
    if (list) municipalityLists.push(list);
  }
  const maxDistance = query.maxDistanceKm ?? Number.POSITIVE_INFINITY;
  // Reach: a cell's people of one commute class are skipped when the cell is farther than they would travel.
  // Distance prunes only when a too-long commute cannot be a near miss; an explicit distance filter always does.
  const commuteExcludes = prune && (weights.nearMissMask & filterBit.beyond_commute) === 0;
  const cells = people.cells;
  const reachable = new Uint8Array(cells.count * commuteClasses);
  // The most commute points a group's people can get (their maximum commute is at most the class limit).
  const commuteBound = new Int32Array(cells.count * commuteClasses);
  const reachLists: PostingList[] = [];
  const reachGroups: number[] = [];
  let reachRows = 0;
  for (let cell = 0; cell < cells.count; cell++) {
    const nearest = cells.nearestKm(cell, opportunity.lat, opportunity.lon);
    for (let commute = 0; commute < commuteClasses; commute++) {
      const classLimit = commute === unstatedCommuteClass ? weights.source.defaultMaxCommuteKm : commuteClassLimits[commute]!;
      const limit = Math.min(commuteExcludes ? classLimit : Number.POSITIVE_INFINITY, maxDistance);
      // Unknown distance passes the commute filter but not an explicit distance filter.
      const open = Number.isNaN(nearest) ? query.maxDistanceKm === undefined : nearest <= limit;
      if (!open) continue;
      reachable[cell * commuteClasses + commute] = 1;
      reachRows += people.byReachGroup.lists[cell * commuteClasses + commute]?.length ?? 0;
      commuteBound[cell * commuteClasses + commute] = Number.isNaN(nearest)
        ? commutePoints(weights.commute, Number.NaN, 1)
        : Math.ceil(weights.commute * Math.max(0, 1 - nearest / classLimit));
      const list = people.byReachGroup.get(cell * commuteClasses + commute);
      if (list) {
        reachLists.push(list);
        reachGroups.push(cell * commuteClasses + commute);
      }
    }
  }
  let required = profileFlags.live;
  if (query.onlyProposable !== false) required |= profileFlags.proposable;
  if (query.onlyInJobSearch) required |= profileFlags.inJobSearch;
  const excluded = new Set((query.excludeIds ?? []).map((id) => people.rowById.get(id)).filter((row) => row !== undefined));
  const rowsIn = (lists: PostingList[]) => lists.reduce((sum, list) => sum + list.length, 0);
  const filterSets = [
    { lists: organisationLists, rows: rowsIn(organisationLists) },
    { lists: reachLists, rows: reachRows },
    ...(wanted ? [{ lists: municipalityLists, rows: rowsIn(municipalityLists) }] : []),
  ];
  return { organisations, municipalities, reachable, commuteBound, reachGroups, reachRows, required, excluded, maxDistance, filterSets };
}

/**
 * Top candidates for an opportunity among the people of the visible organisations. Chooses per
 * query: score the rows of the smallest filter set directly when it is small, otherwise
 * accumulate occupation and skill points from the posting lists and score only the rows whose
 * upper bound can still reach the current top-N (`bruteForce` scores every row, for comparison).
 */
export function searchCandidates(
  weights: CompiledWeights,
  vocabulary: Vocabulary,
  people: ProfileStore,
  accumulator: Accumulator,
  opportunity: CompiledOpportunity,
  query: CandidateQuery,
  bruteForce = false,
): RankedRows {
  const matches = new TopList(query.limit ?? 20);
  const nearMisses = new TopList(query.nearMissLimit ?? 10);
  const stats = newStats();
  const started = performance.now();
  const filters = candidateFilters(weights, vocabulary, people, opportunity, query, !bruteForce);
  const context = scoreContext(weights, opportunity, people, nearMisses.limit > 0);
  const { organisations, municipalities, reachable, required, excluded, maxDistance } = filters;
  const { flags, organisation, municipality, reachGroup, ids } = people;

  // Near misses are those who would rank among the matches but for one requirement, so both lists prune with the matches' threshold.
  const threshold = () => matches.threshold;
  /** Points of the lists the accumulation skipped: a row's partial is exact only when it is 0. */
  let slack = 0;
  const fullBound = weights.occupationMax + weights.essential + weights.optional;
  /** `partial`: the occupation + skill points the accumulated posting lists summed for the row, or -1. */
  const visit = (row: number, partial = -1) => {
    if (
      (flags[row]! & required) !== required ||
      !reachable[reachGroup[row]!] ||
      !organisations[organisation[row]!] ||
      !municipalities[municipality[row]!]
    )
      return;
    if (excluded.size > 0 && excluded.has(row)) return;
    stats.scored++;
    context.threshold = bruteForce ? Number.NEGATIVE_INFINITY : threshold();
    context.knownPartial = slack === 0 ? partial : -1;
    context.partialBound = partial < 0 ? fullBound : partial + slack;
    const score = scorePair(context, row);
    if (score === notRanked) return;
    if (maxDistance !== Number.POSITIVE_INFINITY && !(context.distanceKm <= maxDistance)) return;
    if (context.failures === 0) matches.offer(score, row, ids[row]!);
    else if (context.nearMiss) nearMisses.offer(score, row, ids[row]!);
  };

  if (bruteForce) {
    stats.strategy = 'brute_force';
    for (let row = 0; row < people.size; row++) visit(row);
    nearMisses.dropBelow(matches.threshold);
    return { matches, nearMisses, stats };
  }

  const sumLengths = (lists: (PostingList | undefined)[]) => lists.reduce((sum, list) => sum + (list?.length ?? 0), 0);
  // The smallest of the filter sets drives a direct scan and the visit of untouched rows.
  const driving = filters.filterSets.reduce((best, set) => (set.rows < best.rows ? set : best));
  const drivingLists = driving.lists;
  const smallest = driving.rows;
  const occupationLists: [PostingList | undefined, number][] = [
    [people.byOccupation.get(opportunity.occupation), 0],
    ...opportunity.groups.map((group, level): [PostingList | undefined, number] => [people.byIscoGroup.get(group), level + 1]),
  ];
  const skillLists = [...opportunity.skills].map((packed) => people.bySkill.get(packed >> 1));
  const postings = sumLengths(occupationLists.map(([list]) => list)) + sumLengths(skillLists);
  if (chooseDirect(smallest, postings, matchTuning.candidateDirectRows)) {
    stats.strategy = 'direct';
    for (const list of drivingLists) for (let index = 0; list && index < list.length; index++) visit(list.rows[index]!);
    nearMisses.dropBelow(matches.threshold);
    return { matches, nearMisses, stats };
  }

  // Term lists with their most points per row; the ones with the most entries per point are skipped while their points fit the budget.
  const essentialTable = skillPointTable(weights.essential, opportunity.essentialCount, weights.levelFactors);
  const optionalTable = skillPointTable(weights.optional, opportunity.optionalCount, weights.levelFactors);
  type Term = { list: PostingList; points: Int32Array; max: number; occupation: boolean };
  const terms: Term[] = [];
  for (const [list, tier] of occupationLists) {
    if (list)
      terms.push({
        list,
        points: Int32Array.of(weights.occupation[0][tier]!, weights.occupation[1][tier]!),
        max: weights.occupation[0][tier]!,
        occupation: true,
      });
  }
  skillLists.forEach((list, skill) => {
    const table = (opportunity.skills[skill]! & 1) === 0 ? essentialTable : optionalTable;
    if (list) terms.push({ list, points: table, max: Math.max(...table), occupation: false });
  });
  let skipped = 0;
  for (const term of [...terms].sort((a, b) => b.list.length / Math.max(1, b.max) - a.list.length / Math.max(1, a.max))) {
    if (skipped + term.max > matchTuning.skippedListPoints) break;
    skipped += term.max;
    term.max = -1;
  }

  accumulator.begin(people.size);
  const { sums, touched } = accumulator;
  let count = 0;
  let walked = 0;
  try {
    for (const term of terms) {
      if (term.max < 0 || !term.occupation) continue;
      const { list, points: byTag } = term;
      walked += list.length;
      for (let index = 0; index < list.length; index++) {
        const row = list.rows[index]!;
        const points = byTag[list.tags[index]!]! + 1;
        const sum = sums[row]!;
        if (sum === 0) touched[count++] = row;
        if (points > sum) sums[row] = points;
      }
    }
    for (const term of terms) {
      if (term.max < 0 || term.occupation) continue;
      const { list, points: table } = term;
      const rows = list.rows;
      const levels = list.tags;
      walked += list.length;
      for (let index = 0; index < list.length; index++) {
        const row = rows[index]!;
        const sum = sums[row]!;
        if (sum === 0) {
          touched[count++] = row;
          sums[row] = table[levels[index]! - 1]! + 1;
        } else sums[row] = sum + table[levels[index]! - 1]!;
      }
    }
  } finally {
    // Only people within reach go on, ranked by partial + the commute points their group can get.
    accumulator.harvestOpen(count, reachGroup, reachable, filters.commuteBound);
  }
  stats.postings = walked;
  stats.touched = count;
  stats.accumulateMs = performance.now() - started;
  slack = skipped;
  // Rows no list touched (no occupation or skill in common) only when even they could still enter.
  // Rows no list touched score at most `skipped` + the other components: visited by reach group, the
  // groups whose people can get the most commute points first, until no group's bound reaches the threshold.
  const visitUntouched = () => {
    if (smallest * 4 < filters.reachRows) return accumulator.forUntouched(drivingLists, (row) => visit(row, 0));
    const groups = [...filters.reachGroups].sort((a, b) => filters.commuteBound[b]! - filters.commuteBound[a]!);
    const others = weights.restMax - weights.commute + skipped;
    accumulator.forUntouched(
      groups.map((group) => people.byReachGroup.get(group)),
      (row) => visit(row, 0),
      (position) => filters.commuteBound[groups[position]!]! + others >= threshold(),
    );
  };
  const commuteBound = filters.commuteBound;
  walkByPartial(
    accumulator,
    weights.occupationMax + weights.essential + weights.optional + weights.commute,
    weights.restMax - weights.commute + skipped,
    weights.restMax + skipped,
    threshold,
    (row, value) => visit(row, value - commuteBound[reachGroup[row]!]!),
    visitUntouched,
  );
  nearMisses.dropBelow(matches.threshold);
  stats.walkMs = performance.now() - started - stats.accumulateMs;
  return { matches, nearMisses, stats };
}
