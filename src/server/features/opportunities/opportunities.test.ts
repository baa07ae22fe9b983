import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/audit.tables.js';
import { inTransaction } from '../../db/transaction.js';
import { fieldErrors } from '../../test-support/case-work-test-world.js';
import { testPassword } from '../../test-support/builders.js';
import { defaultTestNow, loginAs } from '../../test-support/test-app.js';
import { testEngines } from '../../test-support/test-database.js';
import { createOpportunity, createOpportunityWorld, esco, opportunityRequest, type OpportunityWorld } from './opportunity-test-world.js';

describe.each(testEngines)('opportunities on %s', (engine) => {
  let world: OpportunityWorld;

  beforeAll(async () => {
    world = await createOpportunityWorld(engine);
  });
  afterAll(() => world.close());

  it('creates an open opportunity under an employer with the ISCO code derived from its ESCO occupation', async () => {
    const created = await createOpportunity(world.agents.coordinator, world.employerId, { workplaceId: world.workplaceId });
    expect(created).toMatchObject({
      employerId: world.employerId,
      employerName: 'Oulun Ravintolat Oy',
      organisationId: world.organisationId,
      workplaceId: world.workplaceId,
      workplaceName: 'Keskustan ravintola',
      kind: 'advertised_vacancy',
      title: 'Keittiöapulainen',
      status: 'open',
      statusChangedOn: '2026-11-23',
      iscoCode: '5120',
      iscoGroup: { code: '5120' },
      occupation: { uri: esco.cook.uri, label: { fi: 'kokki', sv: 'kokerska', en: 'cook' } },
      requiredSkills: [
        { uri: esco.customerService, label: 'asiakaspalvelu', labels: { fi: 'asiakaspalvelu', sv: 'kundservice', en: 'customer service' } },
      ],
      niceToHaveSkills: [{ uri: null, label: 'Kassajärjestelmän käyttö', labels: null }],
      languages: [{ code: 'fi', level: 'B1' }],
      licences: ['hygiene_passport'],
      demands: ['standing_long', 'customer_contact'],
      municipalityCode: '564',
      hoursPerWeek: 30,
      workingTimeForm: 'part_time',
      startDate: '2027-01-07',
      durationMonths: 6,
      positions: 2,
      carved: false,
      taskIds: [],
      sourceJobs: [],
      version: 1,
      permissions: { write: true },
    });
    const read = await world.agents.assigned.get(`/api/opportunities/${created.id}`);
    expect(read.json()).toEqual(created);
  });

  it('records each write in the audit log with the opportunity as its target', async () => {
    const created = await createOpportunity(world.agents.lead, world.employerId);
    const [entry] = await inTransaction(world.db, 'system', (tx) => tx.select().from(auditLog).orderBy(desc(auditLog.sequence)).limit(1));
    expect(entry).toMatchObject({ action: 'opportunity.write', targetId: created.id, actorUserId: world.users.lead, clientIds: [] });
  });

  it('keeps an ISCO code of its own when no occupation is named, and refuses an unknown one', async () => {
    const created = await createOpportunity(world.agents.coordinator, world.employerId, { escoOccupationUri: null, iscoCode: '93' });
    expect(created).toMatchObject({ occupation: null, iscoCode: '93', iscoGroup: { code: '93' } });
    const unknown = await world.agents.coordinator.post(
      `/api/employers/${world.employerId}/opportunities`,
      opportunityRequest({ escoOccupationUri: null, iscoCode: '9999' }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(fieldErrors(unknown)).toEqual(['iscoCode:unknown_isco_code']);
    const malformed = await world.agents.coordinator.post(
      `/api/employers/${world.employerId}/opportunities`,
      opportunityRequest({ iscoCode: 'x1' }),
    );
    expect(fieldErrors(malformed)).toEqual(['iscoCode:unknown_isco_code']);
  });

  it('refuses an unknown occupation and an ISCO code that contradicts the occupation', async () => {
    const post = (overrides: Record<string, unknown>) =>
      world.agents.coordinator.post(`/api/employers/${world.employerId}/opportunities`, opportunityRequest(overrides));
    expect(fieldErrors(await post({ escoOccupationUri: 'http://data.europa.eu/esco/occupation/none' }))).toEqual([
      'escoOccupationUri:unknown_occupation',
    ]);
    expect(fieldErrors(await post({ iscoCode: '9333' }))).toEqual(['iscoCode:isco_mismatch']);
    expect((await post({ iscoCode: '5120' })).statusCode).toBe(201);
  });

  it('refuses unknown ESCO skills by their place in the list and keeps skills in the employer own words', async () => {
    const response = await world.agents.coordinator.post(
      `/api/employers/${world.employerId}/opportunities`,
      opportunityRequest({
        requiredSkills: [
          { uri: esco.customerService, label: 'asiakaspalvelu' },
          { uri: 'http://data.europa.eu/esco/skill/none', label: 'keksitty' },
        ],
        niceToHaveSkills: [{ uri: 'http://data.europa.eu/esco/skill/other', label: 'toinen' }],
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(fieldErrors(response)).toEqual(['requiredSkills.1.uri:unknown_skill', 'niceToHaveSkills.0.uri:unknown_skill']);
  });

  it('lists a skill once, and a skill both required and nice to have only as required', async () => {
    const created = await createOpportunity(world.agents.coordinator, world.employerId, {
      requiredSkills: [
        { uri: esco.customerService, label: 'asiakaspalvelu' },
        { uri: esco.customerService, label: 'customer service' },
        { uri: null, label: 'Tiimityö' },
      ],
      niceToHaveSkills: [
        { uri: null, label: ' tiimityö ' },
        { uri: esco.cleaning, label: 'siivota' },
      ],
    });
    expect((created.requiredSkills as { label: string }[]).map((skill) => skill.label)).toEqual(['asiakaspalvelu', 'Tiimityö']);
    expect((created.niceToHaveSkills as { uri: string }[]).map((skill) => skill.uri)).toEqual([esco.cleaning]);
  });

  it('refuses a workplace of another employer and an unknown municipality', async () => {
    const response = await world.agents.coordinator.post(
      `/api/employers/${world.employerId}/opportunities`,
      opportunityRequest({ workplaceId: world.otherWorkplaceId, municipalityCode: '999' }),
    );
    expect(fieldErrors(response)).toEqual(['workplaceId:unknown_workplace', 'municipalityCode:unknown_municipality']);
  });

  it('refuses malformed fields with translated field errors and writes nothing', async () => {
    const response = await world.agents.coordinator.post(`/api/employers/${world.employerId}/opportunities`, {
      ...opportunityRequest({ positions: 0, hoursPerWeek: 81, kind: 'dream_job', title: ' ', durationMonths: 1.5 }),
      languages: [
        { code: 'fi', level: 'D1' },
        { code: 'Finnish', level: 'B1' },
      ],
      licences: ['pilot_licence'],
      demands: ['flying'],
      startDate: '2027-02-30',
    });
    expect(response.statusCode).toBe(400);
    expect(fieldErrors(response).sort()).toEqual(
      [
        'title:required',
        'kind:invalid_option',
        'languages.0.level:invalid_option',
        'languages.1.code:invalid',
        'licences.0:invalid_option',
        'demands.0:invalid_option',
        'hoursPerWeek:too_large',
        'startDate:invalid_date',
        'durationMonths:invalid',
        'positions:too_small',
      ].sort(),
    );
    expect((await world.agents.coordinator.get(`/api/employers/${world.employerId}/opportunities`)).json().items).not.toContainEqual(
      expect.objectContaining({ hoursPerWeek: 81 }),
    );
  });

  it('answers 404 for an unknown employer and for an employer of another organisation', async () => {
    const unknown = await world.agents.coordinator.post(
      '/api/employers/00000000-0000-4000-8000-000000000000/opportunities',
      opportunityRequest(),
    );
    expect(unknown.statusCode).toBe(404);
    const foreign = await world.agents.coordinator.post(`/api/employers/${world.foreignEmployerId}/opportunities`, opportunityRequest());
    expect(foreign.statusCode).toBe(404);
    expect((await world.agents.coordinator.get(`/api/employers/${world.foreignEmployerId}/opportunities`)).statusCode).toBe(404);
  });

  it('answers 403 to a user whose roles do not include employer work, and 404 for an unknown opportunity', async () => {
    const created = await createOpportunity(world.agents.coordinator, world.employerId);
    expect((await world.agents.analyst.get(`/api/opportunities/${created.id}`)).statusCode).toBe(403);
    expect((await world.agents.partner.get('/api/opportunities')).statusCode).toBe(403);
    expect((await world.agents.coordinator.get('/api/opportunities/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await world.agents.foreign.get(`/api/opportunities/${created.id}`)).statusCode).toBe(404);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await world.agents.coordinator.put(`/api/opportunities/${unknown}`, opportunityRequest({ version: 1 }))).statusCode).toBe(404);
    expect((await world.agents.coordinator.post(`/api/opportunities/${unknown}/status`, { status: 'filled', version: 1 })).statusCode).toBe(
      404,
    );
    expect((await world.agents.foreign.post(`/api/opportunities/${created.id}/status`, { status: 'filled', version: 1 })).statusCode).toBe(
      404,
    );
    expect((await world.agents.coordinator.get('/api/opportunities/not-an-id')).statusCode).toBe(400);
  });

  it('updates an opportunity with the version the user saw and refuses a stale version with 409', async () => {
    const created = await createOpportunity(world.agents.coordinator, world.employerId);
    const updated = await world.agents.assigned.put(
      `/api/opportunities/${created.id}`,
      opportunityRequest({ title: 'Kylmäkköapulainen', kind: 'work_trial', positions: 1, version: 1, escoOccupationUri: null }),
    );
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({
      title: 'Kylmäkköapulainen',
      kind: 'work_trial',
      positions: 1,
      occupation: null,
      iscoCode: null,
      version: 2,
    });
    const stale = await world.agents.lead.put(`/api/opportunities/${created.id}`, opportunityRequest({ title: 'Myöhässä', version: 1 }));
    expect(stale.statusCode).toBe(409);
    expect(fieldErrors(stale)).toEqual(['version:stale_version']);
    expect((await world.agents.lead.get(`/api/opportunities/${created.id}`)).json().title).toBe('Kylmäkköapulainen');
    const invalid = await world.agents.lead.put(
      `/api/opportunities/${created.id}`,
      opportunityRequest({ version: 2, workplaceId: world.otherWorkplaceId }),
    );
    expect(fieldErrors(invalid)).toEqual(['workplaceId:unknown_workplace']);
    expect((await world.agents.lead.put(`/api/opportunities/${created.id}`, opportunityRequest())).statusCode).toBe(400);
  });

  it('moves an open opportunity to filled and back to open, recording the Helsinki day of each change', async () => {
    const created = await createOpportunity(world.agents.coordinator, world.employerId);
    const filled = await world.agents.coordinator.post(`/api/opportunities/${created.id}/status`, { status: 'filled', version: 1 });
    expect(filled.json()).toMatchObject({ status: 'filled', statusChangedOn: '2026-11-23', version: 2 });
    // 00:30 in Helsinki is still the previous day in UTC. The clock jump ends the sessions, so log in again.
    world.test.setNow('2026-11-25T00:30:00+02:00');
    try {
      const lead = await loginAs(world.test.app, 'lead@example.fi', testPassword);
      const reopened = await lead.post(`/api/opportunities/${created.id}/status`, { status: 'open', version: 2 });
      expect(reopened.json()).toMatchObject({ status: 'open', statusChangedOn: '2026-11-25', version: 3 });
    } finally {
      world.test.setNow(defaultTestNow);
    }
  });

  it('expires and reopens, but a cancelled opportunity is final and a change to the same status is refused with 409', async () => {
    const created = await createOpportunity(world.agents.coordinator, world.employerId);
    const post = (status: string, version: number) =>
      world.agents.lead.post(`/api/opportunities/${created.id}/status`, { status, version });
    expect((await post('expired', 1)).json().status).toBe('expired');
    expect(fieldErrors(await post('filled', 2))).toEqual(['status:transition_not_allowed']);
    expect((await post('open', 2)).json().status).toBe('open');
    const same = await post('open', 3);
    expect(same.statusCode).toBe(409);
    expect(fieldErrors(same)).toEqual(['status:transition_not_allowed']);
    expect((await post('cancelled', 3)).json().status).toBe('cancelled');
    const reopen = await post('open', 4);
    expect(reopen.statusCode).toBe(409);
    expect(fieldErrors(reopen)).toEqual(['status:transition_not_allowed']);
  });

  it('refuses a status change on a stale version and an unknown status', async () => {
    const created = await createOpportunity(world.agents.coordinator, world.employerId);
    const stale = await world.agents.lead.post(`/api/opportunities/${created.id}/status`, { status: 'filled', version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(fieldErrors(stale)).toEqual(['version:stale_version']);
    const unknown = await world.agents.lead.post(`/api/opportunities/${created.id}/status`, { status: 'paused', version: 1 });
    expect(fieldErrors(unknown)).toEqual(['status:invalid_option']);
  });
});
