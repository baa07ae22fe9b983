import type { Transaction } from '../../db/transaction.js';
import * as queries from './fidelity-evidence.queries.js';
import {
  measureCaseload,
  measureCompetitiveJobs,
  measureEmployerContactFrequency,
  measureEmployerContactQuality,
  measureEmployerDiversity,
  measureJobTypeDiversity,
  measureRapidSearch,
  measureZeroExclusion,
  type Measured,
} from './fidelity-measures.js';
import { measureTimeUnlimitedSupport, supportWindow } from './fidelity-support-measure.js';

/** The scale items Polku pre-fills, by item number (see ips_fidelity_scale.json). */
export const measuredItems = {
  caseloadSize: 1,
  zeroExclusion: 9,
  rapidSearch: 15,
  employerContactFrequency: 17,
  employerContactQuality: 18,
  jobTypeDiversity: 19,
  employerDiversity: 20,
  competitiveJobs: 21,
  timeUnlimitedSupport: 23,
} as const;

/** Measures the review's scope over its look-back period; one pass per source table. */
export async function measureScope(tx: Transaction, scope: queries.ReviewScope): Promise<Map<number, Measured>> {
  const { period } = scope;
  const coachIds = await queries.scopeCoachIds(tx, scope);
  const window = supportWindow(period);
  const [caseloads, enrolments, interactions, placements] = [
    await queries.caseloadsAtPeriodEnd(tx, scope, coachIds),
    await queries.enrolmentFacts(tx, scope, coachIds),
    await queries.interactionFacts(tx, scope, coachIds),
    await queries.placementFacts(tx, scope, coachIds, window),
  ];
  const contacts = await queries.faceToFaceContacts(tx, [...new Set(placements.map((placement) => placement.clientId))], window);
  const entries: [number, Measured][] = [
    [measuredItems.caseloadSize, measureCaseload(caseloads)],
    [measuredItems.zeroExclusion, measureZeroExclusion(enrolments, period)],
    [measuredItems.rapidSearch, measureRapidSearch(enrolments, period)],
    [measuredItems.employerContactFrequency, measureEmployerContactFrequency(interactions, coachIds, period)],
    [measuredItems.employerContactQuality, measureEmployerContactQuality(interactions, coachIds, period)],
    [measuredItems.jobTypeDiversity, measureJobTypeDiversity(placements, period)],
    [measuredItems.employerDiversity, measureEmployerDiversity(placements, period)],
    [measuredItems.competitiveJobs, measureCompetitiveJobs(placements, period)],
    [measuredItems.timeUnlimitedSupport, measureTimeUnlimitedSupport(placements, contacts, period)],
  ];
  return new Map(entries);
}
