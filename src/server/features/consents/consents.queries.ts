import { desc, eq } from 'drizzle-orm';
import { users } from '../../auth/auth.tables.js';
import type { Transaction } from '../../db/transaction.js';
import { consents } from '../clients/clients.tables.js';

export type ConsentRow = typeof consents.$inferSelect & { recordedByName: string | null };

function selectConsents(tx: Transaction) {
  return tx.select({ consent: consents, recordedByName: users.name }).from(consents).leftJoin(users, eq(users.id, consents.recordedBy));
}

const flatten = (row: { consent: typeof consents.$inferSelect; recordedByName: string | null }): ConsentRow => ({
  ...row.consent,
  recordedByName: row.recordedByName,
});

export async function listConsents(tx: Transaction, clientId: string): Promise<ConsentRow[]> {
  const rows = await selectConsents(tx).where(eq(consents.clientId, clientId)).orderBy(desc(consents.givenOn), desc(consents.createdAt));
  return rows.map(flatten);
}

export async function findConsent(tx: Transaction, consentId: string): Promise<ConsentRow | undefined> {
  const [row] = await selectConsents(tx).where(eq(consents.id, consentId));
  return row ? flatten(row) : undefined;
}

export async function clientOfConsent(tx: Transaction, consentId: string): Promise<string | undefined> {
  const [row] = await tx.select({ clientId: consents.clientId }).from(consents).where(eq(consents.id, consentId));
  return row?.clientId;
}
