import { z } from 'zod';
import { id, isoDate, page, pageQuery } from './common.js';

export const auditOutcomes = ['success', 'denied', 'failure'] as const;
export const auditChainProblems = ['hash_mismatch', 'broken_link', 'gap'] as const;

/** `from` and `to` are Helsinki calendar dates, both inclusive. */
export const auditQuery = pageQuery
  .extend({
    clientId: id.optional(),
    actorUserId: id.optional(),
    action: z.string().trim().max(100).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .refine((query) => !query.from || !query.to || query.to >= query.from, { message: 'end_before_start', path: ['to'] });
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEntry = z.object({
  sequence: z.number().int(),
  at: z.string(),
  actorUserId: id.nullable(),
  actorName: z.string().nullable(),
  organisationId: id.nullable(),
  organisationName: z.string().nullable(),
  action: z.string(),
  outcome: z.enum(auditOutcomes),
  clientIds: z.array(id),
  targetId: z.string().nullable(),
  requestId: z.string().nullable(),
  reason: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;
export const auditPage = page(auditEntry);

/** Finding the person whose "who has looked at my data" question an admin is answering. */
export const auditClientQuery = z.object({ search: z.string().trim().min(2).max(100) });
export const auditClient = z.object({ id, firstName: z.string(), lastName: z.string(), birthYear: z.number().int().nullable() });
export const auditClientList = z.object({ items: z.array(auditClient) });

export const auditVerification = z.object({
  entries: z.number().int(),
  problems: z.array(z.object({ sequence: z.number().int(), problem: z.enum(auditChainProblems) })),
});
