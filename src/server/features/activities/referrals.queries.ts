import { desc, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/transaction.js';
import { referrals } from './activities.tables.js';

export type ReferralRow = typeof referrals.$inferSelect;

export async function listReferrals(tx: Transaction, clientId: string): Promise<ReferralRow[]> {
  return tx
    .select()
    .from(referrals)
    .where(eq(referrals.clientId, clientId))
    .orderBy(desc(referrals.referredOn), desc(referrals.createdAt), desc(referrals.id));
}

export async function findReferral(tx: Transaction, referralId: string): Promise<ReferralRow | undefined> {
  const [row] = await tx.select().from(referrals).where(eq(referrals.id, referralId));
  return row;
}
