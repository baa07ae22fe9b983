import type { TargetGroup } from '../../../contract/clients.js';
import { monthsBetween } from '../../time.js';

/** Long-term unemployment is 12 months or more continuously (the official definition). */
export const longTermUnemploymentMonths = 12;

export function ageOn(dateOfBirth: string | null, today: string): number | null {
  return dateOfBirth ? Math.floor(monthsBetween(dateOfBirth, today) / 12) : null;
}

export function unemploymentMonths(unemployedSince: string | null, today: string): number | null {
  return unemployedSince && unemployedSince <= today ? monthsBetween(unemployedSince, today) : null;
}

/** Target groups the system derives instead of asking: never typed, always current. */
export function derivedTargetGroups(client: { dateOfBirth: string | null; unemployedSince: string | null }, today: string) {
  const groups: Extract<TargetGroup, 'long_term_unemployed' | 'under_30' | 'over_50'>[] = [];
  const months = unemploymentMonths(client.unemployedSince, today);
  if (months !== null && months >= longTermUnemploymentMonths) groups.push('long_term_unemployed');
  const age = ageOn(client.dateOfBirth, today);
  if (age !== null && age < 30) groups.push('under_30');
  if (age !== null && age >= 50) groups.push('over_50');
  return groups;
}
