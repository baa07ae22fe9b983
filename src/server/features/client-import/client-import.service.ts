import { randomUUID } from 'node:crypto';
import type { ClientImportColumn, ClientImportResult } from '../../../contract/client-import.js';
import type { Locale } from '../../../contract/common.js';
import { authorizeOrganisation, organisationsAllowed } from '../../auth/policy.js';
import type { Transaction } from '../../db/transaction.js';
import { runAuditedWork, type ActionContext } from '../../http/client-action.js';
import { helsinkiDate } from '../../time.js';
import { storedClientColumns } from '../clients/client-checks.js';
import { clientImportFormat, parseImportFile } from './client-import.parse.js';
import * as queries from './client-import.queries.js';
import { planRows, type PlannedRow } from './client-import.rows.js';
import { summariseImport } from './import-summary.js';

type AcceptedRow = Extract<PlannedRow, { action: 'create' | 'update' }>;

/**
 * Columns an update overwrites, by the file column that carries them. A column the file does not
 * have leaves that value alone, so a partial export cannot wipe what it never contained. Identity
 * code and date of birth are never overwritten: a row updates a client only when they already agree.
 */
const updatedColumns: [ClientImportColumn, queries.ClientColumnKey[]][] = [
  ['first_name', ['firstName']],
  ['last_name', ['lastName']],
  ['gender', ['gender']],
  ['municipality_code', ['municipalityCode']],
  ['email', ['email']],
  ['phone', ['phone']],
  ['street_address', ['streetAddress']],
  ['postal_code', ['postalCode']],
  ['mother_tongue', ['motherTongue']],
  ['languages', ['languages']],
  ['isced_level', ['iscedLevel']],
  ['target_groups', ['targetGroups']],
  ['unemployed_since', ['unemployedSince']],
  ['responsible_coach_email', ['responsibleUserId', 'teamId']],
];

/** The client joins their personal coach's team; the team lead can reassign later. */
const coachColumns = (row: AcceptedRow) => ({ responsibleUserId: row.coach?.userId ?? null, teamId: row.coach?.teamId ?? null });

async function writeRows(
  tx: Transaction,
  context: ActionContext,
  organisationId: string,
  rows: AcceptedRow[],
  fileColumns: ReadonlySet<ClientImportColumn>,
) {
  const creates = rows.filter((row) => row.action === 'create');
  for (const row of creates) row.clientId = randomUUID();
  await queries.insertClients(tx, creates, (row) => ({
    ...storedClientColumns(row.fields, context.deps.cipher),
    ...coachColumns(row),
    id: row.clientId!,
    organisationId,
    createdAt: context.now,
    updatedAt: context.now,
  }));
  const columnKeys = updatedColumns.filter(([column]) => fileColumns.has(column)).flatMap(([, keys]) => keys);
  const updates = rows.filter((row) => row.action === 'update');
  await queries.updateClients(
    tx,
    columnKeys,
    updates.map((row) => ({ ...row.fields, ...coachColumns(row), id: row.clientId! })),
    context.now,
  );
}

/** The shared summary, with each row's record named as the client it is. */
function summarise(mode: ClientImportResult['mode'], planned: PlannedRow[], locale: Locale): ClientImportResult {
  const summary = summariseImport(
    mode,
    planned.map((row) => (row.action === 'reject' ? row : { line: row.line, action: row.action, recordId: row.clientId })),
    locale,
  );
  return {
    ...summary,
    rows: summary.rows.map(({ recordId, ...row }) => ({ ...row, ...(recordId ? { clientId: recordId } : {}) })),
  };
}

/**
 * Imports clients from a CSV file into one organisation. A dry run reports what a commit would
 * do; a commit writes every valid row in one transaction, so an unexpected failure leaves nothing
 * half-imported. The audit entry names every client created, updated or (on a dry run) matched.
 */
export async function importClients(
  context: ActionContext,
  input: { csv: string; mode: ClientImportResult['mode']; organisationId?: string; locale: Locale },
): Promise<ClientImportResult> {
  const organisationId = input.organisationId ?? organisationsAllowed(context.actor, 'client.import')[0];
  authorizeOrganisation(context.actor, 'client.import', organisationId);
  const file = parseImportFile(input.csv, clientImportFormat);
  const today = helsinkiDate(context.now);
  const planned = await runAuditedWork(
    context,
    input.mode === 'commit' ? 'client.import' : 'client.import.dry_run',
    async (tx) => {
      if (input.mode === 'commit') await queries.lockOrganisationImports(tx, 'client', organisationId!);
      const lookups = await queries.loadImportLookups(tx, organisationId!);
      const rows = planRows(file.records, lookups, today, context.deps.cipher.blindIndex);
      if (input.mode === 'commit') {
        await writeRows(
          tx,
          context,
          organisationId!,
          rows.filter((row): row is AcceptedRow => row.action !== 'reject'),
          file.columns,
        );
      }
      return rows;
    },
    (rows) => rows.flatMap((row) => (row.action !== 'reject' && row.clientId ? [row.clientId] : [])),
    organisationId,
  );
  return summarise(input.mode, planned, input.locale);
}
