import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportCoach } from '../../../contract/reports.js';
import { createUser } from '../../test-support/builders.js';
import { fieldErrors } from '../../test-support/case-work-test-world.js';
import type { UserAgent } from '../../test-support/test-app.js';
import { testEngines } from '../../test-support/test-database.js';
import { createReportWorld, type ReportWorld } from './reports-test-world.js';

const searchUrl = (search: string, extra: Record<string, string> = {}) =>
  `/api/reports/coaches?${new URLSearchParams({ search, ...extra }).toString()}`;

async function found(agent: UserAgent, search: string, extra: Record<string, string> = {}): Promise<string[]> {
  const response = await agent.get(searchUrl(search, extra));
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as ReportCoach[]).map((coach) => coach.name);
}

/**
 * The coach filter of the dashboard searches the coaches and team leads of the organisations the
 * user reports on (the world's Oulu: lead, coachA, coachB; Lappi: foreignLead, foreignCoach).
 */
describe.each(testEngines)('coach search of the report filters on %s', (engine) => {
  let world: ReportWorld;
  let both: string;
  beforeAll(async () => {
    world = await createReportWorld(engine);
    await createUser(world.db, {
      email: 'essi@reports.example.fi',
      name: 'Essi Järvinen',
      roles: [{ organisationId: world.organisationId, role: 'coach', teamId: world.teamOneId }],
    });
    // Coaches in both organisations.
    both = (
      await createUser(world.db, {
        email: 'kaksi@reports.example.fi',
        name: 'Kaisa Kahden Alueen',
        roles: [
          { organisationId: world.organisationId, role: 'coach' },
          { organisationId: world.otherOrganisationId, role: 'team_lead' },
        ],
      })
    ).id;
    for (let index = 25; index >= 1; index--) {
      await createUser(world.db, {
        email: `raja${index}@reports.example.fi`,
        name: `Raja Valmentaja ${String(index).padStart(2, '0')}`,
        roles: [{ organisationId: world.organisationId, role: 'coach' }],
      });
    }
  });
  afterAll(() => world?.close());

  it('finds coaches and team leads by any part of their name, each word typed, in any case, ordered by name', async () => {
    expect(await found(world.agents.lead, 'coach')).toEqual(['coachA', 'coachB']);
    expect(await found(world.agents.lead, 'LEAD')).toEqual(['lead']);
    expect(await found(world.agents.lead, 'oach b')).toEqual(['coachB']);
    expect(await found(world.agents.lead, 'järvinen ESSI')).toEqual(['Essi Järvinen']);
    expect(await found(world.agents.lead, 'rvine')).toEqual(['Essi Järvinen']);
    expect(await found(world.agents.lead, 'JÄRVI')).toEqual(['Essi Järvinen']);
    // Only coaching roles: the analyst and the coordinator are no coaches.
    expect(await found(world.agents.lead, 'analyst')).toEqual([]);
    expect(await found(world.agents.lead, 'coordinator')).toEqual([]);
    // Wildcards are taken as they are.
    expect(await found(world.agents.lead, '%')).toEqual([]);
    expect(await found(world.agents.lead, 'coach_')).toEqual([]);
  });

  it('never answers a coach of an organisation the user does not report on', async () => {
    const lead = (await world.agents.lead.get(searchUrl('a'))).json().items as ReportCoach[];
    expect(lead.some((coach) => coach.name.startsWith('foreign'))).toBe(false);
    expect(await found(world.agents.foreignLead, 'coach')).toEqual(['foreignCoach']);
    // A coach of both organisations is named with only the organisations in reach.
    const [fromOulu] = (await world.agents.lead.get(searchUrl('kahden'))).json().items as ReportCoach[];
    expect(fromOulu).toEqual({ id: both, name: 'Kaisa Kahden Alueen', organisationIds: [world.organisationId] });
    const [fromLappi] = (await world.agents.foreignLead.get(searchUrl('kahden'))).json().items as ReportCoach[];
    expect(fromLappi!.organisationIds).toEqual([world.otherOrganisationId]);
    // One organisation named: its coaches; another organisation's is refused like its figures.
    const inLappi = await found(world.agents.foreignLead, 'a', { organisationId: world.otherOrganisationId });
    expect(inLappi.sort()).toEqual(['Kaisa Kahden Alueen', 'foreignCoach', 'foreignLead']);
    expect((await world.agents.lead.get(searchUrl('coach', { organisationId: world.otherOrganisationId }))).statusCode).toBe(403);
  });

  it('answers the analyst and the admin, who report on the organisation, and refuses coaches and coordinators', async () => {
    expect(await found(world.agents.analyst, 'coach')).toEqual(['coachA', 'coachB']);
    expect(await found(world.agents.admin, 'coach', { organisationId: world.organisationId })).toEqual(['coachA', 'coachB']);
    for (const actor of ['coachA', 'coordinator'] as const) {
      expect((await world.agents[actor].get(searchUrl('coach'))).statusCode, actor).toBe(403);
      expect((await world.agents[actor].get(`/api/reports/coaches/${world.users.coachA}`)).statusCode, actor).toBe(403);
    }
  });

  it('answers at most 20 coaches, the first by name', async () => {
    const names = await found(world.agents.lead, 'raja valmentaja');
    expect(names).toEqual(Array.from({ length: 20 }, (_, index) => `Raja Valmentaja ${String(index + 1).padStart(2, '0')}`));
  });

  it('answers the coach a filter names, and 404 for anyone else', async () => {
    const response = await world.agents.analyst.get(`/api/reports/coaches/${world.users.coachB}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ id: world.users.coachB, name: 'coachB', organisationIds: [world.organisationId] });
    expect((await world.agents.lead.get(`/api/reports/coaches/${both}`)).json().organisationIds).toEqual([world.organisationId]);
    // Another organisation's coach, staff who coach nobody, and nobody at all look the same.
    for (const id of [world.users.foreignCoach, world.users.analyst, world.users.coordinator, randomUUID()]) {
      expect((await world.agents.lead.get(`/api/reports/coaches/${id}`)).statusCode).toBe(404);
    }
    expect((await world.agents.foreignLead.get(`/api/reports/coaches/${world.users.coachA}`)).statusCode).toBe(404);
  });

  it('refuses bad parameters field by field', async () => {
    expect(fieldErrors(await world.agents.lead.get('/api/reports/coaches'))).toEqual(['search:required']);
    expect(fieldErrors(await world.agents.lead.get(searchUrl('   ')))).toEqual(['search:required']);
    expect(fieldErrors(await world.agents.lead.get(searchUrl('a'.repeat(101))))).toEqual(['search:too_long']);
    expect(fieldErrors(await world.agents.lead.get(searchUrl('coach', { organisationId: 'oulu' })))).toEqual(['organisationId:invalid']);
    const badId = await world.agents.lead.get('/api/reports/coaches/not-an-id');
    expect(badId.statusCode).toBe(400);
    expect(fieldErrors(badId)).toEqual(['id:invalid']);
  });

  it('no longer lists every coach in the filter options', async () => {
    const options = await world.agents.lead.get('/api/reports/options');
    expect(options.statusCode).toBe(200);
    expect(options.json()).not.toHaveProperty('coaches');
    expect(options.json().teams.length).toBeGreaterThan(0);
  });

  it('offers the municipalities the organisation has clients in, and no other', async () => {
    const codes = async (agent: UserAgent) =>
      ((await agent.get('/api/reports/options')).json().municipalities as { code: string }[]).map((municipality) => municipality.code);
    // Kempele and Oulu, in the order of their Finnish names; Lappi's Rovaniemi only for Lappi.
    expect(await codes(world.agents.lead)).toEqual(['244', '564']);
    expect(await codes(world.agents.foreignLead)).toEqual(['698']);
  });
});
