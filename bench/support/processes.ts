import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';

/** Starts a TypeScript entry point in its own Node process; resolves once it prints `readyText`. */
export function startProcess(args: string[], env: Record<string, string>, readyText: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(readyText)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`${args[0]} exited with ${code}`)));
  });
}

/** Logs a demo user in on a running server; answers the session cookie header. */
export async function login(baseUrl: string, email: string): Promise<Record<string, string>> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'Polku-demo-2026!' }),
  });
  if (!response.ok) throw new Error(`login ${email}: ${response.status}`);
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('polku_session='))!;
  return { cookie: cookie.split(';')[0]! };
}

/** Runs `work` on one connection to `connectionString` as the connecting role (the databases' owner). */
export async function asOwner<Result>(connectionString: string, work: (client: pg.Client) => Promise<Result>): Promise<Result> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  return asOwner(serverUrl, async (client) => (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1);
}

/**
 * A server builds its matching index when it starts; measuring before that is done measures the
 * build. Asking for one client's matching jobs waits for the index, so afterwards the server is warm.
 */
export async function waitForMatchingIndex(baseUrl: string, headers: Record<string, string>, clientId: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/clients/${clientId}/matches`, { headers });
  if (!response.ok) throw new Error(`matching warm-up: ${response.status}`);
  await response.arrayBuffer();
}
