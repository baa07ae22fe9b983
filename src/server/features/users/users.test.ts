import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../test-support/builders.js';
import { loginAs, type UserAgent } from '../../test-support/test-app.js';
import { testEngines } from '../../test-support/test-database.js';
import {
  createCaseWorkWorld,
  expectMatrix,
  fieldErrors,
  type CaseWorkWorld,
  type EndpointMatrix,
  type MatrixRequest,
} from '../../test-support/case-work-test-world.js';
import { adminOnly, latestAuditEntry } from './administration-test-support.js';

export const usersAuthorizationMatrix: EndpointMatrix = {
  'GET /api/admin/users': adminOnly(200),
  'POST /api/admin/users': adminOnly(201),
  'GET /api/admin/users/:id': adminOnly(200),
  'PUT /api/admin/users/:id': adminOnly(200),
  'POST /api/admin/users/:id/disable': adminOnly(200),
  'POST /api/admin/users/:id/enable': adminOnly(200),
  'POST /api/admin/users/:id/end-sessions': adminOnly(200),
  'POST /api/admin/users/:id/reset-totp': adminOnly(200),
  'GET /api/users': {
    assigned: 200,
    colleague: 200,
    coordinator: 200,
    lead: 200,
    admin: 200,
    analyst: 403,
    partner: 403,
    foreign: 200,
  },
};

const newPassword = 'Pohjoisen-revontulet-2026';

describe.each(testEngines)('user administration on %s', (engine) => {
  let world: CaseWorkWorld;
  let admin: UserAgent;
  let teamId: string;
  let counter = 0;
  const uniqueEmail = () => `user${++counter}@oulu.fi`;
  const coachIn = (organisationId: string, extra: object = {}) => ({ organisationId, role: 'coach', ...extra });
  const newUser = (overrides: object = {}) => ({
    email: uniqueEmail(),
    name: 'Maija Meikäläinen',
    password: newPassword,
    memberships: [coachIn(world.organisationId)],
    ...overrides,
  });
  const createdUser = async (overrides: object = {}) => {
    const response = await admin.post('/api/admin/users', newUser(overrides));
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; email: string };
  };

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
    admin = world.agents.admin;
    teamId = (await admin.get('/api/admin/organisations')).json().items[0].teams[0].id;
  });
  afterAll(() => world.close());

  it('lets only admins manage users, and staff of client work list their colleagues', async () => {
    const freshUser = async () =>
      (await createUser(world.db, { email: uniqueEmail(), roles: [{ organisationId: world.organisationId, role: 'coach' }] })).id;
    const change = (path: string) => async (): Promise<MatrixRequest> => ({
      method: 'POST',
      url: `/api/admin/users/${await freshUser()}/${path}`,
    });
    await expectMatrix(world, usersAuthorizationMatrix, {
      'GET /api/admin/users': async () => ({ method: 'GET', url: '/api/admin/users' }),
      'POST /api/admin/users': async () => ({ method: 'POST', url: '/api/admin/users', body: newUser() }),
      'GET /api/admin/users/:id': async () => ({ method: 'GET', url: `/api/admin/users/${world.users.colleague}` }),
      'PUT /api/admin/users/:id': async () => ({
        method: 'PUT',
        url: `/api/admin/users/${await freshUser()}`,
        body: { name: 'Uusi Nimi', memberships: [coachIn(world.organisationId)] },
      }),
      'POST /api/admin/users/:id/disable': change('disable'),
      'POST /api/admin/users/:id/enable': change('enable'),
      'POST /api/admin/users/:id/end-sessions': change('end-sessions'),
      'POST /api/admin/users/:id/reset-totp': change('reset-totp'),
      'GET /api/users': async () => ({ method: 'GET', url: '/api/users?role=coach' }),
    });
  });

  it('creates a user who can log in with the given password, and audits it without client ids', async () => {
    const response = await admin.post(
      '/api/admin/users',
      newUser({ email: ' Maija.Meikalainen@Oulu.FI ', memberships: [coachIn(world.organisationId, { teamId })] }),
    );
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      email: 'maija.meikalainen@oulu.fi',
      name: 'Maija Meikäläinen',
      disabledAt: null,
      totpEnabled: false,
      activeSessions: 0,
      memberships: [{ organisationId: world.organisationId, role: 'coach', teamId, teamName: 'Oulun työllisyysalue tiimi' }],
    });
    expect(JSON.stringify(created)).not.toContain(newPassword);
    expect(await latestAuditEntry(world.db)).toMatchObject({
      action: 'user.create',
      actorUserId: admin.userId,
      organisationId: world.organisationId,
      clientIds: [],
    });
    await expect(loginAs(world.test.app, 'maija.meikalainen@oulu.fi', newPassword)).resolves.toMatchObject({ userId: created.id });
  });

  it('refuses a second user with the same e-mail, in any letter case, with 409', async () => {
    const existing = await createdUser();
    const response = await admin.post('/api/admin/users', newUser({ email: existing.email.toUpperCase() }));
    expect({ status: response.statusCode, fields: fieldErrors(response) }).toEqual({ status: 409, fields: ['email:already_exists'] });
  });

  it('answers bad passwords and memberships with field errors and creates nobody', async () => {
    const before = (await admin.get('/api/admin/users')).json().total;
    const cases: [object, string[]][] = [
      [{ password: 'lyhyt' }, ['password:password_too_short']],
      [{ password: 'qwerty123456' }, ['password:password_common']],
      [{ email: 'not-an-email' }, ['email:invalid_email']],
      [{ memberships: [] }, ['memberships:too_small']],
      [{ memberships: [coachIn(world.otherOrganisationId)] }, ['memberships.0.organisationId:unknown_organisation']],
      [
        { memberships: [coachIn(world.organisationId, { teamId: '00000000-0000-4000-8000-000000000000' })] },
        ['memberships.0.teamId:unknown_team'],
      ],
      [{ memberships: [coachIn(world.organisationId), coachIn(world.organisationId)] }, ['memberships.1.role:already_exists']],
      [{ memberships: [{ organisationId: world.organisationId, role: 'superuser' }] }, ['memberships.0.role:invalid_option']],
    ];
    for (const [overrides, expected] of cases) {
      const response = await admin.post('/api/admin/users', newUser(overrides));
      expect({ status: response.statusCode, fields: fieldErrors(response) }).toEqual({ status: 400, fields: expected });
    }
    expect((await admin.get('/api/admin/users')).json().total).toBe(before);
  });

  it('lists, searches and filters only the users whose every membership is in an administered organisation', async () => {
    const shared = await createUser(world.db, {
      email: 'shared@example.fi',
      name: 'Jaettu Työntekijä',
      roles: [
        { organisationId: world.organisationId, role: 'coach' },
        { organisationId: world.otherOrganisationId, role: 'coach' },
      ],
    });
    const lead = await createdUser({
      name: 'Liisa Esihenkilö',
      memberships: [{ organisationId: world.organisationId, role: 'team_lead', teamId }],
    });
    const all = (await admin.get('/api/admin/users?pageSize=200')).json();
    const ids = all.items.map((user: { id: string }) => user.id);
    expect(ids).toEqual(expect.arrayContaining([world.users.colleague, world.users.admin, lead.id]));
    expect(ids).not.toContain(shared.id);
    expect(ids).not.toContain(world.users.foreign);
    expect(all.total).toBe(ids.length);

    const searched = (await admin.get('/api/admin/users?search=esihenk')).json();
    expect(searched.items.map((user: { id: string }) => user.id)).toEqual([lead.id]);
    const leads = (await admin.get(`/api/admin/users?role=team_lead&organisationId=${world.organisationId}`)).json();
    expect(leads.items.map((user: { id: string }) => user.id)).toEqual(expect.arrayContaining([world.users.lead, lead.id]));
    expect(leads.items.every((user: { memberships: { role: string }[] }) => user.memberships.some((m) => m.role === 'team_lead'))).toBe(
      true,
    );
    const firstPage = (await admin.get('/api/admin/users?page=1&pageSize=2')).json();
    const secondPage = (await admin.get('/api/admin/users?page=2&pageSize=2')).json();
    expect(firstPage).toMatchObject({ page: 1, pageSize: 2, total: all.total });
    expect(firstPage.items).toHaveLength(2);
    expect(secondPage.items[0].id).not.toBe(firstPage.items[1].id);
    expect((await admin.get('/api/admin/users?disabled=maybe')).statusCode).toBe(400);
  });

  it('answers 404 for users of other organisations, users shared with one, and unknown ids', async () => {
    const shared = await createUser(world.db, {
      email: 'shared.too@example.fi',
      roles: [
        { organisationId: world.organisationId, role: 'coach' },
        { organisationId: world.otherOrganisationId, role: 'admin' },
      ],
    });
    for (const userId of [world.users.foreign, shared.id, '00000000-0000-4000-8000-000000000000']) {
      expect((await admin.get(`/api/admin/users/${userId}`)).statusCode).toBe(404);
      expect(
        (await admin.put(`/api/admin/users/${userId}`, { name: 'Kaapattu', memberships: [coachIn(world.organisationId)] })).statusCode,
      ).toBe(404);
      for (const path of ['disable', 'enable', 'end-sessions', 'reset-totp']) {
        expect((await admin.post(`/api/admin/users/${userId}/${path}`)).statusCode).toBe(404);
      }
    }
  });

  it("changes a user's name and memberships, effective on their next request", async () => {
    const user = await createdUser();
    const agent = await loginAs(world.test.app, user.email, newPassword);
    const response = await admin.put(`/api/admin/users/${user.id}`, {
      name: 'Maija Virtanen',
      memberships: [coachIn(world.organisationId, { teamId }), { organisationId: world.organisationId, role: 'team_lead' }],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Maija Virtanen', activeSessions: 1 });
    const roles = (await agent.get('/api/auth/session'))
      .json()
      .memberships.map((membership: { role: string; teamId: string | null }) => [membership.role, membership.teamId]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ['coach', teamId],
        ['team_lead', null],
      ]),
    );
    expect(await latestAuditEntry(world.db)).toMatchObject({ action: 'user.update', clientIds: [] });
    const moved = await admin.put(`/api/admin/users/${user.id}`, {
      name: 'Maija Virtanen',
      memberships: [coachIn(world.otherOrganisationId)],
    });
    expect(fieldErrors(moved)).toEqual(['memberships.0.organisationId:unknown_organisation']);
  });

  it('disables a user, ending their sessions at once and refusing logins until enabled again', async () => {
    const user = await createdUser();
    const agent = await loginAs(world.test.app, user.email, newPassword);
    const disabled = await admin.post(`/api/admin/users/${user.id}/disable`);
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ disabledAt: expect.any(String), activeSessions: 0 });
    expect((await agent.get('/api/auth/session')).statusCode).toBe(401);
    await expect(loginAs(world.test.app, user.email, newPassword)).rejects.toThrow(/401/);
    const listed = (await admin.get('/api/admin/users?disabled=true')).json().items.map((item: { id: string }) => item.id);
    expect(listed).toContain(user.id);
    expect((await admin.post(`/api/admin/users/${user.id}/enable`)).json().disabledAt).toBeNull();
    await expect(loginAs(world.test.app, user.email, newPassword)).resolves.toBeDefined();
    expect(await latestAuditEntry(world.db)).toMatchObject({ action: 'auth.login', actorUserId: user.id });
  });

  it('does not let an admin disable themself', async () => {
    const response = await admin.post(`/api/admin/users/${admin.userId}/disable`);
    expect(response.statusCode).toBe(409);
    expect((await admin.get('/api/admin/users?disabled=false&pageSize=200')).json().items.map((item: { id: string }) => item.id)).toContain(
      admin.userId,
    );
  });

  it("ends a user's sessions without disabling them, and resets their second factor", async () => {
    const user = await createdUser();
    const agent = await loginAs(world.test.app, user.email, newPassword);
    expect((await admin.get(`/api/admin/users/${user.id}`)).json().activeSessions).toBe(1);
    const ended = await admin.post(`/api/admin/users/${user.id}/end-sessions`);
    expect(ended.json()).toMatchObject({ activeSessions: 0, disabledAt: null });
    expect((await agent.get('/api/auth/session')).statusCode).toBe(401);
    expect(await latestAuditEntry(world.db)).toMatchObject({ action: 'user.sessions.end', clientIds: [] });

    const again = await loginAs(world.test.app, user.email, newPassword);
    const reset = await admin.post(`/api/admin/users/${user.id}/reset-totp`);
    expect(reset.json()).toMatchObject({ totpEnabled: false, activeSessions: 0 });
    expect((await again.get('/api/auth/session')).statusCode).toBe(401);
  });

  it("lists the staff of the user's own organisations for coach pickers, without disabled users", async () => {
    const teamCoach = await createdUser({ name: 'Aaro Tiimivalmentaja', memberships: [coachIn(world.organisationId, { teamId })] });
    const gone = await createdUser({ name: 'Poistunut Valmentaja' });
    await admin.post(`/api/admin/users/${gone.id}/disable`);
    const response = await world.agents.colleague.get('/api/users?role=coach');
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { id: string; name: string; roles: string[]; team: { id: string; name: string } | null }[];
    expect(items.find((item) => item.id === teamCoach.id)).toEqual({
      id: teamCoach.id,
      name: 'Aaro Tiimivalmentaja',
      roles: ['coach'],
      team: { id: teamId, name: 'Oulun työllisyysalue tiimi' },
    });
    const ids = items.map((item) => item.id);
    expect(ids).toContain(world.users.assigned);
    expect(ids).not.toContain(gone.id);
    expect(ids).not.toContain(world.users.foreign);
    expect(ids).not.toContain(world.users.lead);
    expect(items.every((item) => item.roles.includes('coach'))).toBe(true);
    const everyone = (await world.agents.colleague.get('/api/users')).json().items.map((item: { id: string }) => item.id);
    expect(everyone).toEqual(expect.arrayContaining([world.users.lead, world.users.admin]));
    expect(Object.keys(response.json().items[0]).sort()).toEqual(['id', 'name', 'roles', 'team']);
  });
});
