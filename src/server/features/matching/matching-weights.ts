import { eq, sql } from 'drizzle-orm';
import { defaultMatchWeights, matchWeights, type MatchWeights } from '../../../contract/matching.js';
import type { MatchingWeightsRequest, MatchingWeightsView } from '../../../contract/match-lists.js';
import type { Transaction } from '../../db/transaction.js';
import { conflict } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { chooseOrganisation, runOrganisationAction } from '../../http/organisation-action.js';
import { matchingWeights } from './matching.tables.js';

/** The organisation's weights, the documented defaults filling in whatever it has not set. */
export async function weightsOf(tx: Transaction, organisationId: string): Promise<MatchWeights> {
  const [row] = await tx
    .select({ weights: matchingWeights.weights })
    .from(matchingWeights)
    .where(eq(matchingWeights.organisationId, organisationId));
  if (!row) return defaultMatchWeights;
  // Stored weights are parsed again so that a setting added later gets its default.
  const parsed = matchWeights.safeParse(row.weights);
  return parsed.success ? parsed.data : defaultMatchWeights;
}

async function view(tx: Transaction, organisationId: string): Promise<MatchingWeightsView> {
  const [row] = await tx
    .select({ version: matchingWeights.version })
    .from(matchingWeights)
    .where(eq(matchingWeights.organisationId, organisationId));
  return { organisationId, weights: await weightsOf(tx, organisationId), customised: row !== undefined, version: row?.version ?? 0 };
}

export function getMatchingWeights(context: ActionContext, organisationId: string | undefined): Promise<MatchingWeightsView> {
  const organisation = chooseOrganisation(context, 'matching.settings.manage', organisationId);
  return runOrganisationAction(context, 'matching.settings.manage', organisation, (tx) => view(tx, organisation), { audit: 'none' });
}

/** Optimistic locking like every other edit: the version read (0 = defaults) must still be current, else 409. */
export function setMatchingWeights(context: ActionContext, input: MatchingWeightsRequest): Promise<MatchingWeightsView> {
  const organisation = chooseOrganisation(context, 'matching.settings.manage', input.organisationId);
  return runOrganisationAction(
    context,
    'matching.settings.manage',
    organisation,
    async (tx) => {
      const current = await view(tx, organisation);
      if (current.version !== input.version) throw conflict('version');
      const values = { weights: input.weights, updatedBy: context.actor.userId, updatedAt: context.now };
      if (current.version === 0) {
        // Two first saves at once: the second finds the row taken and answers 409 like a stale version.
        const inserted = await tx
          .insert(matchingWeights)
          .values({ organisationId: organisation, ...values })
          .onConflictDoNothing()
          .returning({ organisationId: matchingWeights.organisationId });
        if (inserted.length === 0) throw conflict('version');
      } else {
        await tx
          .update(matchingWeights)
          .set({ ...values, version: sql`${matchingWeights.version} + 1` })
          .where(eq(matchingWeights.organisationId, organisation));
      }
      return view(tx, organisation);
    },
    { audit: 'write', targetId: (result) => result.organisationId },
  );
}
