import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditedBy,
  clientReadExpectations,
  expectMatrix,
  fieldErrors,
  type EndpointMatrix,
} from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import {
  createEmployerWorkWorld,
  employerWorkExpectations,
  organisationRecordReadExpectations,
  type EmployerWorkWorld,
} from '../proposals/employer-work-test-world.js';

export const placementsAuthorizationMatrix: EndpointMatrix = {
  'POST /api/clients/:id/placements': employerWorkExpectations(201),
  'GET /api/clients/:id/placements': clientReadExpectations,
  'GET /api/employers/:id/placements': organisationRecordReadExpectations,
  'GET /api/placements/:id': clientReadExpectations,
  'PUT /api/placements/:id': employerWorkExpectations(200),
  'POST /api/placements/:id/end': employerWorkExpectations(200),
  'GET /api/placements/:id/support-agreement': clientReadExpectations,
  'PUT /api/placements/:id/support-agreement': employerWorkExpectations(200),
};

const terms = { type: 'employment', startDate: '2026-11-16', hoursPerWeek: 37.5, duties: 'Keräily ja pakkaus' };
const edit = {
  type: 'employment',
  plannedEndDate: '2027-11-15',
  hoursPerWeek: 20,
  duties: 'Keräily',
  supportGranted: ['workplace_adjustment_grant'],
  supportNote: null,
};

describe.each(testEngines)('placements on %s', (engine) => {
  let world: EmployerWorkWorld;
  const record = (clientId: string, body: object = {}, agent = world.agents.coordinator) =>
    agent.post(`/api/clients/${clientId}/placements`, { employerId: world.employerId, ...terms, ...body });
  const newPlacement = async (clientId = world.clientId) => (await record(clientId)).json().placement;
  const placementsOf = async (clientId: string) => (await world.agents.lead.get(`/api/clients/${clientId}/placements`)).json().items;

  beforeAll(async () => {
    world = await createEmployerWorkWorld(engine);
  });
  afterAll(() => world.close());

  it('records a placement straight on the client and moves the running enrolment into in-work support', async () => {
    const clientId = await world.newCandidate({ consent: null });
    const opportunityId = await world.newOpportunity();
    const response = await record(clientId, { opportunityId });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      placement: {
        clientId,
        employerId: world.employerId,
        opportunityId,
        proposalId: null,
        hoursPerWeek: 37.5,
        supportGranted: [],
        version: 1,
      },
      workPhase: { outcome: 'moved', phase: 'in_work_support' },
    });
    expect(await placementsOf(clientId)).toEqual([response.json().placement]);
  });

  it('answers each invalid placement with a field error and records nothing', async () => {
    const clientId = await world.newCandidate();
    const cases: [object, string][] = [
      [{ employerId: crypto.randomUUID() }, 'employerId:unknown_employer'],
      [{ employerId: world.otherEmployerId }, 'employerId:unknown_employer'],
      [{ opportunityId: await world.newOpportunity({ employerId: world.otherEmployerId }) }, 'opportunityId:unknown_opportunity'],
      [{ type: 'internship' }, 'type:invalid_option'],
      [{ startDate: '2026-11-24' }, 'startDate:date_in_future'],
      [{ startDate: '16.11.2026' }, 'startDate:invalid_date'],
      [{ plannedEndDate: '2026-11-15' }, 'plannedEndDate:end_before_start'],
      [{ hoursPerWeek: 0 }, 'hoursPerWeek:too_small'],
      [{ hoursPerWeek: 12.3 }, 'hoursPerWeek:invalid'],
      [{ enrolmentId: crypto.randomUUID() }, 'enrolmentId:unknown_enrolment'],
    ];
    for (const [body, expected] of cases) {
      const response = await record(clientId, body);
      expect({ status: response.statusCode, fields: fieldErrors(response) }, expected).toEqual({ status: 400, fields: [expected] });
    }
    expect(await placementsOf(clientId)).toEqual([]);
  });

  it("lists an employer's placements, naming the listed clients in the audit log", async () => {
    const placement = await newPlacement(await world.newCandidate());
    const listed = await auditedBy(world.db, placement.clientId, () =>
      world.agents.colleague.get(`/api/employers/${world.employerId}/placements`),
    );
    expect(listed.response.json().items).toContainEqual({ ...placement, canWrite: false });
    expect(listed.entries).toEqual([{ action: 'client.read', outcome: 'success', actorUserId: world.users.colleague }]);
    expect((await world.agents.foreign.get(`/api/employers/${world.employerId}/placements`)).statusCode).toBe(404);
    expect((await world.agents.lead.get(`/api/employers/${crypto.randomUUID()}/placements`)).statusCode).toBe(404);
  });

  it('edits the terms with optimistic locking and refuses a planned end before the start', async () => {
    const placement = await newPlacement();
    const url = `/api/placements/${placement.id}`;
    const saved = await world.agents.coordinator.put(url, { ...edit, version: 1 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ ...edit, startDate: '2026-11-16', version: 2 });
    const stale = await world.agents.coordinator.put(url, { ...edit, version: 1 });
    expect({ status: stale.statusCode, fields: fieldErrors(stale) }).toEqual({ status: 409, fields: ['version:stale_version'] });
    const early = await world.agents.coordinator.put(url, { ...edit, plannedEndDate: '2026-11-01', version: 2 });
    expect({ status: early.statusCode, fields: fieldErrors(early) }).toEqual({ status: 400, fields: ['plannedEndDate:end_before_start'] });
    expect((await world.agents.lead.get(url)).json()).toEqual({ ...saved.json(), canWrite: true });
    expect((await world.agents.lead.put(`/api/placements/${crypto.randomUUID()}`, { ...edit, version: 1 })).statusCode).toBe(404);
  });

  it('ends a placement once, with a reason, not before its start and not in the future', async () => {
    const placement = await newPlacement();
    const end = (body: object) => world.agents.coordinator.post(`/api/placements/${placement.id}/end`, body);
    const cases: [object, string][] = [
      [{ endedOn: '2026-11-15', endReason: 'planned_end' }, 'endedOn:end_before_start'],
      [{ endedOn: '2026-11-24', endReason: 'planned_end' }, 'endedOn:date_in_future'],
      [{ endedOn: '2026-11-23', endReason: 'bored' }, 'endReason:invalid_option'],
      [{ endReason: 'planned_end' }, 'endedOn:required'],
    ];
    for (const [body, expected] of cases) {
      const response = await end(body);
      expect({ status: response.statusCode, fields: fieldErrors(response) }, expected).toEqual({ status: 400, fields: [expected] });
    }
    const ended = await end({ endedOn: '2026-11-23', endReason: 'health_reasons' });
    expect(ended.json()).toMatchObject({ endedOn: '2026-11-23', endReason: 'health_reasons', version: 2 });
    const again = await end({ endedOn: '2026-11-23', endReason: 'planned_end' });
    expect({ status: again.statusCode, fields: fieldErrors(again) }).toEqual({ status: 409, fields: ['endedOn:placement_ended'] });
    expect(
      (await world.agents.foreign.post(`/api/placements/${placement.id}/end`, { endedOn: '2026-11-23', endReason: 'other' })).statusCode,
    ).toBe(404);
  });

  describe('support agreement', () => {
    const agreement = {
      coachTasks: 'Käy työpaikalla viikoittain',
      employerTasks: 'Nimeää työpaikkaohjaajan',
      contactRhythm: 'Viikoittain ensimmäisen kuukauden ajan',
      adjustments: ['quiet_workspace', 'weekly_plan'],
      adjustmentsNote: null,
      agreedOn: '2026-11-20',
      sharedWithEmployer: false,
    };
    const url = (placementId: string) => `/api/placements/${placementId}/support-agreement`;

    it('is empty until agreed, then saved and edited with optimistic locking', async () => {
      const placement = await newPlacement(await world.newCandidate({ consent: null }));
      expect((await world.agents.colleague.get(url(placement.id))).json()).toEqual({ agreement: null, employerConsentActive: false });
      const created = await world.agents.coordinator.put(url(placement.id), { ...agreement, version: 0 });
      expect(created.statusCode).toBe(200);
      expect(created.json()).toMatchObject({
        agreement: { ...agreement, placementId: placement.id, visibleToEmployer: false, updatedByName: 'coordinator', version: 1 },
        employerConsentActive: false,
      });
      const twice = await world.agents.assigned.put(url(placement.id), { ...agreement, version: 0 });
      expect({ status: twice.statusCode, fields: fieldErrors(twice) }).toEqual({ status: 409, fields: ['version:stale_version'] });
      const edited = await world.agents.assigned.put(url(placement.id), { ...agreement, adjustments: ['gradual_start'], version: 1 });
      expect(edited.json().agreement).toMatchObject({ adjustments: ['gradual_start'], version: 2, updatedByName: 'assigned' });
      expect((await world.agents.lead.get(`/api/placements/${placement.id}`)).json().hasSupportAgreement).toBe(true);
    });

    it('is shared with the employer only with the client’s active consent, and stops being visible when it is revoked', async () => {
      const clientId = await world.newCandidate({ consent: null });
      const placement = await newPlacement(clientId);
      const refused = await world.agents.coordinator.put(url(placement.id), { ...agreement, sharedWithEmployer: true, version: 0 });
      expect({ status: refused.statusCode, fields: fieldErrors(refused) }).toEqual({
        status: 400,
        fields: ['sharedWithEmployer:consent_missing'],
      });
      const consentId = await world.giveConsent(clientId);
      const shared = await world.agents.coordinator.put(url(placement.id), { ...agreement, sharedWithEmployer: true, version: 0 });
      expect(shared.json()).toMatchObject({
        agreement: { sharedWithEmployer: true, visibleToEmployer: true },
        employerConsentActive: true,
      });
      await world.agents.assigned.post(`/api/consents/${consentId}/revoke`, { revokedOn: '2026-11-23' });
      expect((await world.agents.coordinator.get(url(placement.id))).json()).toMatchObject({
        agreement: { sharedWithEmployer: true, visibleToEmployer: false },
        employerConsentActive: false,
      });
    });

    it('answers invalid agreements with field errors', async () => {
      const placement = await newPlacement();
      const cases: [object, string][] = [
        [{ agreedOn: '2026-11-24' }, 'agreedOn:date_in_future'],
        [{ adjustments: ['massage_chair'] }, 'adjustments.0:invalid_option'],
        [{ sharedWithEmployer: undefined }, 'sharedWithEmployer:required'],
        [{ version: -1 }, 'version:too_small'],
      ];
      for (const [body, expected] of cases) {
        const response = await world.agents.coordinator.put(url(placement.id), { ...agreement, version: 0, ...body });
        expect({ status: response.statusCode, fields: fieldErrors(response) }, expected).toEqual({ status: 400, fields: [expected] });
      }
      expect((await world.agents.coordinator.get(url(placement.id))).json().agreement).toBeNull();
    });
  });

  it('lets the client’s coach, team leads and employer coordinators record placements, and the organisation read them', async () => {
    const placementUrl = async (suffix = '') => `/api/placements/${(await newPlacement()).id}${suffix}`;
    await expectMatrix(world, placementsAuthorizationMatrix, {
      'POST /api/clients/:id/placements': async () => ({
        method: 'POST',
        url: `/api/clients/${world.clientId}/placements`,
        body: { employerId: world.employerId, ...terms },
      }),
      'GET /api/clients/:id/placements': async () => ({ method: 'GET', url: `/api/clients/${world.clientId}/placements` }),
      'GET /api/employers/:id/placements': async () => ({ method: 'GET', url: `/api/employers/${world.employerId}/placements` }),
      'GET /api/placements/:id': async () => ({ method: 'GET', url: await placementUrl() }),
      'PUT /api/placements/:id': async () => ({ method: 'PUT', url: await placementUrl(), body: { ...edit, version: 1 } }),
      'POST /api/placements/:id/end': async () => ({
        method: 'POST',
        url: await placementUrl('/end'),
        body: { endedOn: '2026-11-23', endReason: 'planned_end' },
      }),
      'GET /api/placements/:id/support-agreement': async () => ({ method: 'GET', url: await placementUrl('/support-agreement') }),
      'PUT /api/placements/:id/support-agreement': async () => ({
        method: 'PUT',
        url: await placementUrl('/support-agreement'),
        body: { agreedOn: '2026-11-20', sharedWithEmployer: false, version: 0 },
      }),
    });
  });
});
