import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import type { AppDependencies } from '../app-dependencies.js';
import { readConfig } from '../config.js';
import { generateSecretKey } from '../crypto/field-encryption.js';
import { createDependencies } from '../start-up.js';
import { openTestDatabase, type Engine } from './test-database.js';

export type TestApp = {
  app: FastifyInstance;
  deps: AppDependencies;
  /** Moves the app's clock; every test app starts on a fixed date. */
  setNow: (iso: string) => void;
  close: () => Promise<void>;
};

export const defaultTestNow = '2026-11-23T09:00:00+02:00';

/**
 * A freshly migrated database and the app on it. `reportsReplica` (PostgreSQL only): the dashboards
 * and reports read through a read-replica connection to the same database, named `polku-reports`.
 */
export async function createTestApp(
  engine: Engine,
  environment: Record<string, string> = {},
  options: { reportsReplica?: boolean } = {},
): Promise<TestApp> {
  const handle = await openTestDatabase(engine);
  const replica: Record<string, string> = {};
  if (options.reportsReplica && handle.databaseUrl) {
    const replicaUrl = new URL(handle.databaseUrl);
    replicaUrl.searchParams.set('application_name', 'polku-reports');
    Object.assign(replica, { DATABASE_URL: handle.databaseUrl, POLKU_REPORTS_DATABASE_URL: replicaUrl.toString() });
  }
  const config = readConfig({
    POLKU_DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    POLKU_LOGIN_ATTEMPTS_PER_MINUTE: '10000',
    // Tests that change data between two reads of a figure expect the second read to see it; the figure store's own tests turn it on.
    POLKU_REPORT_FIGURE_MAX_AGE_MINUTES: '0',
    ...replica,
    ...environment,
  });
  const deps = await createDependencies(config, { handle, secretKey: generateSecretKey() });
  let now = new Date(defaultTestNow);
  deps.now = () => new Date(now);
  const app = await buildApp(deps, { logger: false });
  await app.ready();
  return {
    app,
    deps,
    setNow: (iso) => {
      now = new Date(iso);
    },
    close: async () => {
      await app.close();
      await deps.close();
    },
  };
}

/** A logged-in user's way to call the API: cookie and CSRF token attached. */
export type UserAgent = {
  userId: string;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  put: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  delete: (url: string) => Promise<LightMyRequestResponse>;
};

export async function loginAs(app: FastifyInstance, email: string, password: string): Promise<UserAgent> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login failed for ${email}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((candidate) => candidate.name === 'polku_session')!;
  const session = response.json() as { csrfToken: string; user: { id: string } };
  const headers = { cookie: `polku_session=${cookie.value}`, 'x-csrf-token': session.csrfToken };
  const send = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE') => (url: string, body?: unknown) =>
    app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body as object }) });
  return { userId: session.user.id, get: send('GET'), post: send('POST'), put: send('PUT'), patch: send('PATCH'), delete: send('DELETE') };
}
