import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const e2ePort = Number(process.env.E2E_PORT ?? 3999);
export const e2eBaseUrl = `http://127.0.0.1:${e2ePort}`;
/** The fixed clock of the end-to-end run; the demo data is generated relative to it. */
export const e2eNow = '2026-11-23T09:00:00+02:00';

/** Starts the real server (built web app, embedded database with demo data, fixture endpoints on). */
export async function startServer(): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'polku-e2e-'));
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(e2ePort),
      HOST: '127.0.0.1',
      POLKU_DATA_DIR: dataDir,
      POLKU_DEV_ENDPOINTS: 'true',
      POLKU_FIXED_NOW: e2eNow,
      POLKU_LOGIN_ATTEMPTS_PER_MINUTE: '1000',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${e2eBaseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('server did not start in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
