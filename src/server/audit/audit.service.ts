import { asc, eq, gt } from 'drizzle-orm';
import type { Database } from '../db/engine.js';
import { inTransaction } from '../db/transaction.js';
import { auditEntryHash, genesisHash, verifyChainSegment, type ChainProblem } from './audit-chain.js';
import { auditChainHead, auditLog } from './audit.tables.js';

export type AuditEvent = {
  actorUserId: string | null;
  organisationId: string | null;
  action: string;
  outcome: 'success' | 'denied' | 'failure';
  clientIds?: string[];
  targetId?: string | null;
  requestId?: string | null;
  /** Why the data was accessed, where the user gave a reason. Never free text about the client. */
  reason?: string | null;
};

/**
 * Appends one entry after the business transaction has committed. The chain head row is
 * locked for the append, so concurrent writers (any number of processes) stay on one chain.
 */
export async function recordAudit(db: Database, event: AuditEvent, now: Date): Promise<void> {
  await inTransaction(db, 'system', async (tx) => {
    const [head] = await tx.select().from(auditChainHead).where(eq(auditChainHead.id, 1)).for('update');
    const previousHash = head?.hash ?? genesisHash;
    const content = {
      sequence: (head?.sequence ?? 0) + 1,
      at: now,
      actorUserId: event.actorUserId,
      organisationId: event.organisationId,
      action: event.action,
      outcome: event.outcome,
      clientIds: event.clientIds ?? [],
      targetId: event.targetId ?? null,
      requestId: event.requestId ?? null,
      reason: event.reason ?? null,
    };
    const hash = auditEntryHash(previousHash, content);
    await tx.insert(auditLog).values({ ...content, previousHash, hash });
    await tx.update(auditChainHead).set({ sequence: content.sequence, hash }).where(eq(auditChainHead.id, 1));
  });
}

/** Walks the whole chain in batches; an empty problem list means nobody has altered the log. */
export async function verifyAuditChain(db: Database, batchSize = 5000): Promise<{ entries: number; problems: ChainProblem[] }> {
  const problems: ChainProblem[] = [];
  let last = { sequence: 0, hash: genesisHash };
  let entries = 0;
  for (;;) {
    const batch = await inTransaction(db, 'system', (tx) =>
      tx.select().from(auditLog).where(gt(auditLog.sequence, last.sequence)).orderBy(asc(auditLog.sequence)).limit(batchSize),
    );
    if (batch.length === 0) break;
    const result = verifyChainSegment(batch, last);
    problems.push(...result.problems);
    last = result.last;
    entries += batch.length;
  }
  const [head] = await inTransaction(db, 'system', (tx) =>
    tx.select({ sequence: auditChainHead.sequence, hash: auditChainHead.hash }).from(auditChainHead).where(eq(auditChainHead.id, 1)),
  );
  if (head && (head.sequence !== last.sequence || head.hash !== last.hash)) {
    problems.push({ sequence: head.sequence, problem: 'broken_link' });
  }
  return { entries, problems };
}
