import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, testPassword } from '../test-support/builders.js';
import { createTestApp, loginAs, type TestApp } from '../test-support/test-app.js';
import { testEngines } from '../test-support/test-database.js';
import { verifyAuditChain } from '../audit/audit.service.js';
import { currentTotp, generateTotpSecret } from './totp.js';

describe.each(testEngines)('authentication on %s', (engine) => {
  let test: TestApp;
  let organisationId: string;

  beforeAll(async () => {
    test = await createTestApp(engine);
    const organisation = await createOrganisation(test.deps.db);
    organisationId = organisation.id;
    await createUser(test.deps.db, { email: 'coach@example.fi', roles: [{ organisationId, role: 'coach' }] });
    await createUser(test.deps.db, { email: 'lockme@example.fi', roles: [{ organisationId, role: 'coach' }] });
    await createUser(test.deps.db, { email: 'admin@example.fi', roles: [{ organisationId, role: 'admin' }] });
  });
  afterAll(() => test.close());

  it('logs in with a correct password and returns an active session with a CSRF token', async () => {
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'coach@example.fi', password: testPassword },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ stage: 'active', user: { email: 'coach@example.fi' } });
    const cookie = response.cookies.find((candidate) => candidate.name === 'polku_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(Buffer.from(cookie.value, 'base64url').length).toBe(16);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('refuses a wrong password with 401 and a translated message', async () => {
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { email: 'coach@example.fi', password: 'wrong-password-123' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: { code: 'unauthenticated', message: 'Please log in.' } });
  });

  it('answers a malformed login with field-level errors', async () => {
    const response = await test.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'not-an-email' } });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields as { path: string; code: string }[];
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'email', code: 'invalid_email' }),
        expect.objectContaining({ path: 'password', code: 'required' }),
      ]),
    );
  });

  it('locks the account after five failed attempts, even for the right password', async () => {
    for (let attempt = 0; attempt < 4; attempt++) {
      const response = await test.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'lockme@example.fi', password: 'wrong-password-123' },
      });
      expect(response.statusCode).toBe(401);
    }
    const fifth = await test.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'lockme@example.fi', password: 'wrong-password-123' },
    });
    expect(fifth.statusCode).toBe(429);
    const right = await test.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'lockme@example.fi', password: testPassword },
    });
    expect(right.statusCode).toBe(429);
    test.setNow('2026-11-23T09:20:00+02:00');
    const later = await test.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'lockme@example.fi', password: testPassword },
    });
    expect(later.statusCode).toBe(200);
    test.setNow('2026-11-23T09:00:00+02:00');
  });

  it('rejects state-changing requests without the CSRF token', async () => {
    const agent = await loginAs(test.app, 'coach@example.fi', testPassword);
    const login = await test.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'coach@example.fi', password: testPassword },
    });
    const cookie = login.cookies.find((candidate) => candidate.name === 'polku_session')!;
    const withoutToken = await test.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: `polku_session=${cookie.value}` },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect((await agent.post('/api/auth/logout')).statusCode).toBe(200);
  });

  it('ends the session at logout on the server side', async () => {
    const agent = await loginAs(test.app, 'coach@example.fi', testPassword);
    expect((await agent.get('/api/auth/session')).statusCode).toBe(200);
    await agent.post('/api/auth/logout');
    expect((await agent.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('expires a session after 30 minutes of inactivity and after 12 hours in any case', async () => {
    const agent = await loginAs(test.app, 'coach@example.fi', testPassword);
    test.setNow('2026-11-23T09:29:00+02:00');
    expect((await agent.get('/api/auth/session')).statusCode).toBe(200);
    test.setNow('2026-11-23T10:00:00+02:00');
    expect((await agent.get('/api/auth/session')).statusCode).toBe(401);

    test.setNow('2026-11-23T09:00:00+02:00');
    const busy = await loginAs(test.app, 'coach@example.fi', testPassword);
    for (let minutes = 25; minutes <= 12 * 60; minutes += 25) {
      test.setNow(new Date(new Date('2026-11-23T09:00:00+02:00').getTime() + minutes * 60_000).toISOString());
      const status = (await busy.get('/api/auth/session')).statusCode;
      if (minutes < 12 * 60) expect(status).toBe(200);
    }
    test.setNow('2026-11-23T21:01:00+02:00');
    expect((await busy.get('/api/auth/session')).statusCode).toBe(401);
    test.setNow('2026-11-23T09:00:00+02:00');
  });

  it('requires an admin to enrol a TOTP second factor before doing anything else', async () => {
    const agent = await loginAs(test.app, 'admin@example.fi', testPassword);
    expect((await agent.get('/api/auth/session')).json().stage).toBe('totp_setup');
    expect((await agent.get('/api/programmes')).statusCode).toBe(401);
    const setup = (await agent.post('/api/auth/totp/setup')).json() as { secret: string };
    expect(
      (await agent.post('/api/auth/totp/enable', { code: '000000' === currentTotp(setup.secret) ? '111111' : '000000' })).statusCode,
    ).toBe(400);
    const enabled = await agent.post('/api/auth/totp/enable', { code: currentTotp(setup.secret) });
    expect(enabled.statusCode).toBe(200);
    expect(enabled.json().stage).toBe('active');

    const next = await loginAs(test.app, 'admin@example.fi', testPassword);
    expect((await next.get('/api/auth/session')).json().stage).toBe('totp');
    expect((await next.post('/api/auth/totp', { code: currentTotp(setup.secret) })).statusCode).toBe(200);
    expect((await next.get('/api/auth/session')).json().stage).toBe('active');
  });

  it('accepts a TOTP code only for the enrolled secret', async () => {
    const secret = generateTotpSecret();
    await createUser(test.deps.db, {
      email: 'totp@example.fi',
      roles: [{ organisationId, role: 'coach' }],
      totpSecret: test.deps.cipher.encrypt(secret),
      totpEnabled: true,
    });
    const agent = await loginAs(test.app, 'totp@example.fi', testPassword);
    expect((await agent.post('/api/auth/totp', { code: currentTotp(generateTotpSecret()) })).statusCode).toBe(400);
    expect((await agent.post('/api/auth/totp', { code: currentTotp(secret) })).statusCode).toBe(200);
  });

  it('changes the password only with the current one and a strong new one, ending other sessions', async () => {
    await createUser(test.deps.db, { email: 'changer@example.fi', roles: [{ organisationId, role: 'coach' }] });
    const other = await loginAs(test.app, 'changer@example.fi', testPassword);
    const agent = await loginAs(test.app, 'changer@example.fi', testPassword);
    const wrong = await agent.post('/api/auth/password', { currentPassword: 'nope-nope-nope', newPassword: 'Uusi-vahva-salasana-77' });
    expect(wrong.json().error.fields).toEqual([expect.objectContaining({ path: 'currentPassword', code: 'password_wrong' })]);
    const short = await agent.post('/api/auth/password', { currentPassword: testPassword, newPassword: 'lyhyt' });
    expect(short.json().error.fields).toEqual([expect.objectContaining({ path: 'newPassword', code: 'password_too_short' })]);
    const common = await agent.post('/api/auth/password', { currentPassword: testPassword, newPassword: 'qwerty123456' });
    expect(common.json().error.fields).toEqual([expect.objectContaining({ path: 'newPassword', code: 'password_common' })]);
    expect(
      (await agent.post('/api/auth/password', { currentPassword: testPassword, newPassword: 'Uusi-vahva-salasana-77' })).statusCode,
    ).toBe(200);
    expect((await agent.get('/api/auth/session')).statusCode).toBe(200);
    expect((await other.get('/api/auth/session')).statusCode).toBe(401);
    await expect(loginAs(test.app, 'changer@example.fi', 'Uusi-vahva-salasana-77')).resolves.toBeDefined();
  });

  it('limits login attempts per address before any account is locked', async () => {
    const limited = await createTestApp(engine, { POLKU_LOGIN_ATTEMPTS_PER_MINUTE: '3' });
    try {
      const attempt = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'nobody@example.fi', password: 'whatever-123456' },
        });
      const statuses = [];
      for (let index = 0; index < 4; index++) statuses.push((await attempt()).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });

  it('audits logins in an intact hash chain', async () => {
    const result = await verifyAuditChain(test.deps.db);
    expect(result.entries).toBeGreaterThan(5);
    expect(result.problems).toEqual([]);
  });
});
