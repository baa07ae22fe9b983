import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditedBy, createCaseWorkWorld, fieldErrors, type CaseWorkWorld } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { entryRequest, esfEnrolment, insertEntry, setDateOfBirth } from './esf-test-world.js';

const exitRequest = (overrides: Record<string, unknown> = {}) => ({
  observedOn: '2026-11-23',
  jobSearching: false,
  inEducation: true,
  gainedQualification: true,
  employed: false,
  version: 1,
  ...overrides,
});

describe.each(testEngines)('ESF+ participant data on %s', (engine) => {
  let world: CaseWorkWorld;
  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
  });
  afterAll(() => world.close());

  it('records the data at entry with derived age and long-term unemployment, audited as ESF+ actions', async () => {
    const { clientId, enrolmentId } = await esfEnrolment(world, { startDate: '2026-10-01' });
    await setDateOfBirth(world.db, clientId, '2003-04-15');
    const before = await world.agents.assigned.get(`/api/enrolments/${enrolmentId}/esf`);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({ participant: null, prefill: { gender: 'female' }, permissions: { write: true } });

    const { response, entries } = await auditedBy(world.db, clientId, () =>
      world.agents.assigned.put(`/api/enrolments/${enrolmentId}/esf/entry`, entryRequest({ unemployedSince: '2026-03-20' })),
    );
    expect(response.statusCode, response.body).toBe(200);
    // 23 years old at entry: long-term from 6 months; 20.3.–1.10. is 6 full months.
    expect(response.json().participant).toMatchObject({
      entry: { ageAtEntry: 23, longTermUnemployed: true, minority: 'declined', ruralArea: true },
      exit: null,
      version: 1,
    });
    expect(entries).toEqual([{ action: 'client.esf.write', outcome: 'success', actorUserId: world.users.assigned }]);

    const read = await auditedBy(world.db, clientId, () => world.agents.lead.get(`/api/enrolments/${enrolmentId}/esf`));
    expect(read.response.json().participant.entry.labourMarketStatus).toBe('unemployed');
    expect(read.entries).toEqual([{ action: 'client.esf.read', outcome: 'success', actorUserId: world.users.lead }]);

    const updated = await world.agents.assigned.put(
      `/api/enrolments/${enrolmentId}/esf/entry`,
      entryRequest({ labourMarketStatus: 'inactive', unemployedSince: '2026-03-20', version: 1 }),
    );
    // The unemployment date means nothing for someone outside the labour force and is not kept.
    expect(updated.json().participant).toMatchObject({
      entry: { labourMarketStatus: 'inactive', unemployedSince: null, longTermUnemployed: false },
      version: 2,
    });
  });

  it('refuses invalid entry data field by field, a stale version and a programme outside ESF+', async () => {
    const { enrolmentId } = await esfEnrolment(world, { startDate: '2026-10-01' });
    const url = `/api/enrolments/${enrolmentId}/esf/entry`;
    const put = (body: unknown) => world.agents.assigned.put(url, body);
    expect(fieldErrors(await put(entryRequest({ unemployedSince: null })))).toEqual(['unemployedSince:required']);
    expect(fieldErrors(await put({ ...entryRequest(), disability: 'maybe', iscedLevel: 9, gender: undefined }))).toEqual(
      expect.arrayContaining(['disability:invalid_option', 'iscedLevel:too_large', 'gender:invalid_option']),
    );
    const late = await put(entryRequest({ unemployedSince: '2026-10-02' }));
    expect([late.statusCode, fieldErrors(late)]).toEqual([400, ['unemployedSince:after_start_date']]);
    expect((await put(entryRequest({ version: 3 }))).statusCode).toBe(409);
    expect((await put(entryRequest())).statusCode).toBe(200);
    // A second "first recording" lost the race: the data exists now.
    const again = await put(entryRequest());
    expect([again.statusCode, fieldErrors(again)]).toEqual([409, ['version:stale_version']]);

    const ordinary = await world.agents.assigned.put(`/api/enrolments/${world.enrolmentId}/esf/entry`, entryRequest());
    expect([ordinary.statusCode, fieldErrors(ordinary)]).toEqual([409, ['enrolmentId:not_esf_funded']]);
    expect((await world.agents.assigned.get(`/api/enrolments/${world.enrolmentId}/esf`)).statusCode).toBe(404);
    expect((await world.agents.assigned.get('/api/enrolments/00000000-0000-4000-8000-000000000000/esf')).statusCode).toBe(404);
  });

  it('records the situation within four weeks of leaving, only after the enrolment has ended', async () => {
    const active = await esfEnrolment(world, { startDate: '2026-06-01' });
    const activeUrl = `/api/enrolments/${active.enrolmentId}/esf/exit`;
    const missing = await world.agents.assigned.put(activeUrl, exitRequest());
    expect([missing.statusCode, fieldErrors(missing)]).toEqual([409, ['entry:esf_entry_missing']]);
    await insertEntry(world.db, active.enrolmentId, world.users.assigned);
    const notEnded = await world.agents.assigned.put(activeUrl, exitRequest());
    expect([notEnded.statusCode, fieldErrors(notEnded)]).toEqual([409, ['observedOn:enrolment_not_ended']]);

    const ended = await esfEnrolment(world, { startDate: '2026-06-01', endDate: '2026-10-30' });
    await insertEntry(world.db, ended.enrolmentId, world.users.assigned);
    const url = `/api/enrolments/${ended.enrolmentId}/esf/exit`;
    const put = (overrides: Record<string, unknown>) => world.agents.assigned.put(url, exitRequest(overrides));
    expect(fieldErrors(await put({ observedOn: '2026-10-29' }))).toEqual(['observedOn:before_end_date']);
    // 30.10. + 28 days = 27.11.
    expect(fieldErrors(await put({ observedOn: '2026-11-28' }))).toEqual(['observedOn:outside_four_weeks']);
    expect(fieldErrors(await put({ observedOn: '2026-11-24' }))).toEqual(['observedOn:date_in_future']);
    expect(fieldErrors(await put({ sixMonthImprovement: 'promotion' }))).toEqual(['sixMonthImprovement:invalid']);
    expect(fieldErrors(await put({ employed: 'yes' }))).toEqual(['employed:invalid']);
    const saved = await put({ observedOn: '2026-11-20' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().participant).toMatchObject({
      exit: { observedOn: '2026-11-20', inEducation: true, gainedQualification: true, employed: false, sixMonthImprovement: null },
      version: 2,
    });
  });

  it('accepts the six-month improvement of someone employed at entry once six months have passed', async () => {
    const { enrolmentId } = await esfEnrolment(world, { startDate: '2026-01-01', endDate: '2026-05-20' });
    await insertEntry(world.db, enrolmentId, world.users.assigned, { labourMarketStatus: 'employed', unemployedSince: null });
    const url = `/api/enrolments/${enrolmentId}/esf/exit`;
    const body = exitRequest({ observedOn: '2026-06-01', employed: true, sixMonthImprovement: 'precarious_to_stable' });
    world.test.setNow('2026-11-19T09:00:00+02:00');
    expect(fieldErrors(await world.agents.assigned.put(url, body))).toEqual(['sixMonthImprovement:before_six_months']);
    world.test.setNow('2026-11-23T09:00:00+02:00');
    const saved = await world.agents.assigned.put(url, body);
    expect(saved.json().participant.exit.sixMonthImprovement).toBe('precarious_to_stable');
  });

  it('keeps other organisations’ enrolments out of reach', async () => {
    const response = await world.agents.foreign.get(`/api/enrolments/${(await esfEnrolment(world)).enrolmentId}/esf`);
    expect(response.statusCode).toBe(404);
  });
});
