import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.js';
import type { UserAgent } from '../../test-support/test-app.js';
import { testEngines } from '../../test-support/test-database.js';
import {
  createCaseWorkWorld,
  expectMatrix,
  fieldErrors,
  type CaseWorkWorld,
  type EndpointMatrix,
} from '../../test-support/case-work-test-world.js';
import { enrolments } from '../enrolments/enrolments.tables.js';
import { adminOnly, latestAuditEntry, loginAsNewAdmin } from '../users/administration-test-support.js';
import { shippedProcessModels } from './process-models.js';
import { processModels } from './programmes.tables.js';

export const programmeAdministrationAuthorizationMatrix: EndpointMatrix = {
  'POST /api/admin/programmes': adminOnly(201),
  'PUT /api/admin/programmes/:id': adminOnly(200),
};

describe.each(testEngines)('programme administration on %s', (engine) => {
  let world: CaseWorkWorld;
  let admin: UserAgent;
  let models: { ips: string; interpreter: string; otherOrganisationOwn: string };
  const ipsProgramme = () => ({
    name: 'IPS-hanke 2026–2028',
    fundingCode: 'S30123',
    processModelId: models.ips,
    followUpMonths: [3, 6, 12],
  });

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
    admin = world.agents.admin;
    models = await inTransaction(world.db, 'system', async (tx) => {
      const shipped = await tx.select({ id: processModels.id, key: processModels.key }).from(processModels);
      const [own] = await tx
        .insert(processModels)
        .values({ key: 'lapin_oma_malli', organisationId: world.otherOrganisationId, definition: shippedProcessModels[0]!.definition })
        .returning({ id: processModels.id });
      return {
        ips: shipped.find((model) => model.key === 'ips')!.id,
        interpreter: shipped.find((model) => model.key === 'working_life_interpreter')!.id,
        otherOrganisationOwn: own!.id,
      };
    });
  });
  afterAll(() => world.close());

  it('lets only admins create and change programmes', async () => {
    const programmeId = (await admin.post('/api/admin/programmes', ipsProgramme())).json().id;
    await expectMatrix(world, programmeAdministrationAuthorizationMatrix, {
      'POST /api/admin/programmes': async () => ({ method: 'POST', url: '/api/admin/programmes', body: ipsProgramme() }),
      'PUT /api/admin/programmes/:id': async () => ({ method: 'PUT', url: `/api/admin/programmes/${programmeId}`, body: ipsProgramme() }),
    });
  });

  it("creates a programme in the admin's organisation on a shipped process model, and audits it", async () => {
    const response = await admin.post('/api/admin/programmes', { name: 'Työelämätulkit', processModelId: models.interpreter });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toEqual({
      id: expect.any(String),
      organisationId: world.organisationId,
      name: 'Työelämätulkit',
      fundingCode: null,
      processModelId: models.interpreter,
      processModelKey: 'working_life_interpreter',
      followUpMonths: [3, 6],
      active: true,
      esfFunded: false,
    });
    expect(await latestAuditEntry(world.db)).toMatchObject({
      action: 'programme.create',
      organisationId: world.organisationId,
      clientIds: [],
    });
    const listed = (await world.agents.colleague.get('/api/programmes')).json().items.map((programme: { id: string }) => programme.id);
    expect(listed).toContain(created.id);
  });

  it('marks a programme ESF+ funded, so that its enrolments collect ESF+ participant data', async () => {
    const response = await admin.post('/api/admin/programmes', {
      name: 'ESR+ Työpolku',
      processModelId: models.interpreter,
      esfFunded: true,
    });
    expect(response.json()).toMatchObject({ esfFunded: true });
    const changed = await admin.put(`/api/admin/programmes/${response.json().id}`, {
      name: 'ESR+ Työpolku',
      processModelId: models.interpreter,
      esfFunded: false,
    });
    expect(changed.json()).toMatchObject({ esfFunded: false });
  });

  it("refuses another organisation's own process model, unknown models and organisations the admin does not administer", async () => {
    const cases: [object, string[]][] = [
      [{ processModelId: models.otherOrganisationOwn }, ['processModelId:unknown_process_model']],
      [{ processModelId: '00000000-0000-4000-8000-000000000000' }, ['processModelId:unknown_process_model']],
      [{ organisationId: world.otherOrganisationId }, ['organisationId:unknown_organisation']],
      [{ followUpMonths: [0] }, ['followUpMonths.0:too_small']],
      [{ name: '' }, ['name:required']],
    ];
    for (const [overrides, expected] of cases) {
      const response = await admin.post('/api/admin/programmes', { ...ipsProgramme(), ...overrides });
      expect({ status: response.statusCode, fields: fieldErrors(response) }).toEqual({ status: 400, fields: expected });
    }
  });

  it("lets the organisation that defined a process model use it, and answers 404 for another organisation's programme", async () => {
    const otherAdmin = await loginAsNewAdmin(world.test, 'admin@lappi.fi', [world.otherOrganisationId]);
    const own = await otherAdmin.post('/api/admin/programmes', { ...ipsProgramme(), processModelId: models.otherOrganisationOwn });
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ organisationId: world.otherOrganisationId, processModelKey: 'lapin_oma_malli' });
    expect((await admin.put(`/api/admin/programmes/${own.json().id}`, ipsProgramme())).statusCode).toBe(404);
    expect((await admin.put('/api/admin/programmes/00000000-0000-4000-8000-000000000000', ipsProgramme())).statusCode).toBe(404);
  });

  it('changes a programme, but not the process model once clients are enrolled in it', async () => {
    const created = (await admin.post('/api/admin/programmes', ipsProgramme())).json();
    const renamed = await admin.put(`/api/admin/programmes/${created.id}`, {
      ...ipsProgramme(),
      name: 'IPS Oulu',
      active: false,
      processModelId: models.interpreter,
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'IPS Oulu', active: false, processModelKey: 'working_life_interpreter' });
    expect(await latestAuditEntry(world.db)).toMatchObject({ action: 'programme.update', organisationId: world.organisationId });

    const [enrolment] = await inTransaction(world.db, 'system', (tx) =>
      tx.select().from(enrolments).where(eq(enrolments.id, world.enrolmentId)),
    );
    const inUse = enrolment!.programmeId;
    const change = await admin.put(`/api/admin/programmes/${inUse}`, { ...ipsProgramme(), processModelId: models.interpreter });
    expect({ status: change.statusCode, fields: fieldErrors(change) }).toEqual({
      status: 409,
      fields: ['processModelId:programme_has_enrolments'],
    });
    expect(
      (await admin.put(`/api/admin/programmes/${inUse}`, { ...ipsProgramme(), name: 'IPS-hanke (päättynyt)', active: false })).statusCode,
    ).toBe(200);
  });
});
