import type { Locale } from '../../../contract/common.js';
import type { Enrolment, FollowUp } from '../../../contract/enrolments.js';
import type { ProcessModelDefinition } from '../../../contract/programmes.js';
import { daysBetween } from '../../time.js';
import type { EnrolmentRow, followUpsOf, phaseHistoryOf } from './enrolments.queries.js';
import { dueStatus } from './meeting-rules.js';

type PhaseChangeRow = Awaited<ReturnType<typeof phaseHistoryOf>>[number];
type FollowUpRow = Awaited<ReturnType<typeof followUpsOf>>[number];

/** A phase key the model no longer has (the model was edited) is shown as its key. */
export function phaseName(definition: ProcessModelDefinition, phase: string, locale: Locale): string {
  return definition.phases.find((candidate) => candidate.key === phase)?.name[locale] ?? phase;
}

export function meetingReason(definition: ProcessModelDefinition, ruleIndex: number | null, locale: Locale): string | null {
  return ruleIndex === null ? null : (definition.meetingIntervals[ruleIndex]?.reason[locale] ?? null);
}

export function toFollowUp(row: FollowUpRow, today: string): FollowUp {
  return {
    id: row.id,
    enrolmentId: row.enrolmentId,
    monthsAfterEnd: row.monthsAfterEnd,
    dueOn: row.dueOn,
    completedOn: row.completedOn,
    situation: row.situation as FollowUp['situation'],
    informationSource: row.informationSource as FollowUp['informationSource'],
    note: row.note,
    due: row.completedOn === null && row.dueOn <= today,
  };
}

export function toEnrolment(
  row: EnrolmentRow,
  related: { history: PhaseChangeRow[]; followUps: FollowUpRow[] },
  locale: Locale,
  today: string,
): Enrolment {
  const { definition } = row;
  return {
    id: row.id,
    clientId: row.clientId,
    programmeId: row.programmeId,
    programmeName: row.programmeName,
    esfFunded: row.esfFunded,
    processModelKey: row.processModelKey,
    referralSource: row.referralSource as Enrolment['referralSource'],
    startingSituation: row.startingSituation as Enrolment['startingSituation'],
    coachId: row.coachId,
    coachName: row.coachName,
    coCoachId: row.coCoachId,
    coCoachName: row.coCoachName,
    intensity: row.intensity as Enrolment['intensity'],
    startDate: row.startDate,
    endDate: row.endDate,
    outcome: row.outcome as Enrolment['outcome'],
    currentPhase: row.currentPhase,
    currentPhaseName: phaseName(definition, row.currentPhase, locale),
    phaseStartedOn: row.phaseStartedOn,
    daysInPhase: daysBetween(row.phaseStartedOn, row.endDate ?? today),
    phases: definition.phases.map((phase) => ({ key: phase.key, name: phase.name[locale], description: phase.description[locale] })),
    phaseHistory: related.history.map((change) => ({
      phase: change.phase,
      phaseName: phaseName(definition, change.phase, locale),
      changedOn: change.changedOn,
      changedByName: change.changedByName,
    })),
    followUps: related.followUps.map((followUp) => toFollowUp(followUp, today)),
    meeting: {
      lastMeetingOn: row.lastMeetingOn,
      nextMeetingDueOn: row.nextMeetingDueOn,
      status: dueStatus(row.nextMeetingDueOn, today),
      reason: meetingReason(definition, row.nextMeetingRule, locale),
      firstEmployerContactOn: row.firstEmployerContactOn,
      firstEmployerContactDueOn: row.firstEmployerContactDueOn,
      firstEmployerContactStatus: dueStatus(row.firstEmployerContactDueOn, today),
    },
    version: row.version,
  };
}
