import { eq, sql, type SQL } from 'drizzle-orm';
import type { MeetingStatus } from '../../../contract/enrolments.js';
import type { ProcessModelDefinition } from '../../../contract/programmes.js';
import { queryRows, type Transaction } from '../../db/transaction.js';
import { addDaysToDate, daysBetween } from '../../time.js';
import { processModels } from '../programmes/programmes.tables.js';
import { enrolments } from './enrolments.tables.js';

type MeetingModel = Pick<ProcessModelDefinition, 'meetingIntervals' | 'firstEmployerContactWithinDays'>;
type IntervalRule = ProcessModelDefinition['meetingIntervals'][number];

export type MeetingFacts = {
  startDate: string;
  currentPhase: string;
  phaseStartedOn: string;
  lastMeetingOn: string | null;
  firstEmployerContactOn: string | null;
};

export type MeetingSchedule = {
  nextMeetingDueOn: string | null;
  /** Index of the process model's meeting-interval rule that set the due date. */
  nextMeetingRule: number | null;
  firstEmployerContactDueOn: string | null;
};

/** Status is shown as due soon this many days before the due day. */
export const dueSoonDays = 3;

const later = (first: string, second: string | null) => (second !== null && second > first ? second : first);

function ruleHoldsOn(rule: IntervalRule, facts: MeetingFacts, day: string): boolean {
  const phaseBound = rule.phase !== undefined || rule.withinDaysOfPhaseStart !== undefined;
  if (phaseBound && day < facts.phaseStartedOn) return false;
  if (rule.phase !== undefined && rule.phase !== facts.currentPhase) return false;
  return rule.withinDaysOfPhaseStart === undefined || daysBetween(facts.phaseStartedOn, day) < rule.withinDaysOfPhaseStart;
}

/**
 * When the next meeting is due. Each day after the last meeting (or the start, before any meeting)
 * is governed by the first rule that holds on it; the due day is the first day on which the time
 * since the rule's anchor reaches the rule's maximum. The days where a different rule holds change
 * only at the phase start and at the end of each rule's window, so walking those segments suffices.
 *
 * Choice: a rule tied to a phase (IPS "weekly during the first month of a new job") counts from
 * max(last meeting, phase start): a meeting before the job started does not satisfy the in-work
 * rhythm, yet moving into the phase does not make the case overdue at once, so the first weekly
 * meeting is due a week after the phase started. A general rule ("at least monthly") keeps counting
 * from the last meeting across phase changes. Once a window closes (day 30 of the phase) the next
 * rule holds, counting from the last meeting, so a meeting on day 28 is next due on day 58.
 */
export function meetingSchedule(model: MeetingModel, facts: MeetingFacts): MeetingSchedule {
  const base = later(facts.startDate, facts.lastMeetingOn);
  const windowEnds = model.meetingIntervals.flatMap((rule) =>
    rule.withinDaysOfPhaseStart === undefined ? [] : [addDaysToDate(facts.phaseStartedOn, rule.withinDaysOfPhaseStart)],
  );
  const boundaries = [...new Set([base, facts.phaseStartedOn, ...windowEnds])].filter((day) => day >= base).sort();
  let next = { nextMeetingDueOn: null as string | null, nextMeetingRule: null as number | null };
  for (const [position, segmentStart] of boundaries.entries()) {
    const segmentEnd = boundaries[position + 1];
    const ruleIndex = model.meetingIntervals.findIndex((rule) => ruleHoldsOn(rule, facts, segmentStart));
    if (ruleIndex < 0) continue;
    const rule = model.meetingIntervals[ruleIndex]!;
    const phaseBound = rule.phase !== undefined || rule.withinDaysOfPhaseStart !== undefined;
    const anchor = phaseBound ? later(facts.phaseStartedOn, base) : base;
    const dueOn = later(segmentStart, addDaysToDate(anchor, rule.maxDaysBetweenMeetings));
    if (segmentEnd === undefined || dueOn < segmentEnd) {
      next = { nextMeetingDueOn: dueOn, nextMeetingRule: ruleIndex };
      break;
    }
  }
  const contactDays = model.firstEmployerContactWithinDays;
  const firstEmployerContactDueOn =
    contactDays === null || facts.firstEmployerContactOn !== null ? null : addDaysToDate(facts.startDate, contactDays);
  return { ...next, firstEmployerContactDueOn };
}

export function dueStatus(dueOn: string | null, today: string): MeetingStatus | null {
  if (dueOn === null) return null;
  if (today > dueOn) return 'overdue';
  return daysBetween(today, dueOn) <= dueSoonDays ? 'due_soon' : 'ok';
}

type MeetingFactsRow = MeetingFacts & { id: string; endDate: string | null; processModelId: string };

/**
 * The facts behind the derived columns, as one grouped join (a hash join over all activities when
 * every enrolment is refreshed). A meeting is an activity in one of the model's meeting modes; an
 * employer contact is one with the employer taking part. Activities logged on the client without
 * naming an enrolment count for every enrolment running at the time.
 */
function meetingFacts(tx: Transaction, condition: SQL): Promise<MeetingFactsRow[]> {
  return queryRows<MeetingFactsRow>(
    tx,
    sql`with meeting_modes as materialized (
          select id, array(select jsonb_array_elements_text(definition -> 'meetingModes')) as modes from process_models
        )
        select e.id, e.start_date::text as "startDate", e.end_date::text as "endDate", e.current_phase as "currentPhase",
          e.phase_started_on::text as "phaseStartedOn", p.process_model_id as "processModelId",
          (max(a.occurred_on) filter (where a.mode = any(model.modes)))::text as "lastMeetingOn",
          (min(a.occurred_on) filter (where 'employer' = any(a.participants)))::text as "firstEmployerContactOn"
        from ${enrolments} e
        join programmes p on p.id = e.programme_id
        join meeting_modes model on model.id = p.process_model_id
        left join activities a on a.client_id = e.client_id
          and (a.enrolment_id = e.id or (a.enrolment_id is null and a.occurred_on >= e.start_date and (e.end_date is null or a.occurred_on <= e.end_date)))
        where ${condition}
        group by e.id, p.id`,
  );
}

/** An ended enrolment owes no more meetings: its due dates are cleared. */
function derivedColumns(row: MeetingFactsRow, definition: ProcessModelDefinition) {
  const schedule =
    row.endDate === null
      ? meetingSchedule(definition, row)
      : { nextMeetingDueOn: null, nextMeetingRule: null, firstEmployerContactDueOn: null };
  return { id: row.id, lastMeetingOn: row.lastMeetingOn, firstEmployerContactOn: row.firstEmployerContactOn, ...schedule };
}

async function writeDerivedColumns(tx: Transaction, rows: MeetingFactsRow[], batchSize = 1000): Promise<void> {
  if (rows.length === 0) return;
  const models = await tx.select({ id: processModels.id, definition: processModels.definition }).from(processModels);
  const definitions = new Map(models.map((model) => [model.id, model.definition]));
  // Six parameters a row; PostgreSQL takes at most 65,535 parameters in one statement.
  const rowsPerStatement = Math.min(batchSize, 10_000);
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const values = rows.slice(start, start + rowsPerStatement).map((row) => {
      const derived = derivedColumns(row, definitions.get(row.processModelId)!);
      return sql`(${derived.id}::uuid, ${derived.lastMeetingOn}::date, ${derived.firstEmployerContactOn}::date, ${derived.nextMeetingDueOn}::date, ${derived.nextMeetingRule}::integer, ${derived.firstEmployerContactDueOn}::date)`;
    });
    await tx.execute(sql`
      update ${enrolments} set
        last_meeting_on = derived.last_meeting_on,
        first_employer_contact_on = derived.first_employer_contact_on,
        next_meeting_due_on = derived.next_meeting_due_on,
        next_meeting_rule = derived.next_meeting_rule,
        first_employer_contact_due_on = derived.first_employer_contact_due_on
      from (values ${sql.join(values, sql`, `)}) as derived(id, last_meeting_on, first_employer_contact_on, next_meeting_due_on, next_meeting_rule, first_employer_contact_due_on)
      where ${enrolments.id} = derived.id`);
  }
}

/** Refreshes one enrolment's meeting columns; call after logging an activity or changing the phase. */
export async function recomputeMeetingDueDates(tx: Transaction, enrolmentId: string): Promise<void> {
  await writeDerivedColumns(tx, await meetingFacts(tx, eq(sql`e.id`, enrolmentId)));
}

/**
 * Refreshes every enrolment the transaction can see (after a bulk load of demo or imported data):
 * the facts in one set-based query, the updates `batchSize` rows at a time. Run ANALYZE after a bulk
 * load first, so that the planner reads the activities in one pass rather than client by client.
 */
export async function recomputeAllMeetingDueDates(tx: Transaction, batchSize = 1000): Promise<number> {
  const rows = await meetingFacts(tx, sql`true`);
  await writeDerivedColumns(tx, rows, batchSize);
  return rows.length;
}
