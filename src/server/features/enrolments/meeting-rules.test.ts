import { describe, expect, it } from 'vitest';
import { shippedProcessModels } from '../programmes/process-models.js';
import { dueStatus, meetingSchedule, type MeetingFacts } from './meeting-rules.js';

const ips = shippedProcessModels.find((model) => model.key === 'ips')!.definition;
const interpreter = shippedProcessModels.find((model) => model.key === 'working_life_interpreter')!.definition;
const weeklyRule = 0;
const monthlyRule = 1;

const facts = (overrides: Partial<MeetingFacts>): MeetingFacts => ({
  startDate: '2026-03-02',
  currentPhase: 'job_search',
  phaseStartedOn: '2026-03-02',
  lastMeetingOn: null,
  firstEmployerContactOn: null,
  ...overrides,
});

describe('meeting rules', () => {
  it('expects a meeting within 30 days of the start before any meeting is logged', () => {
    expect(meetingSchedule(interpreter, facts({ currentPhase: 'mapping' }))).toMatchObject({
      nextMeetingDueOn: '2026-04-01',
      nextMeetingRule: 0,
    });
  });

  it('counts the monthly rule from the last meeting, across phase changes', () => {
    const schedule = meetingSchedule(ips, facts({ lastMeetingOn: '2026-04-10', phaseStartedOn: '2026-04-20' }));
    expect(schedule).toMatchObject({ nextMeetingDueOn: '2026-05-10', nextMeetingRule: monthlyRule });
  });

  it('asks for a weekly meeting from the day in-work support starts, not from an older meeting', () => {
    const schedule = meetingSchedule(
      ips,
      facts({ currentPhase: 'in_work_support', phaseStartedOn: '2026-05-01', lastMeetingOn: '2026-04-11' }),
    );
    expect(schedule).toMatchObject({ nextMeetingDueOn: '2026-05-08', nextMeetingRule: weeklyRule });
  });

  it('keeps a case that was already overdue before the new job overdue', () => {
    const schedule = meetingSchedule(
      ips,
      facts({ currentPhase: 'in_work_support', phaseStartedOn: '2026-05-01', lastMeetingOn: '2026-03-20' }),
    );
    expect(schedule).toMatchObject({ nextMeetingDueOn: '2026-04-19', nextMeetingRule: monthlyRule });
  });

  it('counts weekly meetings from the last one during the first month of in-work support', () => {
    const schedule = meetingSchedule(
      ips,
      facts({ currentPhase: 'in_work_support', phaseStartedOn: '2026-05-01', lastMeetingOn: '2026-05-15' }),
    );
    expect(schedule).toMatchObject({ nextMeetingDueOn: '2026-05-22', nextMeetingRule: weeklyRule });
  });

  it('goes back to monthly meetings once the first 30 days of in-work support are over', () => {
    const lateInFirstMonth = meetingSchedule(
      ips,
      facts({ currentPhase: 'in_work_support', phaseStartedOn: '2026-05-01', lastMeetingOn: '2026-05-29' }),
    );
    expect(lateInFirstMonth).toMatchObject({ nextMeetingDueOn: '2026-06-28', nextMeetingRule: monthlyRule });
    const afterFirstMonth = meetingSchedule(
      ips,
      facts({ currentPhase: 'in_work_support', phaseStartedOn: '2026-05-01', lastMeetingOn: '2026-06-05' }),
    );
    expect(afterFirstMonth).toMatchObject({ nextMeetingDueOn: '2026-07-05', nextMeetingRule: monthlyRule });
  });

  it('keeps the weekly due date when no meeting was held in the first month of the job', () => {
    const schedule = meetingSchedule(
      ips,
      facts({ currentPhase: 'in_work_support', phaseStartedOn: '2026-05-01', lastMeetingOn: '2026-05-03' }),
    );
    expect(schedule).toMatchObject({ nextMeetingDueOn: '2026-05-10', nextMeetingRule: weeklyRule });
  });

  it('expects the first employer contact within 30 days of entry under IPS until one is logged', () => {
    expect(meetingSchedule(ips, facts({})).firstEmployerContactDueOn).toBe('2026-04-01');
    expect(meetingSchedule(ips, facts({ firstEmployerContactOn: '2026-03-20' })).firstEmployerContactDueOn).toBeNull();
    expect(meetingSchedule(interpreter, facts({ currentPhase: 'mapping' })).firstEmployerContactDueOn).toBeNull();
  });

  it('calls a due date overdue the day after it and due soon in the last three days', () => {
    expect(dueStatus('2026-04-01', '2026-04-02')).toBe('overdue');
    expect(dueStatus('2026-04-01', '2026-04-01')).toBe('due_soon');
    expect(dueStatus('2026-04-01', '2026-03-29')).toBe('due_soon');
    expect(dueStatus('2026-04-01', '2026-03-28')).toBe('ok');
    expect(dueStatus(null, '2026-03-28')).toBeNull();
  });

  it('uses a phase rule without a window for the whole phase and the general rule elsewhere', () => {
    const model = {
      firstEmployerContactWithinDays: null,
      meetingIntervals: [
        { phase: 'job_search', maxDaysBetweenMeetings: 14, reason: { fi: 'a', sv: 'a', en: 'a' } },
        { maxDaysBetweenMeetings: 30, reason: { fi: 'b', sv: 'b', en: 'b' } },
      ],
    };
    expect(meetingSchedule(model, facts({ phaseStartedOn: '2026-04-01', lastMeetingOn: '2026-04-10' }))).toMatchObject({
      nextMeetingDueOn: '2026-04-24',
      nextMeetingRule: 0,
    });
    expect(meetingSchedule(model, facts({ currentPhase: 'entry', lastMeetingOn: '2026-04-10' }))).toMatchObject({
      nextMeetingDueOn: '2026-05-10',
      nextMeetingRule: 1,
    });
    expect(meetingSchedule({ ...model, meetingIntervals: [model.meetingIntervals[0]!] }, facts({ currentPhase: 'entry' }))).toMatchObject({
      nextMeetingDueOn: null,
      nextMeetingRule: null,
    });
  });
});
