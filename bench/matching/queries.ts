import type { CandidateQuery, MatchOpportunity, OpportunityQuery } from '../../src/server/features/matching/engine/types.js';
import { generateOpportunity, type Random, type World } from './generate.js';

/**
 * The query mix. The first three classes are the hard cases the issue names: no region filter over
 * all 1,000,000 people (every organisation visible), opportunities asking only for the most common
 * skills (no occupation: many near-equal scores), and the most common occupations.
 */
export const candidateClasses = ['national', 'popular_skills', 'popular_occupation', 'own_organisation', 'nearby_in_job_search'] as const;
export type CandidateClass = (typeof candidateClasses)[number];
const classShare: Record<CandidateClass, number> = {
  national: 0.35,
  popular_skills: 0.2,
  popular_occupation: 0.1,
  own_organisation: 0.2,
  nearby_in_job_search: 0.15,
};

export type CandidateCase = { kind: CandidateClass; opportunity: MatchOpportunity; query: CandidateQuery };
export type OpportunityCase = { kind: 'anywhere' | 'within_20_km'; personId: string; query: OpportunityQuery };

export function candidateCases(
  world: World,
  random: Random,
  count: number,
  opportunities: MatchOpportunity[],
  organisations: string[],
  commonOccupations: string[],
): CandidateCase[] {
  const cases: CandidateCase[] = [];
  for (const kind of candidateClasses) {
    const share = Math.round(count * classShare[kind]);
    for (let n = 0; n < share; n++) {
      const base = opportunities[Math.floor(random() * opportunities.length)]!;
      if (kind === 'national') cases.push({ kind, opportunity: base, query: { organisationIds: organisations } });
      else if (kind === 'popular_skills')
        cases.push({
          kind,
          opportunity: generateOpportunity(world, `popular-${n}`, random, 'popular'),
          query: { organisationIds: organisations },
        });
      else if (kind === 'popular_occupation') {
        const escoUri = commonOccupations[n % commonOccupations.length]!;
        const opportunity = { ...base, id: `common-${n}`, escoUri, iscoCode: world.reference.occupationIsco.get(escoUri)! };
        cases.push({ kind, opportunity, query: { organisationIds: organisations } });
      } else if (kind === 'own_organisation') cases.push({ kind, opportunity: base, query: { organisationIds: [base.organisationId] } });
      else {
        const query: CandidateQuery =
          n % 2 === 0
            ? { organisationIds: organisations, maxDistanceKm: 30, onlyInJobSearch: true }
            : { organisationIds: organisations, municipalityCodes: [base.municipalityCode!], onlyInJobSearch: true };
        cases.push({ kind, opportunity: base, query });
      }
    }
  }
  // Interleaved, so a subsample (the baselines run fewer queries) keeps the mix.
  return cases.sort(() => random() - 0.5);
}

export function opportunityCases(random: Random, count: number, personIds: string[]): OpportunityCase[] {
  return Array.from({ length: count }, (_, n) => {
    const personId = personIds[Math.floor(random() * personIds.length)]!;
    return n % 5 === 4 ? { kind: 'within_20_km', personId, query: { maxDistanceKm: 20 } } : { kind: 'anywhere', personId, query: {} };
  });
}
