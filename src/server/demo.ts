import { sql } from 'drizzle-orm';
import { loadDemoData } from '../../scripts/demo-data/generate.js';
import type { AppDependencies } from './app-dependencies.js';
import { inTransaction } from './db/transaction.js';
import { recomputeAllMeetingDueDates } from './features/enrolments/meeting-rules.js';
import { organisations } from './features/organisations/organisations.tables.js';
import { helsinkiDate } from './time.js';

/** On an empty database, loads the deterministic demo data set and prints the demo logins. */
export async function loadDemoDataIfEmpty(deps: AppDependencies): Promise<void> {
  const [row] = await inTransaction(deps.db, 'system', (tx) => tx.select({ count: sql<number>`count(*)::int` }).from(organisations));
  if ((row?.count ?? 0) > 0) return;
  console.log('Empty database: loading demo data…');
  const summary = await loadDemoData(deps.db, { today: helsinkiDate(deps.now()), cipher: deps.cipher });
  await inTransaction(deps.db, 'system', (tx) => recomputeAllMeetingDueDates(tx));
  console.log('\nDemo logins (password for all: ' + summary.logins[0]?.password + '):');
  for (const login of summary.logins) console.log(`  ${login.role.padEnd(22)} ${login.email.padEnd(32)} ${login.organisation}`);
  console.log('');
}
