import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caseload, TeamCaseload, TeamCoachList } from '../../../contract/caseload.js';
import { testPassword } from '../../test-support/builders.js';
import { defaultTestNow, loginAs, type UserAgent } from '../../test-support/test-app.js';
import { testEngines } from '../../test-support/test-database.js';
import {
  auditTrail,
  createCaseWorkWorld,
  expectMatrix,
  fieldErrors,
  insertClient,
  type CaseWorkWorld,
  type EndpointMatrix,
} from '../../test-support/case-work-test-world.js';
import { enrolmentRequest, insertProgramme } from '../enrolments/enrolment-fixtures.js';

const noCaseload = { admin: 403, analyst: 403, partner: 403 } as const;
export const caseloadAuthorizationMatrix: EndpointMatrix = {
  'GET /api/caseload': { assigned: 200, colleague: 200, lead: 200, coordinator: 200, ...noCaseload, foreign: 200 },
  'GET /api/caseload/team': { assigned: 403, colleague: 403, lead: 200, coordinator: 403, ...noCaseload, foreign: 403 },
  'GET /api/caseload/team/coaches': { assigned: 403, colleague: 403, lead: 200, coordinator: 403, ...noCaseload, foreign: 403 },
};

describe.each(testEngines)('caseload on %s', (engine) => {
  let world: CaseWorkWorld;
  let coach: UserAgent;
  let lead: UserAgent;
  let interpreterProgramme: string;
  const clients = {} as Record<'anni' | 'bertta' | 'cecilia' | 'daniel' | 'eemeli' | 'frans', string>;

  const names = (caseload: Caseload) => caseload.items.map((row) => row.firstName);
  const caseloadOf = async (agent: UserAgent, query = ''): Promise<Caseload> => {
    const response = await agent.get(`/api/caseload${query}`);
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  /** The team lead opens each enrolment, naming the coach, as a lead may. */
  async function enrol(firstName: keyof typeof clients, responsible: string, body: object) {
    clients[firstName] = await insertClient(world.db, world.organisationId, responsible, firstName[0]!.toUpperCase() + firstName.slice(1));
    const response = await lead.post(`/api/clients/${clients[firstName]}/enrolments`, body);
    expect(response.statusCode).toBe(201);
    return response.json().id as string;
  }

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
    coach = world.agents.colleague;
    lead = world.agents.lead;
    const ips = await insertProgramme(world.db, world.organisationId);
    interpreterProgramme = await insertProgramme(world.db, world.organisationId, {
      modelKey: 'working_life_interpreter',
      name: 'Työelämätulkki',
    });
    const { colleague: coachId, assigned: otherCoachId } = world.users;
    await enrol('anni', coachId, enrolmentRequest(ips, { coachId, startDate: '2026-11-02' }));
    await enrol('bertta', coachId, enrolmentRequest(ips, { coachId, startDate: '2026-10-01' }));
    await enrol('cecilia', coachId, enrolmentRequest(interpreterProgramme, { coachId, startDate: '2026-10-25' }));
    const ended = await enrol('daniel', otherCoachId, enrolmentRequest(ips, { coachId, startDate: '2026-01-05' }));
    expect((await lead.post(`/api/enrolments/${ended}/end`, { endDate: '2026-05-10', outcome: 'work' })).statusCode).toBe(200);
    await enrol('eemeli', otherCoachId, enrolmentRequest(ips, { coachId: otherCoachId, coCoachId: coachId, startDate: '2026-11-02' }));
    await enrol('frans', otherCoachId, enrolmentRequest(ips, { coachId: otherCoachId, startDate: '2026-11-02' }));
  });
  afterAll(() => world.close());

  it('shows a coach their own clients with phase, due dates, statuses and follow-ups, most urgent first', async () => {
    const caseload = await caseloadOf(coach);
    expect(names(caseload)).toEqual(['Bertta', 'Cecilia', 'Anni', 'Eemeli', 'Daniel']);
    expect(caseload.summary).toEqual({ clients: 5, overdue: 1, dueSoon: 1, followUpsDue: 2 });
    const [bertta, cecilia, anni, , daniel] = caseload.items;
    expect(bertta).toMatchObject({
      nextMeetingDueOn: '2026-10-31',
      meetingStatus: 'overdue',
      firstEmployerContactDueOn: '2026-10-31',
      firstEmployerContactStatus: 'overdue',
      daysInPhase: 53,
    });
    expect(cecilia).toMatchObject({
      programmeName: 'Työelämätulkki',
      currentPhase: 'mapping',
      currentPhaseName: 'Tutustuminen ja kartoitus',
      meetingStatus: 'due_soon',
      meetingReason: 'Yhteydenpito vähintään kuukausittain',
      firstEmployerContactDueOn: null,
    });
    expect(anni).toMatchObject({ currentPhase: 'entry', daysInPhase: 21, meetingStatus: 'ok', coachName: 'colleague', followUpsDue: 0 });
    expect(daniel).toMatchObject({ enrolmentId: null, currentPhase: null, meetingStatus: null, followUpsDue: 2 });
  });

  it('filters, sorts and pages on the server', async () => {
    expect(names(await caseloadOf(coach, '?status=overdue'))).toEqual(['Bertta']);
    expect(names(await caseloadOf(coach, '?status=due_soon'))).toEqual(['Cecilia']);
    expect(names(await caseloadOf(coach, '?followUpsDue=true'))).toEqual(['Daniel']);
    expect(names(await caseloadOf(coach, `?programmeId=${interpreterProgramme}`))).toEqual(['Cecilia']);
    expect(names(await caseloadOf(coach, '?phase=entry&sort=name'))).toEqual(['Anni', 'Bertta', 'Eemeli']);
    expect(names(await caseloadOf(coach, '?search=ber'))).toEqual(['Bertta']);
    expect(names(await caseloadOf(coach, '?sort=daysInPhase&direction=desc'))).toEqual(['Bertta', 'Cecilia', 'Anni', 'Eemeli', 'Daniel']);
    expect(names(await caseloadOf(coach, '?sort=name&direction=desc'))).toEqual(['Eemeli', 'Daniel', 'Cecilia', 'Bertta', 'Anni']);
    const secondPage = await caseloadOf(coach, '?sort=name&page=2&pageSize=2');
    expect(secondPage).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(names(secondPage)).toEqual(['Cecilia', 'Daniel']);
    const filtered = await caseloadOf(coach, '?status=overdue');
    expect(filtered).toMatchObject({ total: 1, summary: { clients: 5 } });
    const pastTheEnd = await caseloadOf(coach, '?page=9&pageSize=2');
    expect(pastTheEnd).toMatchObject({ items: [], total: 5, summary: { clients: 5, overdue: 1, dueSoon: 1, followUpsDue: 2 } });
    expect(await caseloadOf(coach, '?status=overdue&page=3&pageSize=1')).toMatchObject({ items: [], total: 1, summary: { clients: 5 } });
    expect((await coach.get('/api/caseload?status=late&sort=age')).statusCode).toBe(400);
  });

  it('shows only rows whose client the coach may open, and audits the clients on the page', async () => {
    const before = (await auditTrail(world.db, clients.anni)).length;
    const caseload = await caseloadOf(coach, '?sort=name');
    const entries = (await auditTrail(world.db, clients.anni)).slice(before);
    expect(entries).toEqual([expect.objectContaining({ action: 'caseload.read', outcome: 'success', actorUserId: world.users.colleague })]);
    for (const row of caseload.items) expect((await coach.get(`/api/clients/${row.clientId}/enrolments`)).statusCode).toBe(200);
    expect(names(await caseloadOf(world.agents.assigned, '?sort=name'))).toEqual(expect.arrayContaining(['Daniel', 'Eemeli', 'Frans']));
    expect(names(await caseloadOf(world.agents.assigned))).not.toContain('Anni');
    expect(names(await caseloadOf(world.agents.foreign))).toEqual(['Lauri']);
  });

  it('flags a meeting overdue once the clock moves past its due date', async () => {
    world.test.setNow('2026-12-03T09:00:00+02:00');
    try {
      const movedCoach = await loginAs(world.test.app, 'colleague@example.fi', testPassword);
      const caseload = await caseloadOf(movedCoach, '?status=overdue&sort=name');
      expect(names(caseload)).toEqual(['Anni', 'Bertta', 'Cecilia', 'Eemeli']);
      expect(caseload.summary).toMatchObject({ overdue: 4, dueSoon: 0 });
    } finally {
      world.test.setNow(defaultTestNow);
    }
  });

  it('shows a team lead every client of the organisation and filters by coach', async () => {
    const response = await lead.get('/api/caseload/team?sort=name&pageSize=100');
    expect(response.statusCode).toBe(200);
    const team = response.json() as TeamCaseload;
    expect(names(team)).toEqual(expect.arrayContaining(['Anni', 'Bertta', 'Cecilia', 'Daniel', 'Eemeli', 'Frans', 'Aino']));
    expect(team.total).toBe(7);
    // A page past the end carries no counts: the summary is then counted on its own, and must agree.
    const pastTheEnd = (await lead.get('/api/caseload/team?page=9&pageSize=100')).json() as TeamCaseload;
    expect(pastTheEnd).toMatchObject({ items: [], total: 7, summary: team.summary });
    // Each row names the client's personal coach beside the coach of the enrolment shown.
    const row = (firstName: string) => team.items.find((item) => item.firstName === firstName)!;
    expect(row('Anni')).toMatchObject({ personalCoachName: 'colleague', coachName: 'colleague' });
    expect(row('Eemeli')).toMatchObject({ personalCoachId: world.users.assigned, coachId: world.users.assigned });
    // Daniel's enrolment with the colleague has ended: his personal coach is still there to show.
    expect(row('Daniel')).toMatchObject({ personalCoachId: world.users.assigned, coachId: null, coachName: null });
    const oneCoach = (await lead.get(`/api/caseload/team?coachId=${world.users.colleague}`)).json() as TeamCaseload;
    expect(names(oneCoach)).toEqual(['Bertta', 'Cecilia', 'Anni', 'Eemeli', 'Daniel']);
    expect(oneCoach.summary).toEqual({ clients: 5, overdue: 1, dueSoon: 1, followUpsDue: 2 });
  });

  it('lists the coaches with their loads, searched, sorted and paged', async () => {
    const coaches = async (query: string): Promise<TeamCoachList> => {
      const response = await lead.get(`/api/caseload/team/coaches${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    const everyone = await coaches('?pageSize=100');
    const byId = Object.fromEntries(everyone.items.map((entry) => [entry.coachId, entry]));
    // Running enrolments: the colleague coaches Anni, Bertta and Cecilia (Bertta overdue); the assigned
    // coach Eemeli, Frans and the world's own client.
    expect(byId[world.users.colleague]).toMatchObject({ name: 'colleague', activeClients: 3, overdue: 1 });
    expect(byId[world.users.assigned]).toMatchObject({ name: 'assigned', activeClients: 3, overdue: 0 });
    expect(byId[world.users.lead]).toMatchObject({ activeClients: 0 });
    // Not a coach or team lead of the organisation, and coaching nobody here: not listed.
    expect(byId[world.users.foreign]).toBeUndefined();
    expect(byId[world.users.analyst]).toBeUndefined();
    expect(everyone.items.map((entry) => entry.name)).toEqual([...everyone.items.map((entry) => entry.name)].sort());

    const mostOverdue = await coaches('?sort=overdue&direction=desc&pageSize=1');
    expect(mostOverdue).toMatchObject({ total: everyone.total, page: 1, pageSize: 1, items: [{ coachId: world.users.colleague }] });
    // Equal loads go by name.
    const busiest = await coaches('?sort=activeClients&direction=desc&pageSize=1&page=2');
    expect(busiest.items.map((entry) => entry.coachId)).toEqual([world.users.colleague]);
    expect((await coaches('?sort=activeClients&direction=desc&pageSize=1')).items[0]!.coachId).toBe(world.users.assigned);
    expect((await coaches('?search=COLL%20eag')).items.map((entry) => entry.coachId)).toEqual([world.users.colleague]);
    expect(await coaches('?search=50%25')).toMatchObject({ items: [], total: 0 });
    expect((await coaches(`?coachId=${world.users.assigned}`)).items.map((entry) => entry.name)).toEqual(['assigned']);
    expect((await coaches(`?coachId=${world.users.foreign}`)).items).toEqual([]);

    const refused = await lead.get('/api/caseload/team/coaches?sort=age&direction=up&pageSize=0&coachId=x');
    expect(refused.statusCode).toBe(400);
    expect(fieldErrors(refused).sort()).toEqual([
      'coachId:invalid',
      'direction:invalid_option',
      'pageSize:too_small',
      'sort:invalid_option',
    ]);
  });

  it('grants the caseload endpoints to the roles in the authorization matrix', async () => {
    await expectMatrix(world, caseloadAuthorizationMatrix, {
      'GET /api/caseload': async () => ({ method: 'GET', url: '/api/caseload' }),
      'GET /api/caseload/team': async () => ({ method: 'GET', url: '/api/caseload/team' }),
      'GET /api/caseload/team/coaches': async () => ({ method: 'GET', url: '/api/caseload/team/coaches' }),
    });
  });
});
