/**
 * The labelled evaluation set. People are generated from an occupation's ESCO skills with noise
 * (generateProfile with 30 % random skills); an opportunity is relevant to a person when it is of
 * the same ESCO occupation (gain 2) or of a closely related one — the same ISCO-08 unit group
 * (gain 1) — and lies within the person's commute range (their maximum, else the default 50 km)
 * and does not fail the person's own hard limits (a demand they avoid, a licence they lack).
 *
 * recall@20 = relevant in the top 20 / min(20, relevant) (capped, so a perfect list scores 1 even
 * when more than 20 are relevant); nDCG@20 with the gains above.
 */
import { defaultMatchWeights } from '../../src/contract/matching.js';
import { haversineKm } from '../../src/server/features/matching/engine/geo.js';
import type { MatchOpportunity, MatchProfile } from '../../src/server/features/matching/engine/types.js';
import { generateProfile, type Random, type World } from './generate.js';

export type EvaluationCase = { person: MatchProfile; gains: Map<string, number>; relevant: number };

export function evaluationSet(
  world: World,
  random: Random,
  count: number,
  opportunities: MatchOpportunity[],
  skillsOnly: boolean,
): EvaluationCase[] {
  const byGroup = new Map<string, MatchOpportunity[]>();
  for (const opportunity of opportunities) {
    if (!opportunity.iscoCode) continue;
    const list = byGroup.get(opportunity.iscoCode) ?? [];
    list.push(opportunity);
    byGroup.set(opportunity.iscoCode, list);
  }
  const cases: EvaluationCase[] = [];
  for (let attempt = 0; cases.length < count && attempt < count * 20; attempt++) {
    const seed = opportunities[Math.floor(random() * opportunities.length)]!;
    if (!seed.escoUri) continue;
    const generated = generateProfile(world, `eval-${cases.length}`, random, seed.escoUri, 0.3);
    const person = skillsOnly ? { ...generated, occupationsOfInterest: [], pastOccupations: [] } : generated;
    const maxKm = person.maxCommuteKm ?? defaultMatchWeights.defaultMaxCommuteKm;
    const gains = new Map<string, number>();
    for (const opportunity of byGroup.get(seed.iscoCode!) ?? []) {
      if (!opportunity.location || !person.home) continue;
      if (haversineKm(person.home.lat, person.home.lon, opportunity.location.lat, opportunity.location.lon) > maxKm) continue;
      if (opportunity.demands.some((demand) => person.avoidDemands.includes(demand))) continue;
      if (opportunity.licences.some((licence) => !person.licences.includes(licence))) continue;
      gains.set(opportunity.id, opportunity.escoUri === seed.escoUri ? 2 : 1);
    }
    if (gains.size > 0) cases.push({ person, gains, relevant: gains.size });
  }
  return cases;
}

export function rankingQuality(cases: EvaluationCase[], rankings: string[][], k = 20): { recall: number; ndcg: number } {
  let recall = 0;
  let ndcg = 0;
  cases.forEach(({ gains }, index) => {
    const ranking = rankings[index]!.slice(0, k);
    const hits = ranking.filter((id) => gains.has(id)).length;
    recall += hits / Math.min(k, gains.size);
    const dcg = ranking.reduce((sum, id, rank) => sum + (2 ** (gains.get(id) ?? 0) - 1) / Math.log2(rank + 2), 0);
    const ideal = [...gains.values()]
      .sort((a, b) => b - a)
      .slice(0, k)
      .reduce((sum, gain, rank) => sum + (2 ** gain - 1) / Math.log2(rank + 2), 0);
    ndcg += dcg / ideal;
  });
  return { recall: recall / cases.length, ndcg: ndcg / cases.length };
}
