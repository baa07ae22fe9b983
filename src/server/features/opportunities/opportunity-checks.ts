import { and, eq } from 'drizzle-orm';
import type { FieldErrorCode } from '../../../contract/errors.js';
import { deriveCarvedRequirements, skillKey, uniqueSkills } from '../../../contract/job-carving.js';
import type { OpportunityFields } from '../../../contract/opportunities.js';
import type { Transaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import { findIscoGroup, findOccupation, skillsByUri } from '../../reference/esco.queries.js';
import { municipalities } from '../../reference/reference.tables.js';
import { employerWorkplaces } from '../employers/employers.tables.js';
import { tasksWithEmployer, type TaskRow } from './employer-jobs.queries.js';
import type { SkillRequirement } from './opportunities.tables.js';

type Problem = { path: string; code: FieldErrorCode };

/** Every ESCO skill named must be one Polku ships; skills in the employer's own words (no uri) are kept as written. */
export async function unknownSkillProblems(
  tx: Transaction,
  lists: { path: string; skills: readonly SkillRequirement[] }[],
): Promise<Problem[]> {
  const known = await skillsByUri(
    tx,
    lists.flatMap((list) => list.skills.flatMap((skill) => (skill.uri ? [skill.uri] : []))),
  );
  return lists.flatMap((list) =>
    list.skills.flatMap((skill, index) =>
      skill.uri && !known.has(skill.uri) ? [{ path: `${list.path}.${index}.uri`, code: 'unknown_skill' as const }] : [],
    ),
  );
}

export function refuseProblems(problems: Problem[]): void {
  if (problems.length > 0) throw new AppError('validation', problems);
}

async function occupationProblems(tx: Transaction, fields: OpportunityFields): Promise<{ iscoCode: string | null; problems: Problem[] }> {
  if (fields.escoOccupationUri) {
    const occupation = await findOccupation(tx, fields.escoOccupationUri);
    if (!occupation) return { iscoCode: fields.iscoCode, problems: [{ path: 'escoOccupationUri', code: 'unknown_occupation' }] };
    const mismatch = fields.iscoCode !== null && fields.iscoCode !== occupation.iscoCode;
    return { iscoCode: occupation.iscoCode, problems: mismatch ? [{ path: 'iscoCode', code: 'isco_mismatch' }] : [] };
  }
  if (fields.iscoCode && !(await findIscoGroup(tx, fields.iscoCode))) {
    return { iscoCode: fields.iscoCode, problems: [{ path: 'iscoCode', code: 'unknown_isco_code' }] };
  }
  return { iscoCode: fields.iscoCode, problems: [] };
}

async function placeProblems(tx: Transaction, employerId: string, fields: OpportunityFields): Promise<Problem[]> {
  const problems: Problem[] = [];
  if (fields.workplaceId) {
    const [workplace] = await tx
      .select({ id: employerWorkplaces.id })
      .from(employerWorkplaces)
      .where(and(eq(employerWorkplaces.id, fields.workplaceId), eq(employerWorkplaces.employerId, employerId)));
    if (!workplace) problems.push({ path: 'workplaceId', code: 'unknown_workplace' });
  }
  if (fields.municipalityCode) {
    const [municipality] = await tx
      .select({ code: municipalities.code })
      .from(municipalities)
      .where(eq(municipalities.code, fields.municipalityCode));
    if (!municipality) problems.push({ path: 'municipalityCode', code: 'unknown_municipality' });
  }
  return problems;
}

/** The carved tasks in the order asked for; each must be a task of one of this employer's own jobs. */
async function carvedTasks(
  tx: Transaction,
  employerId: string,
  taskIds: readonly string[],
): Promise<{ tasks: TaskRow[]; problems: Problem[] }> {
  const found = new Map((await tasksWithEmployer(tx, taskIds)).map((row) => [row.task.id, row]));
  const problems: Problem[] = [];
  const tasks: TaskRow[] = [];
  taskIds.forEach((taskId, index) => {
    const row = found.get(taskId);
    if (!row) problems.push({ path: `taskIds.${index}`, code: 'unknown_task' });
    else if (row.employerId !== employerId) problems.push({ path: `taskIds.${index}`, code: 'task_of_other_employer' });
    else tasks.push(row.task);
  });
  return { tasks, problems };
}

/** Required skills win over nice-to-have ones: a skill listed in both is kept only as required. */
export function settledSkills(required: readonly SkillRequirement[], niceToHave: readonly SkillRequirement[]) {
  const requiredSkills = uniqueSkills(required);
  const requiredKeys = new Set(requiredSkills.map(skillKey));
  return { requiredSkills, niceToHaveSkills: uniqueSkills(niceToHave).filter((skill) => !requiredKeys.has(skillKey(skill))) };
}

/** A carved role's requirements from its tasks; more than a working week's hours is refused. */
export function carvedRequirements(tasks: readonly TaskRow[], problemPath: string) {
  const derived = deriveCarvedRequirements(tasks);
  const problems: Problem[] = derived.hoursPerWeek > 80 ? [{ path: problemPath, code: 'too_large' }] : [];
  return { derived, problems };
}

export type CheckedOpportunity = Omit<OpportunityFields, 'taskIds'> & { taskIds: string[] };

/**
 * Checks an opportunity's fields against the reference data and the employer's own records, and
 * for a carved opportunity derives its required skills, demands and hours from its tasks. All
 * problems are answered together as field errors; nothing is written when there is one.
 */
export async function checkOpportunityFields(tx: Transaction, employerId: string, fields: OpportunityFields): Promise<CheckedOpportunity> {
  const occupation = await occupationProblems(tx, fields);
  const carving = await carvedTasks(tx, employerId, fields.taskIds);
  const carved = fields.taskIds.length > 0 && carving.problems.length === 0 ? carvedRequirements(carving.tasks, 'taskIds') : null;
  refuseProblems([
    ...occupation.problems,
    ...(await unknownSkillProblems(tx, [
      { path: 'requiredSkills', skills: fields.requiredSkills },
      { path: 'niceToHaveSkills', skills: fields.niceToHaveSkills },
    ])),
    ...(await placeProblems(tx, employerId, fields)),
    ...carving.problems,
    ...(carved?.problems ?? []),
  ]);
  const skills = settledSkills(carved ? carved.derived.skills : fields.requiredSkills, fields.niceToHaveSkills);
  return {
    ...fields,
    ...skills,
    iscoCode: occupation.iscoCode,
    demands: carved ? carved.derived.demands : fields.demands,
    hoursPerWeek: carved ? carved.derived.hoursPerWeek : fields.hoursPerWeek,
    taskIds: fields.taskIds,
  };
}
