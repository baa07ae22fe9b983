import { and, asc, count, eq, ilike, not, or, sql, type SQL } from 'drizzle-orm';
import { users } from '../../auth/auth.tables.js';
import type { Actor } from '../../auth/actor.js';
import { clientFilter } from '../../auth/policy.js';
import type { Transaction } from '../../db/transaction.js';
import { clients } from '../clients/clients.tables.js';
import { hasEmployerConsent } from './employer-consent.js';
import { activelyProposed, type ProposalTarget } from './proposals.queries.js';
import { escapeLike, searchWords } from '../../db/like.js';

export const candidateLimit = 50;

/** Every word of the search must begin the first or the last name. */
function nameMatches(search: string | undefined): SQL {
  const words = searchWords(search);
  if (words.length === 0) return sql`true`;
  return and(
    ...words.map((word) => or(ilike(clients.firstName, `${escapeLike(word)}%`), ilike(clients.lastName, `${escapeLike(word)}%`))),
  )!;
}

/**
 * Clients the user may propose (the policy's client.proposal.write filter) in the target's
 * organisation, matching the search: those with an active employer consent and no active
 * proposal to the same target are listed; the others are only counted, so the user learns why
 * someone they look for is missing without seeing more than they may.
 */
export async function findCandidates(
  tx: Transaction,
  actor: Actor,
  scope: { organisationId: string; target: ProposalTarget; today: string; search?: string },
) {
  const base = and(
    clientFilter(actor, 'client.proposal.write'),
    eq(clients.organisationId, scope.organisationId),
    nameMatches(scope.search),
  );
  const consenting = hasEmployerConsent(scope.today);
  const proposed = activelyProposed(scope.target);
  const items = await tx
    .select({ clientId: clients.id, firstName: clients.firstName, lastName: clients.lastName, responsibleName: users.name })
    .from(clients)
    .leftJoin(users, eq(users.id, clients.responsibleUserId))
    .where(and(base, consenting, not(proposed)))
    .orderBy(asc(clients.lastName), asc(clients.firstName), asc(clients.id))
    .limit(candidateLimit);
  const [withoutConsent] = await tx
    .select({ total: count() })
    .from(clients)
    .where(and(base, not(consenting)));
  const [alreadyProposed] = await tx
    .select({ total: count() })
    .from(clients)
    .where(and(base, consenting, proposed));
  return {
    items,
    hidden: { withoutConsent: withoutConsent?.total ?? 0, alreadyProposed: alreadyProposed?.total ?? 0 },
    limit: candidateLimit,
  };
}
