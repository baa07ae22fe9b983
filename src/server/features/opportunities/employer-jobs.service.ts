import { eq, sql } from 'drizzle-orm';
import type { EmployerJob, JobTask, TaskFields } from '../../../contract/opportunities.js';
import type { Transaction } from '../../db/transaction.js';
import { conflict } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { runOrganisationRecordAction } from '../../http/organisation-action.js';
import * as queries from './employer-jobs.queries.js';
import { carvedRequirements, refuseProblems, settledSkills, unknownSkillProblems } from './opportunity-checks.js';
import { opportunitiesWithTask, tasksOfOpportunity } from './opportunities.queries.js';
import { employerJobs, jobTasks, opportunities } from './opportunities.tables.js';
import { skillViewer } from './skill-views.js';

async function toJobs(tx: Transaction, jobs: { job: queries.JobRow; tasks: queries.TaskRow[] }[]): Promise<EmployerJob[]> {
  const tasks = jobs.flatMap((job) => job.tasks);
  const carvings = await queries.carvingsOfTasks(
    tx,
    tasks.map((task) => task.id),
  );
  const viewSkills = await skillViewer(
    tx,
    tasks.map((task) => task.skills),
  );
  const toTask = (task: queries.TaskRow): JobTask => ({
    id: task.id,
    jobId: task.jobId,
    description: task.description,
    skills: viewSkills(task.skills),
    physicalDemands: task.physicalDemands as JobTask['physicalDemands'],
    cognitiveDemands: task.cognitiveDemands as JobTask['cognitiveDemands'],
    hoursPerWeek: task.hoursPerWeek,
    carvedInto: carvings
      .filter((carving) => carving.taskId === task.id)
      .map((carving) => ({
        opportunityId: carving.opportunityId,
        title: carving.title,
        status: carving.status as JobTask['carvedInto'][number]['status'],
      })),
  });
  return jobs.map(({ job, tasks: jobTaskRows }) => ({
    id: job.id,
    employerId: job.employerId,
    title: job.title,
    tasks: jobTaskRows.map(toTask),
    createdAt: job.createdAt.toISOString(),
  }));
}

async function loadJob(tx: Transaction, jobId: string): Promise<EmployerJob> {
  const [job] = await toJobs(tx, await queries.withTasks(tx, [(await queries.findJob(tx, jobId))!]));
  return job!;
}

async function loadTask(tx: Transaction, taskId: string): Promise<JobTask> {
  const task = (await queries.findTask(tx, taskId))!;
  return (await loadJob(tx, task.jobId)).tasks.find((candidate) => candidate.id === taskId)!;
}

const taskColumns = (fields: TaskFields) => ({
  description: fields.description,
  skills: settledSkills(fields.skills, []).requiredSkills,
  physicalDemands: fields.physicalDemands,
  cognitiveDemands: fields.cognitiveDemands,
  hoursPerWeek: fields.hoursPerWeek,
});

/**
 * A changed task changes every carved opportunity it has moved to: their required skills, demands
 * and hours are derived again (and their version moves, so an editor holding the old one gets 409).
 */
async function deriveCarvingsAgain(tx: Transaction, context: ActionContext, taskId: string): Promise<void> {
  for (const opportunityId of await opportunitiesWithTask(tx, taskId)) {
    const { derived, problems } = carvedRequirements(await tasksOfOpportunity(tx, opportunityId), 'hoursPerWeek');
    refuseProblems(problems);
    const [opportunity] = await tx.select().from(opportunities).where(eq(opportunities.id, opportunityId));
    const skills = settledSkills(derived.skills, opportunity!.niceToHaveSkills);
    await tx
      .update(opportunities)
      .set({
        ...skills,
        demands: derived.demands,
        hoursPerWeek: derived.hoursPerWeek,
        version: sql`${opportunities.version} + 1`,
        updatedAt: context.now,
      })
      .where(eq(opportunities.id, opportunityId));
  }
}

export function listJobs(context: ActionContext, employerId: string) {
  return runOrganisationRecordAction(
    context,
    'opportunity.read',
    (tx) => queries.employerOrganisation(tx, employerId),
    async (tx) => ({ items: await toJobs(tx, await queries.jobsOfEmployer(tx, employerId)) }),
    { audit: 'none' },
  );
}

export function createJob(context: ActionContext, employerId: string, input: { title: string; tasks: TaskFields[] }) {
  return runOrganisationRecordAction(
    context,
    'opportunity.write',
    (tx) => queries.employerOrganisation(tx, employerId),
    async (tx, organisationId) => {
      refuseProblems(
        await unknownSkillProblems(
          tx,
          input.tasks.map((task, index) => ({ path: `tasks.${index}.skills`, skills: task.skills })),
        ),
      );
      const [job] = await tx
        .insert(employerJobs)
        .values({ organisationId, employerId, title: input.title, createdAt: context.now })
        .returning({ id: employerJobs.id });
      if (input.tasks.length > 0) {
        await tx.insert(jobTasks).values(
          input.tasks.map((task, position) => ({
            ...taskColumns(task),
            organisationId,
            jobId: job!.id,
            position,
            createdAt: context.now,
          })),
        );
      }
      return loadJob(tx, job!.id);
    },
    { audit: 'write', targetId: (job) => job.id },
  );
}

export function renameJob(context: ActionContext, jobId: string, title: string) {
  return runOrganisationRecordAction(
    context,
    'opportunity.write',
    (tx) => queries.jobOrganisation(tx, jobId),
    async (tx) => {
      await tx.update(employerJobs).set({ title }).where(eq(employerJobs.id, jobId));
      return loadJob(tx, jobId);
    },
    { audit: 'write', targetId: (job) => job.id },
  );
}

/** A job whose tasks have moved to a carved opportunity stays: the opportunity shows where its tasks came from. */
export function deleteJob(context: ActionContext, jobId: string) {
  return runOrganisationRecordAction(
    context,
    'opportunity.write',
    (tx) => queries.jobOrganisation(tx, jobId),
    async (tx) => {
      const [job] = await queries.withTasks(tx, [(await queries.findJob(tx, jobId))!]);
      if (
        await queries.taskIsCarved(
          tx,
          job!.tasks.map((task) => task.id),
        )
      ) {
        throw conflict('tasks', 'in_use');
      }
      await queries.deleteJob(tx, jobId);
      return { ok: true as const };
    },
    { audit: 'write', targetId: () => jobId },
  );
}

export function addTask(context: ActionContext, jobId: string, input: TaskFields) {
  return runOrganisationRecordAction(
    context,
    'opportunity.write',
    (tx) => queries.jobOrganisation(tx, jobId),
    async (tx, organisationId) => {
      refuseProblems(await unknownSkillProblems(tx, [{ path: 'skills', skills: input.skills }]));
      const [task] = await tx
        .insert(jobTasks)
        .values({
          ...taskColumns(input),
          organisationId,
          jobId,
          position: await queries.nextTaskPosition(tx, jobId),
          createdAt: context.now,
        })
        .returning({ id: jobTasks.id });
      return loadTask(tx, task!.id);
    },
    { audit: 'write', targetId: (task) => task.id },
  );
}

export function updateTask(context: ActionContext, taskId: string, input: TaskFields) {
  return runOrganisationRecordAction(
    context,
    'opportunity.write',
    (tx) => queries.taskOrganisation(tx, taskId),
    async (tx) => {
      refuseProblems(await unknownSkillProblems(tx, [{ path: 'skills', skills: input.skills }]));
      await tx.update(jobTasks).set(taskColumns(input)).where(eq(jobTasks.id, taskId));
      await deriveCarvingsAgain(tx, context, taskId);
      return loadTask(tx, taskId);
    },
    { audit: 'write', targetId: (task) => task.id },
  );
}

/** A task that has moved to a carved opportunity cannot be removed from under it (409 in_use). */
export function deleteTask(context: ActionContext, taskId: string) {
  return runOrganisationRecordAction(
    context,
    'opportunity.write',
    (tx) => queries.taskOrganisation(tx, taskId),
    async (tx) => {
      if (await queries.taskIsCarved(tx, [taskId])) throw conflict('taskId', 'in_use');
      await queries.deleteTask(tx, taskId);
      return { ok: true as const };
    },
    { audit: 'write', targetId: () => taskId },
  );
}
