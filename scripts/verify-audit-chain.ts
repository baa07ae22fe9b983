/**
 * Checks that nobody has edited or removed audit log entries: walks the hash chain of the database
 * the configuration points at (DATABASE_URL or the local PGlite folder). Exit code 1: the chain is
 * broken; 2: the check could not run.
 * Usage: npm run audit:verify
 */
import path from 'node:path';
import { verifyAuditChain } from '../src/server/audit/audit.service.js';
import { ConfigError, readConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/engine.js';

async function main(): Promise<number> {
  const config = readConfig();
  const handle = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: path.join(config.dataDir, 'pglite') },
    { poolSize: 1 },
  );
  try {
    const { entries, problems } = await verifyAuditChain(handle.db);
    console.log(`Audit log: ${entries} entries checked (${handle.engine}).`);
    if (problems.length === 0) {
      console.log('The hash chain is intact.');
      return 0;
    }
    console.error(`The hash chain is broken in ${problems.length} place(s):`);
    for (const problem of problems) console.error(`  entry ${problem.sequence}: ${problem.problem}`);
    return 1;
  } finally {
    await handle.close();
  }
}

main().then(
  (exitCode) => process.exit(exitCode),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(2);
  },
);
