import type { Opportunity, SourceJob } from '../../../contract/opportunities.js';
import { organisationsAllowed } from '../../auth/policy.js';
import type { Transaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { findIscoGroup, findOccupation } from '../../reference/esco.queries.js';
import { withTasks } from './employer-jobs.queries.js';
import * as queries from './opportunities.queries.js';
import { skillViewer } from './skill-views.js';

type Task = SourceJob['tasks'][number];

/** A carved opportunity's source jobs in the order their first task was picked, each with every task and whether it moved. */
async function sourceJobsOf(tx: Transaction, movedTasks: Awaited<ReturnType<typeof queries.tasksOfOpportunity>>) {
  const jobIds = [...new Set(movedTasks.map((task) => task.jobId))];
  const jobs = await withTasks(tx, await queries.jobsById(tx, jobIds));
  return jobs.sort((first, second) => jobIds.indexOf(first.job.id) - jobIds.indexOf(second.job.id));
}

export async function loadOpportunity(tx: Transaction, context: ActionContext, opportunityId: string): Promise<Opportunity> {
  const row = await queries.findOpportunity(tx, opportunityId);
  if (!row) throw notFound();
  const movedTasks = await queries.tasksOfOpportunity(tx, opportunityId);
  const jobs = await sourceJobsOf(tx, movedTasks);
  const movedIds = new Set(movedTasks.map((task) => task.id));
  const allTasks = jobs.flatMap((job) => job.tasks);
  const viewSkills = await skillViewer(tx, [row.requiredSkills, row.niceToHaveSkills, ...allTasks.map((task) => task.skills)]);
  const occupation = row.escoOccupationUri ? ((await findOccupation(tx, row.escoOccupationUri)) ?? null) : null;
  const iscoGroup = row.iscoCode ? ((await findIscoGroup(tx, row.iscoCode)) ?? null) : null;
  return {
    id: row.id,
    organisationId: row.organisationId,
    employerId: row.employerId,
    employerName: row.employerName,
    workplaceId: row.workplaceId,
    workplaceName: row.workplaceName,
    kind: row.kind as Opportunity['kind'],
    title: row.title,
    description: row.description,
    occupation,
    iscoCode: row.iscoCode,
    iscoGroup,
    requiredSkills: viewSkills(row.requiredSkills),
    niceToHaveSkills: viewSkills(row.niceToHaveSkills),
    languages: row.languages as Opportunity['languages'],
    licences: row.licences as Opportunity['licences'],
    demands: row.demands as Opportunity['demands'],
    municipalityCode: row.municipalityCode,
    hoursPerWeek: row.hoursPerWeek,
    workingTimeForm: row.workingTimeForm as Opportunity['workingTimeForm'],
    startDate: row.startDate,
    durationMonths: row.durationMonths,
    positions: row.positions,
    status: row.status as Opportunity['status'],
    statusChangedOn: row.statusChangedOn,
    carved: movedTasks.length > 0,
    taskIds: movedTasks.map((task) => task.id),
    sourceJobs: jobs.map(({ job, tasks }) => ({
      id: job.id,
      title: job.title,
      tasks: tasks.map((task) => ({
        id: task.id,
        description: task.description,
        skills: viewSkills(task.skills),
        physicalDemands: task.physicalDemands as Task['physicalDemands'],
        cognitiveDemands: task.cognitiveDemands as Task['cognitiveDemands'],
        hoursPerWeek: task.hoursPerWeek,
        moved: movedIds.has(task.id),
      })),
    })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    permissions: { write: organisationsAllowed(context.actor, 'opportunity.write').includes(row.organisationId) },
  };
}
