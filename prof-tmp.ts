import { performance } from 'node:perf_hooks';
import { generateImportFile } from './bench/client-import/generate.js';
import { loginForCsvUpload } from './src/server/features/client-import/csv-upload.js';
import { createOrganisation, createUser, testPassword } from './src/server/test-support/builders.js';
import { createTestApp } from './src/server/test-support/test-app.js';
const rows = Number(process.argv[2] ?? 30000);
const test = await createTestApp(process.env.DATABASE_URL ? 'postgres' : 'pglite');
const organisation = await createOrganisation(test.deps.db);
await createUser(test.deps.db, { email: 'tuoja@bench.fi', roles: [{ organisationId: organisation.id, role: 'team_lead', teamId: organisation.team.id }] });
const coachEmails = ['valmentaja0@bench.fi'];
await createUser(test.deps.db, { email: coachEmails[0]!, roles: [{ organisationId: organisation.id, role: 'coach', teamId: organisation.team.id }] });
const upload = await loginForCsvUpload(test.app, 'tuoja@bench.fi', testPassword);
const file = generateImportFile({ rows, seed: 1, coachEmails });
for (const mode of (process.argv[3] ?? 'dry-run').split(',')) {
  const t = performance.now();
  console.log('inject', new Date().toISOString());
  const response = await upload(`/api/clients/import?mode=${mode}`, file.csv);
  console.log(mode, response.statusCode, Math.round(performance.now() - t), 'ms', response.json().counts);
}
await test.close();
