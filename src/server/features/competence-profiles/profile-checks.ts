import {
  profileParts,
  type CompetenceProfileFields,
  type ProfileOccupation,
  type ProfilePart,
} from '../../../contract/competence-profiles.js';
import type { FieldErrorCode } from '../../../contract/errors.js';
import type { Transaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import { skillsByUri } from '../../reference/esco.queries.js';
import { knownIscedLevels, occupationsByUri } from './competence-profiles.queries.js';

type Problem = { path: string; code: FieldErrorCode };

/** Every ESCO occupation the profile names (of interest, past, in the work history). */
export function occupationUrisOf(fields: CompetenceProfileFields): string[] {
  return [
    ...fields.occupationsOfInterest.map((occupation) => occupation.uri),
    ...fields.pastOccupations.map((occupation) => occupation.uri),
    ...fields.workHistory.flatMap((work) => (work.occupationUri ? [work.occupationUri] : [])),
  ];
}

/**
 * Checks the profile against the reference data (ESCO occupations and skills, ISCED levels) and
 * today's date; every problem is answered at once as a field error and nothing is written.
 * Answers the occupations found, whose ISCO-08 groups are stored beside them.
 */
export async function checkProfile(
  tx: Transaction,
  fields: CompetenceProfileFields,
  today: string,
): Promise<Map<string, ProfileOccupation>> {
  const occupations = await occupationsByUri(tx, occupationUrisOf(fields));
  const skills = await skillsByUri(
    tx,
    fields.skills.map((skill) => skill.uri),
  );
  const levels = fields.education.length > 0 ? await knownIscedLevels(tx) : new Set<number>();
  const problems: Problem[] = [
    ...fields.occupationsOfInterest.flatMap((occupation, index) =>
      occupations.has(occupation.uri) ? [] : [{ path: `occupationsOfInterest.${index}.uri`, code: 'unknown_occupation' as const }],
    ),
    ...fields.pastOccupations.flatMap((occupation, index) =>
      occupations.has(occupation.uri) ? [] : [{ path: `pastOccupations.${index}.uri`, code: 'unknown_occupation' as const }],
    ),
    ...fields.skills.flatMap((skill, index) =>
      skills.has(skill.uri) ? [] : [{ path: `skills.${index}.uri`, code: 'unknown_skill' as const }],
    ),
    ...fields.education.flatMap((entry, index) =>
      levels.has(entry.iscedLevel) ? [] : [{ path: `education.${index}.iscedLevel`, code: 'unknown_isced_level' as const }],
    ),
    ...fields.workHistory.flatMap((work, index) => [
      ...(work.occupationUri && !occupations.has(work.occupationUri)
        ? [{ path: `workHistory.${index}.occupationUri`, code: 'unknown_occupation' as const }]
        : []),
      // Work history is what has been done: a job starting later belongs in the plan, not here.
      ...(work.from > today ? [{ path: `workHistory.${index}.from`, code: 'date_in_future' as const }] : []),
    ]),
  ];
  if (problems.length > 0) throw new AppError('validation', problems);
  return occupations;
}

/** The parts of the profile that differ between two versions (null: nothing saved before). */
export function changedParts(before: CompetenceProfileFields | null, after: CompetenceProfileFields): ProfilePart[] {
  const empty = (value: unknown) => (Array.isArray(value) ? value.length === 0 : false);
  return profileParts.filter((part) =>
    before === null
      ? !empty(after[part]) && !(part === 'preferences' && isDefault(after.preferences))
      : canonical(before[part]) !== canonical(after[part]),
  );
}

function isDefault(preferences: CompetenceProfileFields['preferences']): boolean {
  return Object.values(preferences).every((value) => value === null || value === false || (Array.isArray(value) && value.length === 0));
}

/** JSON with object keys sorted: jsonb hands objects back with its own key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([first], [second]) => first.localeCompare(second)))
      : item,
  );
}
