import { createHash } from 'node:crypto';

export type AuditContent = {
  sequence: number;
  at: Date;
  actorUserId: string | null;
  organisationId: string | null;
  action: string;
  outcome: string;
  clientIds: string[];
  targetId: string | null;
  requestId: string | null;
  reason: string | null;
};

export const genesisHash = '0'.repeat(64);

/** Each entry's hash covers its content and the previous hash: editing or removing any entry breaks every later link. */
export function auditEntryHash(previousHash: string, entry: AuditContent): string {
  const canonical = JSON.stringify([
    entry.sequence,
    entry.at.toISOString(),
    entry.actorUserId,
    entry.organisationId,
    entry.action,
    entry.outcome,
    [...entry.clientIds].sort(),
    entry.targetId,
    entry.requestId,
    entry.reason,
  ]);
  return createHash('sha256').update(previousHash).update('\n').update(canonical).digest('hex');
}

export type ChainProblem = { sequence: number; problem: 'hash_mismatch' | 'broken_link' | 'gap' };

/** Verifies entries given in sequence order, continuing from the given previous entry. */
export function verifyChainSegment(
  entries: (AuditContent & { previousHash: string; hash: string })[],
  previous: { sequence: number; hash: string },
): { problems: ChainProblem[]; last: { sequence: number; hash: string } } {
  const problems: ChainProblem[] = [];
  let last = previous;
  for (const entry of entries) {
    if (entry.sequence !== last.sequence + 1) problems.push({ sequence: entry.sequence, problem: 'gap' });
    if (entry.previousHash !== last.hash) problems.push({ sequence: entry.sequence, problem: 'broken_link' });
    if (auditEntryHash(entry.previousHash, entry) !== entry.hash) problems.push({ sequence: entry.sequence, problem: 'hash_mismatch' });
    last = { sequence: entry.sequence, hash: entry.hash };
  }
  return { problems, last };
}
