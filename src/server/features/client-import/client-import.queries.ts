import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { caseloadRoles } from '../../../contract/auth.js';
import { memberships, users } from '../../auth/auth.tables.js';
import type { Transaction } from '../../db/transaction.js';
import { iscedLevels, municipalities } from '../../reference/reference.tables.js';
import { clients } from '../clients/clients.tables.js';
import { personKey, type ImportLookups } from './client-import.rows.js';

/** Large enough to keep round trips few, small enough to stay far below PostgreSQL's 65,535 parameters. */
export const importChunkSize = 1000;

export function chunksOf<T>(items: T[], size = importChunkSize): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** Two imports of one kind into one organisation at once could both create the same person or employer: they take turns. */
export async function lockOrganisationImports(tx: Transaction, kind: 'client' | 'employer', organisationId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${kind}-import:${organisationId}`}))`);
}

/** Reference lists, the organisation's caseworkers and its clients' matching keys: four queries for any file size. */
export async function loadImportLookups(tx: Transaction, organisationId: string): Promise<ImportLookups> {
  // One after another: a transaction is one connection, which runs one query at a time.
  const municipalityRows = await tx
    .select({ code: municipalities.code, nameFi: municipalities.nameFi, nameSv: municipalities.nameSv })
    .from(municipalities);
  const iscedRows = await tx.select({ level: iscedLevels.level }).from(iscedLevels);
  // The same rule as isCaseworkerIn: an active coach or team lead of the organisation.
  const caseworkerRows = await tx
    .select({ email: users.email, userId: users.id, teamId: memberships.teamId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), inArray(memberships.role, [...caseloadRoles]), isNull(users.disabledAt)));
  const clientRows = await tx
    .select({
      id: clients.id,
      identityCodeHash: clients.identityCodeHash,
      firstName: clients.firstName,
      lastName: clients.lastName,
      dateOfBirth: clients.dateOfBirth,
    })
    .from(clients)
    .where(eq(clients.organisationId, organisationId));
  const municipalityCodeByName = new Map<string, string>();
  for (const row of municipalityRows) {
    municipalityCodeByName.set(row.nameFi.toLowerCase(), row.code);
    municipalityCodeByName.set(row.nameSv.toLowerCase(), row.code);
  }
  const caseworkers = new Map<string, { userId: string; teamId: string | null }>();
  for (const row of caseworkerRows) {
    const email = row.email.toLowerCase();
    if (!caseworkers.get(email)?.teamId) caseworkers.set(email, { userId: row.userId, teamId: row.teamId });
  }
  const clientByIdentityCodeHash = new Map<string, string>();
  const clientsByPerson = new Map<string, string[]>();
  for (const row of clientRows) {
    if (row.identityCodeHash) clientByIdentityCodeHash.set(row.identityCodeHash, row.id);
    if (row.dateOfBirth) {
      const key = personKey(row.firstName, row.lastName, row.dateOfBirth);
      clientsByPerson.set(key, [...(clientsByPerson.get(key) ?? []), row.id]);
    }
  }
  return {
    municipalityCodes: new Set(municipalityRows.map((row) => row.code)),
    municipalityCodeByName,
    iscedLevels: new Set(iscedRows.map((row) => row.level)),
    caseworkers,
    clientByIdentityCodeHash,
    clientsByPerson,
  };
}

export type NewClientRow = typeof clients.$inferInsert;
export type ClientColumnKey = keyof NewClientRow;

/**
 * Rows travel as one JSON parameter per chunk, which PostgreSQL reads as records of the clients
 * table's own row type: one statement per thousand rows without thousands of bind parameters.
 */
function jsonRecords(rows: Partial<NewClientRow>[], keys: ClientColumnKey[]): string {
  return JSON.stringify(rows.map((row) => Object.fromEntries(keys.map((key) => [clients[key].name, row[key] ?? null]))));
}

const columnList = (keys: ClientColumnKey[]) =>
  sql.join(
    keys.map((key) => sql.identifier(clients[key].name)),
    sql`, `,
  );

/**
 * Rows are built (identity codes encrypted) a chunk at a time, never all at once, and while the
 * database writes the previous chunk: on PostgreSQL the two run on different cores.
 */
export async function insertClients<T>(tx: Transaction, items: T[], rowOf: (item: T) => NewClientRow): Promise<void> {
  let writing: Promise<unknown> = Promise.resolve();
  try {
    for (const chunk of chunksOf(items)) {
      const rows = chunk.map(rowOf);
      const keys = Object.keys(rows[0]!) as ClientColumnKey[];
      const records = jsonRecords(rows, keys);
      await writing;
      // then() starts the statement now; the query builder alone would wait until awaited.
      writing = tx
        .execute(
          sql`insert into ${clients} (${columnList(keys)}) select ${columnList(keys)} from json_populate_recordset(null::${clients}, ${records}::json)`,
        )
        .then(() => undefined);
    }
  } finally {
    // A failure while building a chunk must not leave the previous write unawaited.
    await writing.catch(() => {});
  }
  await writing;
}

/** An empty coach e-mail does not take the client away from their coach. */
const keptWhenBlank = new Set<ClientColumnKey>(['responsibleUserId', 'teamId']);

/**
 * Rows whose values already match are left alone (no new version), so importing a corrected file
 * again rewrites only what changed. The ids were read from the importing organisation's clients in
 * this transaction (and row-level security applies), so the join on id alone is enough; a condition
 * on the organisation would make the planner, without statistics for rows written moments ago,
 * scan every client for each chunk.
 */
export async function updateClients(
  tx: Transaction,
  keys: ClientColumnKey[],
  rows: (Partial<NewClientRow> & { id: string })[],
  now: Date,
): Promise<void> {
  const names = keys.map((key) => sql.identifier(clients[key].name));
  const newValues = keys.map((key, index) =>
    keptWhenBlank.has(key) ? sql`coalesce(source.${names[index]!}, ${clients}.${names[index]!})` : sql`source.${names[index]!}`,
  );
  const assignments = names.map((name, index) => sql`${name} = ${newValues[index]!}`);
  const currentValues = names.map((name) => sql`${clients}.${name}`);
  for (const chunk of chunksOf(rows)) {
    await tx.execute(sql`
      update ${clients} set ${sql.join(assignments, sql`, `)}, "version" = ${clients}."version" + 1, "updated_at" = ${now.toISOString()}
      from json_populate_recordset(null::${clients}, ${jsonRecords(chunk, ['id', ...keys])}::json) as source
      where ${clients}."id" = source."id" and (${sql.join(currentValues, sql`, `)}) is distinct from (${sql.join(newValues, sql`, `)})`);
  }
}
