import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/transaction.js';
import { employers } from '../employers/employers.tables.js';
import { employerJobs, jobTasks, opportunities, opportunityTasks } from './opportunities.tables.js';

export type TaskRow = typeof jobTasks.$inferSelect;
export type JobRow = typeof employerJobs.$inferSelect;

/** The organisation of a record, looked up inside the user's row-level-security scope (undefined when out of reach). */
export async function employerOrganisation(tx: Transaction, employerId: string): Promise<string | undefined> {
  const [row] = await tx.select({ organisationId: employers.organisationId }).from(employers).where(eq(employers.id, employerId));
  return row?.organisationId;
}

export async function jobOrganisation(tx: Transaction, jobId: string): Promise<string | undefined> {
  const [row] = await tx.select({ organisationId: employerJobs.organisationId }).from(employerJobs).where(eq(employerJobs.id, jobId));
  return row?.organisationId;
}

export async function taskOrganisation(tx: Transaction, taskId: string): Promise<string | undefined> {
  const [row] = await tx.select({ organisationId: jobTasks.organisationId }).from(jobTasks).where(eq(jobTasks.id, taskId));
  return row?.organisationId;
}

export async function findJob(tx: Transaction, jobId: string): Promise<JobRow | undefined> {
  const [row] = await tx.select().from(employerJobs).where(eq(employerJobs.id, jobId));
  return row;
}

export async function findTask(tx: Transaction, taskId: string): Promise<TaskRow | undefined> {
  const [row] = await tx.select().from(jobTasks).where(eq(jobTasks.id, taskId));
  return row;
}

/** An employer's jobs by title, each with its tasks in their order. */
export async function jobsOfEmployer(tx: Transaction, employerId: string): Promise<{ job: JobRow; tasks: TaskRow[] }[]> {
  const jobs = await tx
    .select()
    .from(employerJobs)
    .where(eq(employerJobs.employerId, employerId))
    .orderBy(asc(employerJobs.title), asc(employerJobs.createdAt), asc(employerJobs.id));
  return withTasks(tx, jobs);
}

export async function withTasks(tx: Transaction, jobs: JobRow[]): Promise<{ job: JobRow; tasks: TaskRow[] }[]> {
  if (jobs.length === 0) return [];
  const tasks = await tx
    .select()
    .from(jobTasks)
    .where(
      inArray(
        jobTasks.jobId,
        jobs.map((job) => job.id),
      ),
    )
    .orderBy(asc(jobTasks.position), asc(jobTasks.createdAt), asc(jobTasks.id));
  return jobs.map((job) => ({ job, tasks: tasks.filter((task) => task.jobId === job.id) }));
}

/** Tasks with the employer of their job, for checking a carving request. */
export async function tasksWithEmployer(tx: Transaction, taskIds: readonly string[]) {
  if (taskIds.length === 0) return [];
  return tx
    .select({ task: jobTasks, employerId: employerJobs.employerId })
    .from(jobTasks)
    .innerJoin(employerJobs, eq(employerJobs.id, jobTasks.jobId))
    .where(inArray(jobTasks.id, [...taskIds]));
}

/** Which carved opportunities each task has moved to. */
export async function carvingsOfTasks(tx: Transaction, taskIds: readonly string[]) {
  if (taskIds.length === 0) return [];
  return tx
    .select({ taskId: opportunityTasks.taskId, opportunityId: opportunities.id, title: opportunities.title, status: opportunities.status })
    .from(opportunityTasks)
    .innerJoin(opportunities, eq(opportunities.id, opportunityTasks.opportunityId))
    .where(inArray(opportunityTasks.taskId, [...taskIds]))
    .orderBy(asc(opportunities.title));
}

export async function nextTaskPosition(tx: Transaction, jobId: string): Promise<number> {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${jobTasks.position}), -1)::int + 1` })
    .from(jobTasks)
    .where(eq(jobTasks.jobId, jobId));
  return row?.next ?? 0;
}

export async function taskIsCarved(tx: Transaction, taskIds: readonly string[]): Promise<boolean> {
  if (taskIds.length === 0) return false;
  const rows = await tx
    .select({ taskId: opportunityTasks.taskId })
    .from(opportunityTasks)
    .where(inArray(opportunityTasks.taskId, [...taskIds]))
    .limit(1);
  return rows.length > 0;
}

export async function deleteJob(tx: Transaction, jobId: string): Promise<void> {
  await tx.delete(jobTasks).where(eq(jobTasks.jobId, jobId));
  await tx.delete(employerJobs).where(eq(employerJobs.id, jobId));
}

export async function deleteTask(tx: Transaction, taskId: string): Promise<void> {
  await tx.delete(jobTasks).where(eq(jobTasks.id, taskId));
}
