import { eq } from 'drizzle-orm';
import type { Database } from '../db/engine.js';
import { inTransaction } from '../db/transaction.js';
import { auditEntryHash, genesisHash } from './audit-chain.js';
import { auditChainHead, auditLog } from './audit.tables.js';
import type { AuditEvent } from './audit.service.js';

type Pending = { event: AuditEvent; at: Date; resolve: () => void; reject: (error: unknown) => void };

/** Large enough to absorb a burst, small enough that one insert statement stays cheap. */
const maxBatch = 200;

/**
 * Group commit for the audit chain. Every entry must be committed before its request answers, and
 * the chain head is one locked row; appending entries one transaction each made every request in
 * every process wait in one line for that lock (80 requests/s under load). Here the entries that
 * arrive while a batch is being written go together in the next one: one lock, one insert, one
 * commit for many requests. Across processes the head row lock still keeps the chain linear.
 */
export function createAuditWriter(db: Database) {
  const pending: Pending[] = [];
  let writing = false;

  async function writeBatch(batch: Pending[]): Promise<void> {
    await inTransaction(db, 'system', async (tx) => {
      const [head] = await tx.select().from(auditChainHead).where(eq(auditChainHead.id, 1)).for('update');
      let sequence = head?.sequence ?? 0;
      let previousHash = head?.hash ?? genesisHash;
      const rows = batch.map(({ event, at }) => {
        sequence += 1;
        const content = {
          sequence,
          at,
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
        const row = { ...content, previousHash, hash };
        previousHash = hash;
        return row;
      });
      await tx.insert(auditLog).values(rows);
      await tx.update(auditChainHead).set({ sequence, hash: previousHash }).where(eq(auditChainHead.id, 1));
    });
  }

  /** One bad entry must not fail the requests whose entries happened to share its batch. */
  async function settle(batch: Pending[]): Promise<void> {
    try {
      await writeBatch(batch);
      for (const entry of batch) entry.resolve();
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      for (const entry of batch) await settle([entry]);
    }
  }

  async function drain(): Promise<void> {
    writing = true;
    while (pending.length > 0) await settle(pending.splice(0, maxBatch));
    writing = false;
  }

  return {
    /** Resolves once the entry is committed. */
    append(event: AuditEvent, at: Date): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        pending.push({ event, at, resolve, reject });
        if (!writing) void drain();
      });
    },
  };
}

export type AuditWriter = ReturnType<typeof createAuditWriter>;
