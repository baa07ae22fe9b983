import { asc, eq, gt } from 'drizzle-orm';
import type { Database } from '../db/engine.js';
import { inTransaction } from '../db/transaction.js';
import { genesisHash, verifyChainSegment, type ChainProblem } from './audit-chain.js';
import { createAuditWriter, type AuditWriter } from './audit-writer.js';
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

/** One writer per database, so that the requests of this process share its group commits. */
const writers = new WeakMap<Database, AuditWriter>();

/**
 * Appends one entry after the business transaction has committed and resolves once the entry is
 * committed too (see audit-writer.ts for how concurrent entries share one chain-head lock).
 */
export function recordAudit(db: Database, event: AuditEvent, now: Date): Promise<void> {
  let writer = writers.get(db);
  if (!writer) {
    writer = createAuditWriter(db);
    writers.set(db, writer);
  }
  return writer.append(event, now);
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
