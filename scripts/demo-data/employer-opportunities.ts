import { deriveCarvedRequirements, skillKey, uniqueSkills } from '../../src/contract/job-carving.js';
import type { OpportunityKind, OpportunityStatus } from '../../src/contract/opportunities.js';
import type { employerJobs, jobTasks, opportunities, opportunityTasks } from '../../src/server/db/schema.js';
import type { SkillRequirement } from '../../src/server/features/opportunities/opportunities.tables.js';
import { addDays, daysBetween, timestampOn } from './dates.js';
import { carvedDescription, opportunityDescriptions } from './employer-texts.js';
import type { EmployerProfile } from './employers.js';
import { jobTemplatesOf, type JobTemplate, type TaskTemplate } from './job-templates.js';
import { pickDistinct, type Random } from './random.js';
import type { ReferenceLookups } from './reference-lookups.js';

export type JobRow = typeof employerJobs.$inferInsert;
export type TaskRow = typeof jobTasks.$inferInsert;
export type OpportunityRow = typeof opportunities.$inferInsert;
export type OpportunityTaskRow = typeof opportunityTasks.$inferInsert;

type DescribedTask = { id: string; template: TaskTemplate; job: JobTemplate; used: boolean };

/** An employer's existing jobs, described task by task at the first personal meeting. */
export type EmployerJobs = { jobRows: JobRow[]; taskRows: TaskRow[]; tasks: DescribedTask[] };

export function describeJobs(profile: EmployerProfile, metOn: string, lookups: ReferenceLookups): EmployerJobs {
  const { random } = profile;
  const createdAt = timestampOn(metOn, random.integer(250, 400));
  const described: EmployerJobs = { jobRows: [], taskRows: [], tasks: [] };
  for (const job of pickDistinct(random, jobTemplatesOf(profile.section), random.integer(1, 2))) {
    const jobId = profile.nextId();
    described.jobRows.push({ id: jobId, organisationId: profile.area.organisationId, employerId: profile.id, title: job.title, createdAt });
    for (const [position, template] of job.tasks.entries()) {
      const id = profile.nextId();
      described.tasks.push({ id, template, job, used: false });
      described.taskRows.push({
        id,
        organisationId: profile.area.organisationId,
        jobId,
        description: template.description,
        skills: template.skills.map(lookups.skill),
        physicalDemands: [...template.physical],
        cognitiveDemands: [...template.cognitive],
        hoursPerWeek: template.hours,
        position,
        createdAt,
      });
    }
  }
  return described;
}

export type OpportunitySpec = {
  kind: OpportunityKind;
  foundOn: string;
  createdBy: string;
  status: OpportunityStatus;
  statusChangedOn: string;
  positions: number;
  startDate?: string;
  /** Compose it from the employer's described tasks, when there are enough unused ones. */
  carve: boolean;
  tourism: boolean;
};

export type PlannedOpportunity = {
  id: string;
  title: string;
  hoursPerWeek: number;
  /** The tasks in words, for a placement's duties. */
  duties: string;
  row: OpportunityRow;
  taskLinks: OpportunityTaskRow[];
};

const carveableKinds = new Set<OpportunityKind>(['hidden_job', 'pay_subsidy_job', 'work_trial']);
const titleSuffix: Partial<Record<OpportunityKind, string>> = {
  work_trial: ' (työkokeilu)',
  pay_subsidy_job: ' (palkkatuettu)',
  apprenticeship: ' (oppisopimus)',
  summer_job: ' (kesätyö)',
  seasonal_job: ' (sesonki)',
};

const demandCount = (task: DescribedTask) => task.template.physical.length + task.template.cognitive.length;

/** Two or three of the least demanding unused tasks: carving shapes a role around what the person can do. */
function carveTasks(random: Random, jobs: EmployerJobs | null): DescribedTask[] {
  const unused = (jobs?.tasks ?? []).filter((task) => !task.used).sort((first, second) => demandCount(first) - demandCount(second));
  if (unused.length < 2) return [];
  const chosen = pickDistinct(random, unused.slice(0, 4), random.integer(2, 3));
  for (const task of chosen) task.used = true;
  // Tasks keep the order of their jobs, as a carving editor lists them.
  return chosen.sort((first, second) => (jobs?.tasks.indexOf(first) ?? 0) - (jobs?.tasks.indexOf(second) ?? 0));
}

function durationOf(random: Random, kind: OpportunityKind): number | null {
  switch (kind) {
    case 'work_trial':
      return random.integer(1, 3);
    case 'pay_subsidy_job':
      return random.integer(6, 10);
    case 'apprenticeship':
      return random.integer(24, 36);
    case 'summer_job':
      return 3;
    case 'seasonal_job':
      return 4;
    default:
      return null;
  }
}

function startOf(random: Random, kind: OpportunityKind, foundOn: string): string {
  if (kind === 'summer_job') return `${Number(foundOn.slice(0, 4)) + (foundOn.slice(5) > '05-15' ? 1 : 0)}-06-01`;
  return addDays(foundOn, random.integer(14, 45));
}

export function buildOpportunity(
  profile: EmployerProfile,
  jobs: EmployerJobs | null,
  spec: OpportunitySpec,
  lookups: ReferenceLookups,
): PlannedOpportunity {
  const { random } = profile;
  const id = profile.nextId();
  const carved = spec.carve && carveableKinds.has(spec.kind) ? carveTasks(random, jobs) : [];
  const job = carved[0]?.job ?? random.pick(jobTemplatesOf(profile.section));
  // A carved role's requirements are derived exactly as the opportunity service derives them.
  const tasks = carved.length > 0 ? carved.map((task) => task.template) : pickDistinct(random, job.tasks, 2);
  const derived = deriveCarvedRequirements(
    tasks.map((task) => ({
      skills: task.skills.map(lookups.skill),
      physicalDemands: task.physical,
      cognitiveDemands: task.cognitive,
      hoursPerWeek: task.hours,
    })),
  );
  const requiredKeys = new Set(derived.skills.map(skillKey));
  const niceToHaveSkills: SkillRequirement[] =
    carved.length > 0
      ? []
      : uniqueSkills(random.pick(job.tasks).skills.map(lookups.skill)).filter((skill) => !requiredKeys.has(skillKey(skill)));
  const hoursPerWeek = carved.length > 0 ? derived.hoursPerWeek : random.chance(0.6) ? 37.5 : 15 + 2.5 * random.integer(0, 6);
  const duties = tasks.map((task) => task.description).join(', ');
  const role = carved.length > 0 ? job.carved : job;
  const occupation = lookups.occupation(role.occupation);
  const title = `${role.title}${titleSuffix[spec.kind] ?? ''}`;
  const workplace = random.pick(profile.workplaces);
  const seasonal = spec.kind === 'summer_job' || spec.kind === 'seasonal_job';
  const shifts = ['I', 'Q', 'H'].includes(profile.section) && random.chance(0.3);
  const createdAt = timestampOn(spec.foundOn, random.integer(250, 400));
  const changed = spec.statusChangedOn !== spec.foundOn || spec.status !== 'open';
  const languages = [{ code: 'fi', level: job.finnish }];
  if (spec.tourism && ['I', 'N', 'R'].includes(profile.section) && random.chance(0.5)) languages.push({ code: 'en', level: 'B1' });
  return {
    id,
    title,
    hoursPerWeek,
    duties,
    taskLinks: carved.map((task, position) => ({
      organisationId: profile.area.organisationId,
      opportunityId: id,
      taskId: task.id,
      position,
    })),
    row: {
      id,
      organisationId: profile.area.organisationId,
      employerId: profile.id,
      workplaceId: workplace.id,
      kind: spec.kind,
      title,
      description: carved.length > 0 ? carvedDescription : (opportunityDescriptions[spec.kind] ?? null),
      escoOccupationUri: occupation?.uri ?? null,
      iscoCode: occupation?.iscoCode ?? role.isco,
      requiredSkills: derived.skills,
      niceToHaveSkills,
      languages,
      licences: job.licences.filter(() => random.chance(0.6)),
      demands: derived.demands,
      municipalityCode: workplace.municipalityCode ?? profile.municipalityCode,
      hoursPerWeek,
      workingTimeForm: seasonal ? 'seasonal' : shifts ? 'shift_work' : hoursPerWeek < 35 ? 'part_time' : 'full_time',
      startDate: spec.startDate ?? startOf(random, spec.kind, spec.foundOn),
      durationMonths: durationOf(random, spec.kind),
      positions: spec.positions,
      status: spec.status,
      statusChangedOn: spec.statusChangedOn,
      version: changed ? 2 : 1,
      createdBy: spec.createdBy,
      createdAt,
      updatedAt: changed ? timestampOn(spec.statusChangedOn, random.integer(250, 400)) : createdAt,
    },
  };
}

/** An opportunity found on its own (no hire through us yet): mostly still open when recent. */
export function statusByAge(random: Random, foundOn: string, today: string): { status: OpportunityStatus; statusChangedOn: string } {
  const ageDays = daysBetween(foundOn, today);
  const roll = random.next();
  const settled = (status: OpportunityStatus) => ({
    status,
    statusChangedOn: addDays(foundOn, Math.max(0, Math.min(ageDays - 1, random.integer(10, 120)))),
  });
  if (ageDays <= 90) return roll < 0.85 ? { status: 'open', statusChangedOn: foundOn } : settled(roll < 0.95 ? 'filled' : 'cancelled');
  if (roll < 0.35) return { status: 'open', statusChangedOn: foundOn };
  return settled(roll < 0.65 ? 'expired' : roll < 0.9 ? 'filled' : 'cancelled');
}
