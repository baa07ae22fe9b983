import { and, eq, gt, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Transaction } from '../../db/transaction.js';
import { clients, consents } from '../clients/clients.tables.js';

/**
 * The client (of the surrounding query) has an active consent to being proposed to employers
 * today: given, not past its last valid day, not revoked (a consent stops on the day it is
 * revoked). Proposing, moving a proposal forward and sharing a support agreement depend on it.
 */
export function hasEmployerConsent(today: string): SQL {
  const active = and(
    eq(consents.clientId, clients.id),
    eq(consents.kind, 'employer_proposal'),
    lte(consents.givenOn, today),
    or(isNull(consents.validUntil), gte(consents.validUntil, today)),
    or(isNull(consents.revokedOn), gt(consents.revokedOn, today)),
  );
  return sql`exists (select 1 from ${consents} where ${active})`;
}

export async function employerConsentActive(tx: Transaction, clientId: string, today: string): Promise<boolean> {
  const rows = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.id, clientId), hasEmployerConsent(today)));
  return rows.length > 0;
}
