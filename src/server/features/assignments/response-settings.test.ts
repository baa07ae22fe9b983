import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/audit.tables.js';
import { inTransaction } from '../../db/transaction.js';
import { createUser, testPassword } from '../../test-support/builders.js';
import { fieldErrors } from '../../test-support/case-work-test-world.js';
import { loginAs } from '../../test-support/test-app.js';
import { testEngines } from '../../test-support/test-database.js';
import { createAssignment, createAssignmentWorld, type AssignmentWorld } from './assignment-test-world.js';

const fourWorkingHours = { amount: 4, unit: 'working_hours', workdayStartMinute: 7 * 60 + 30, workdayEndMinute: 15 * 60 + 15 };

describe.each(testEngines)('agreed response time on %s', (engine) => {
  let world: AssignmentWorld;
  const put = (body: object, agent = world.agents.lead) => agent.put('/api/assignment-settings', body);

  beforeAll(async () => {
    world = await createAssignmentWorld(engine);
  });
  afterAll(() => world.close());

  it('is two working days of an 08:00–16:00 working day until someone agrees another', async () => {
    const response = await world.agents.assigned.get('/api/assignment-settings');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      organisationId: world.organisationId,
      amount: 2,
      unit: 'working_days',
      workdayStartMinute: 480,
      workdayEndMinute: 960,
      isDefault: true,
      updatedAt: null,
      updatedByName: null,
    });
  });

  it('is agreed by a team lead, audited, and applies to assignments received afterwards only', async () => {
    const before = await createAssignment(world, { receivedAt: '2026-11-23T08:30:00+02:00' });
    const response = await put(fourWorkingHours);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      ...fourWorkingHours,
      isDefault: false,
      updatedAt: '2026-11-23T07:00:00.000Z',
      updatedByName: 'lead',
    });
    const [entry] = await inTransaction(world.db, 'system', (tx) =>
      tx.select().from(auditLog).where(eq(auditLog.targetId, world.organisationId)).orderBy(desc(auditLog.sequence)),
    );
    expect(entry).toMatchObject({ action: 'assignment.settings.manage', actorUserId: world.users.lead });

    // Received Monday 08:45 with four working hours: due at 12:45 the same day.
    const after = await createAssignment(world, { receivedAt: '2026-11-23T08:45:00+02:00' });
    const later = await world.agents.coordinator.get(`/api/assignments/${after.id}`);
    expect(later.json()).toMatchObject({
      responseTimeAmount: 4,
      responseTimeUnit: 'working_hours',
      responseDueAt: '2026-11-23T10:45:00.000Z',
    });
    const earlier = await world.agents.coordinator.get(`/api/assignments/${before.id}`);
    expect(earlier.json()).toMatchObject({ responseTimeAmount: 2, responseTimeUnit: 'working_days', responseDueAt: before.responseDueAt });
  });

  it('carries working hours over to the next working day of the agreed working day', async () => {
    await put(fourWorkingHours);
    // Received Friday 14:00 with four working hours of a 07:30–15:15 day: 1 h 15 min on Friday, 2 h 45 min on Monday.
    const { responseDueAt } = await createAssignment(world, { receivedAt: '2026-11-20T14:00:00+02:00' });
    expect(responseDueAt).toBe('2026-11-23T08:15:00.000Z');
  });

  it('is read and set by admins too, but not set by coaches or coordinators', async () => {
    expect((await world.agents.admin.get('/api/assignment-settings')).json()).toMatchObject({ organisationId: world.organisationId });
    expect((await put(fourWorkingHours, world.agents.admin)).statusCode).toBe(200);
    expect((await put(fourWorkingHours, world.agents.coordinator)).statusCode).toBe(403);
    expect((await put(fourWorkingHours, world.agents.assigned)).statusCode).toBe(403);
  });

  it('refuses a working day that ends before it starts', async () => {
    const response = await put({ ...fourWorkingHours, workdayEndMinute: 7 * 60 });
    expect(response.statusCode).toBe(400);
    expect(fieldErrors(response)).toEqual(['workdayEndMinute:workday_end_before_start']);
  });

  it('refuses no time at all, more than 20 working days, minutes past midnight and unknown units', async () => {
    expect(fieldErrors(await put({ ...fourWorkingHours, amount: 0 }))).toEqual(['amount:too_small']);
    expect(fieldErrors(await put({ ...fourWorkingHours, unit: 'working_days', amount: 21 }))).toEqual(['amount:too_large']);
    expect(fieldErrors(await put({ ...fourWorkingHours, workdayEndMinute: 1441 }))).toEqual(['workdayEndMinute:too_large']);
    expect(fieldErrors(await put({ ...fourWorkingHours, unit: 'calendar_days' }))).toEqual(['unit:invalid_option']);
  });

  it("answers 403 for another organisation's settings, read or written", async () => {
    expect((await world.agents.lead.get(`/api/assignment-settings?organisationId=${world.otherOrganisationId}`)).statusCode).toBe(403);
    expect((await put({ ...fourWorkingHours, organisationId: world.otherOrganisationId })).statusCode).toBe(403);
  });

  it('asks a team lead of several organisations to name one', async () => {
    await createUser(world.db, {
      email: 'two-areas@example.fi',
      roles: [
        { organisationId: world.organisationId, role: 'team_lead' },
        { organisationId: world.otherOrganisationId, role: 'team_lead' },
      ],
    });
    const lead = await loginAs(world.test.app, 'two-areas@example.fi', testPassword);
    const unnamed = await put(fourWorkingHours, lead);
    expect(unnamed.statusCode).toBe(400);
    expect(fieldErrors(unnamed)).toEqual(['organisationId:required']);
    expect(fieldErrors(await lead.get('/api/assignment-settings'))).toEqual(['organisationId:required']);
    const named = await put({ ...fourWorkingHours, amount: 6, organisationId: world.otherOrganisationId }, lead);
    expect(named.json()).toMatchObject({ organisationId: world.otherOrganisationId, amount: 6 });
  });
});
