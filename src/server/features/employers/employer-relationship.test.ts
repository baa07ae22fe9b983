import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/audit.tables.js';
import { inTransaction } from '../../db/transaction.js';
import { createCaseWorkWorld, fieldErrors, type CaseWorkWorld } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { createEmployer, interactionRequest } from './employer-test-support.js';

type Detail = {
  id: string;
  stage: string;
  stageChangedOn: string;
  lastContactOn: string | null;
  personalMeetingCount: number;
  stageHistory: { stage: string; changedOn: string; changedBy: { id: string; name: string }; createdAt: string }[];
  interactions: { kind: string; occurredOn: string; inPerson: boolean; createdAt: string }[];
};

const history = (detail: Detail) => detail.stageHistory.map((change) => `${change.changedOn} ${change.stage}`);

describe.each(testEngines)('employer interactions and relationship stages on %s', (engine) => {
  let world: CaseWorkWorld;

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
  });
  afterAll(() => world.close());

  /** An employer identified on 1.11.2026. */
  async function identifiedEmployer(): Promise<Detail> {
    world.test.setNow('2026-11-01T09:00:00+02:00');
    const employer = await createEmployer(world.agents.coordinator);
    world.test.setNow('2026-11-23T09:00:00+02:00');
    return employer as unknown as Detail;
  }

  const record = async (employerId: string, overrides: Record<string, unknown> = {}) => {
    const response = await world.agents.coordinator.post(
      `/api/employers/${employerId}/interactions`,
      interactionRequest(world.users.coordinator, overrides),
    );
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Detail;
  };

  it('makes an identified employer contacted by a call, dated the day of the call, which becomes the last contact', async () => {
    const employer = await identifiedEmployer();
    const detail = await record(employer.id, { kind: 'call', occurredOn: '2026-11-10' });
    expect(detail).toMatchObject({
      stage: 'contacted',
      stageChangedOn: '2026-11-10',
      lastContactOn: '2026-11-10',
      personalMeetingCount: 0,
    });
    expect(history(detail)).toEqual(['2026-11-01 identified', '2026-11-10 contacted']);
    expect(detail.stageHistory[1]!.changedBy).toEqual({ id: world.users.coordinator, name: 'coordinator' });
    // Recorded after the call that caused it, so the timeline shows the change above the call on that day.
    expect(detail.stageHistory[1]!.createdAt > detail.interactions[0]!.createdAt).toBe(true);
    const [audit] = await inTransaction(world.db, 'system', (tx) => tx.select().from(auditLog).orderBy(desc(auditLog.sequence)).limit(1));
    expect(audit).toMatchObject({
      action: 'employer.write',
      outcome: 'success',
      targetId: employer.id,
      actorUserId: world.users.coordinator,
    });
  });

  it('makes a contacted employer met by a workplace visit and counts the personal meeting', async () => {
    const employer = await identifiedEmployer();
    await record(employer.id, { kind: 'email', occurredOn: '2026-11-05' });
    const detail = await record(employer.id, { kind: 'workplace_visit', occurredOn: '2026-11-12' });
    expect(detail).toMatchObject({ stage: 'met', stageChangedOn: '2026-11-12', lastContactOn: '2026-11-12', personalMeetingCount: 1 });
    expect(history(detail)).toEqual(['2026-11-01 identified', '2026-11-05 contacted', '2026-11-12 met']);
  });

  it('takes an identified employer straight to met when the first contact is a personal meeting, and counts events and meetings too', async () => {
    const employer = await identifiedEmployer();
    let detail = await record(employer.id, { kind: 'event', occurredOn: '2026-11-03' });
    expect(history(detail)).toEqual(['2026-11-01 identified', '2026-11-03 met']);
    detail = await record(employer.id, { kind: 'meeting', occurredOn: '2026-11-04' });
    detail = await record(employer.id, { kind: 'video_meeting', occurredOn: '2026-11-05' });
    expect(detail.personalMeetingCount).toBe(2);
    expect(detail.interactions.map((interaction) => [interaction.kind, interaction.inPerson])).toEqual([
      ['video_meeting', false],
      ['meeting', true],
      ['event', true],
    ]);
  });

  it('moves nothing beyond met by itself, and an older interaction does not move the last contact back', async () => {
    const employer = await identifiedEmployer();
    await record(employer.id, { kind: 'workplace_visit', occurredOn: '2026-11-15' });
    await world.agents.coordinator.post(`/api/employers/${employer.id}/stage`, { stage: 'cooperating', changedOn: '2026-11-16' });
    const detail = await record(employer.id, { kind: 'workplace_visit', occurredOn: '2026-11-02' });
    expect(detail).toMatchObject({ stage: 'cooperating', lastContactOn: '2026-11-15', personalMeetingCount: 2 });
    expect(history(detail)).toEqual(['2026-11-01 identified', '2026-11-15 met', '2026-11-16 cooperating']);
  });

  it('dates a stage change caused by a back-dated interaction no earlier than the current stage began', async () => {
    const employer = await identifiedEmployer();
    const detail = await record(employer.id, { kind: 'call', occurredOn: '2026-10-20' });
    expect(detail).toMatchObject({ stage: 'contacted', stageChangedOn: '2026-11-01', lastContactOn: '2026-10-20' });
  });

  it('shows who met whom and what was agreed in the timeline', async () => {
    const employer = await identifiedEmployer();
    const contact = (
      await world.agents.coordinator.post(`/api/employers/${employer.id}/contacts`, { name: 'Hanna Henkilöstö', preferredChannel: 'phone' })
    ).json();
    const detail = await record(employer.id, {
      kind: 'workplace_visit',
      occurredOn: '2026-11-20',
      staffUserIds: [world.users.coordinator, world.users.assigned, world.users.assigned],
      contactIds: [contact.id],
      summary: 'Tutustuttiin varastoon.',
      agreed: 'Kaksi työkokeilupaikkaa keväällä.',
    });
    expect(detail.interactions[0]).toEqual({
      id: expect.any(String),
      kind: 'workplace_visit',
      occurredOn: '2026-11-20',
      inPerson: true,
      staff: [
        { id: world.users.coordinator, name: 'coordinator' },
        { id: world.users.assigned, name: 'assigned' },
      ],
      contacts: [{ id: contact.id, name: 'Hanna Henkilöstö' }],
      summary: 'Tutustuttiin varastoon.',
      agreed: 'Kaksi työkokeilupaikkaa keväällä.',
      recordedBy: { id: world.users.coordinator, name: 'coordinator' },
      createdAt: '2026-11-23T07:00:00.000Z',
    });
  });

  it('refuses an interaction in the future, with people who are not our staff or not this employer’s contacts, and records nothing', async () => {
    const employer = await identifiedEmployer();
    const other = await createEmployer(world.agents.coordinator);
    const otherContact = (
      await world.agents.coordinator.post(`/api/employers/${other.id}/contacts`, { name: 'Vieras Yhteyshenkilö' })
    ).json();
    const left = (await world.agents.coordinator.post(`/api/employers/${employer.id}/contacts`, { name: 'Lähtenyt Henkilö' })).json();
    await world.agents.coordinator.post(`/api/employer-contacts/${left.id}/archive`);
    const attempt = (overrides: Record<string, unknown>) =>
      world.agents.coordinator.post(`/api/employers/${employer.id}/interactions`, interactionRequest(world.users.coordinator, overrides));

    expect(fieldErrors(await attempt({ occurredOn: '2026-11-24' }))).toEqual(['occurredOn:date_in_future']);
    for (const outsider of [world.users.analyst, world.users.foreign, world.users.admin]) {
      expect(fieldErrors(await attempt({ staffUserIds: [world.users.coordinator, outsider] }))).toEqual(['staffUserIds:unknown_user']);
    }
    expect(fieldErrors(await attempt({ contactIds: [otherContact.id] }))).toEqual(['contactIds:unknown_contact']);
    expect(fieldErrors(await attempt({ contactIds: [left.id] }))).toEqual(['contactIds:unknown_contact']);
    expect(fieldErrors(await attempt({ staffUserIds: [] }))).toEqual(['staffUserIds:required']);
    expect(fieldErrors(await attempt({ summary: ' ', kind: 'fax' }))).toEqual(['kind:invalid_option', 'summary:required']);
    expect(fieldErrors(await attempt({ occurredOn: '23.11.2026' }))).toEqual(['occurredOn:invalid_date']);
    const detail = (await world.agents.coordinator.get(`/api/employers/${employer.id}`)).json() as Detail;
    expect(detail).toMatchObject({ stage: 'identified', lastContactOn: null, interactions: [] });
  });

  it('answers 404 for an interaction or stage change of an unknown employer or another organisation’s', async () => {
    const foreignEmployer = await createEmployer(world.agents.foreign);
    for (const employerId of [foreignEmployer.id, '00000000-0000-4000-8000-000000000000']) {
      const interaction = await world.agents.coordinator.post(
        `/api/employers/${employerId}/interactions`,
        interactionRequest(world.users.coordinator),
      );
      expect(interaction.statusCode).toBe(404);
      const stage = await world.agents.coordinator.post(`/api/employers/${employerId}/stage`, { stage: 'met', changedOn: '2026-11-20' });
      expect(stage.statusCode).toBe(404);
    }
  });

  it('changes the stage by hand with its date, forwards or back', async () => {
    const employer = await identifiedEmployer();
    const change = (stage: string, changedOn: string) =>
      world.agents.lead.post(`/api/employers/${employer.id}/stage`, { stage, changedOn });
    expect((await change('cooperating', '2026-11-10')).statusCode).toBe(200);
    const recruited = await change('recruited', '2026-11-10');
    expect(recruited.json()).toMatchObject({ stage: 'recruited', stageChangedOn: '2026-11-10' });
    const back = (await change('met', '2026-11-23')).json() as Detail;
    expect(history(back)).toEqual(['2026-11-01 identified', '2026-11-10 cooperating', '2026-11-10 recruited', '2026-11-23 met']);
    expect(back.stageHistory[3]!.changedBy.id).toBe(world.users.lead);
  });

  it('refuses a stage change dated in the future or before the previous change (400), or to the current stage (409)', async () => {
    const employer = await identifiedEmployer();
    const change = (stage: string, changedOn: string) =>
      world.agents.coordinator.post(`/api/employers/${employer.id}/stage`, { stage, changedOn });
    const future = await change('met', '2026-11-24');
    expect(future.statusCode).toBe(400);
    expect(fieldErrors(future)).toEqual(['changedOn:date_in_future']);
    const early = await change('met', '2026-10-31');
    expect(early.statusCode).toBe(400);
    expect(fieldErrors(early)).toEqual(['changedOn:before_phase_start']);
    const same = await change('identified', '2026-11-20');
    expect(same.statusCode).toBe(409);
    expect(fieldErrors(same)).toEqual(['stage:transition_not_allowed']);
    expect(fieldErrors(await change('partner', '2026-11-20'))).toEqual(['stage:invalid_option']);
    const detail = (await world.agents.coordinator.get(`/api/employers/${employer.id}`)).json() as Detail;
    expect(history(detail)).toEqual(['2026-11-01 identified']);
  });

  it('leaves the profile version alone when interactions and stage changes are recorded, so an open edit form is not made stale', async () => {
    const employer = await identifiedEmployer();
    await record(employer.id, { kind: 'workplace_visit', occurredOn: '2026-11-20' });
    const detail = (await world.agents.coordinator.get(`/api/employers/${employer.id}`)).json();
    expect(detail.version).toBe(1);
  });
});
