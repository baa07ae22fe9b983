import { and, eq, inArray, sql } from 'drizzle-orm';
import type {
  CandidateMatch,
  CandidateMatchList,
  CandidateMatchQuery,
  OpportunityMatch,
  OpportunityMatchList,
  OpportunityMatchQuery,
} from '../../../contract/match-lists.js';
import type { MatchResult } from '../../../contract/matching.js';
import type { OpportunityKind } from '../../../contract/opportunities.js';
import { organisationIdsOf, organisationsWithRole } from '../../auth/actor.js';
import { authorizeOrganisationRecord, clientFilter, clientPermissions, clientRules, organisationsAllowed } from '../../auth/policy.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { runAuditedWork, runClientAction, type ActionContext } from '../../http/client-action.js';
import { helsinkiDate } from '../../time.js';
import { clients } from '../clients/clients.tables.js';
import { employers, employerWorkplaces } from '../employers/employers.tables.js';
import { opportunities } from '../opportunities/opportunities.tables.js';
import { employerConsentActive, hasEmployerConsent } from '../proposals/employer-consent.js';
import { activeProposals, labelsFor, proposalKey } from './match-labels.js';
import type { MatchIndex } from './engine/index.js';
import { profileFlags } from './engine/profile-store.js';
import type { MatchingService } from './match-index.service.js';
import { loadMatchOpportunities, loadMatchProfiles } from './match-records.js';
import { weightsOf } from './matching-weights.js';

/** How many near misses a list shows beside its matches. */
const nearMissLimit = 10;
/** Asked of the index beyond the limit, so rows the database check drops (see below) seldom shorten the list. */
const slack = 5;

const clientReaders = clientRules['client.read'].flatMap((rule) => rule.roles);

function inJobSearch(index: MatchIndex, clientId: string): boolean {
  const row = index.people.rowById.get(clientId);
  return row !== undefined && (index.people.flags[row]! & profileFlags.inJobSearch) !== 0;
}

async function opportunityRecord(tx: Transaction, opportunityId: string) {
  const [row] = await tx
    .select({ organisationId: opportunities.organisationId, status: opportunities.status })
    .from(opportunities)
    .where(eq(opportunities.id, opportunityId));
  return row;
}

/**
 * Ranked candidates for an opportunity among the clients of its organisation the user may read.
 * The index ranks only people whose consent allows proposing them; each row is checked against
 * the database once more (the policy's client.read filter and the consent as of today), so a
 * consent revoked a moment ago or a rule the index cannot express never shows a person. The
 * audit entry names every client listed.
 */
export async function opportunityCandidates(
  context: ActionContext,
  matching: MatchingService,
  opportunityId: string,
  query: CandidateMatchQuery,
): Promise<CandidateMatchList> {
  const { actor } = context;
  const today = helsinkiDate(context.now);
  const organisationId = await inTransaction(context.deps.db, { organisationIds: organisationIdsOf(actor) }, async (tx) => {
    const found = await opportunityRecord(tx, opportunityId);
    authorizeOrganisationRecord(actor, 'opportunity.match.read', found?.organisationId);
    return found!.organisationId;
  });
  // Built and brought up to date before the transaction: on PGlite the index's own reads would wait behind it.
  const index = await matching.index();
  return runAuditedWork(
    context,
    'opportunity.match.read',
    async (tx) => {
      const opportunity = (await opportunityRecord(tx, opportunityId))!;
      const empty = { items: [], nearMisses: [], labels: { skills: {}, occupations: {} }, open: opportunity.status === 'open' };
      if (opportunity.status !== 'open' || !organisationsWithRole(actor, clientReaders).includes(organisationId)) return empty;
      const weights = await weightsOf(tx, organisationId);
      const candidateQuery = {
        organisationIds: [organisationId],
        limit: query.limit + slack,
        nearMissLimit: nearMissLimit + slack,
        municipalityCodes: query.municipality ? [query.municipality] : undefined,
        maxDistanceKm: query.maxDistanceKm,
        onlyInJobSearch: query.onlyInJobSearch,
        onlyProposable: true,
      };
      // Not in the index yet (opened a moment ago in another process): ranked from the stored record.
      const result =
        index.topCandidates(opportunityId, candidateQuery, weights) ??
        index.topCandidates(
          (await loadMatchOpportunities(tx, matching.reference(), { ids: [opportunityId] }))[0] ?? opportunityId,
          candidateQuery,
          weights,
        );
      if (!result) return empty;
      const ranked = [...result.items, ...result.nearMisses];
      const ids = ranked.map((row) => row.id);
      const people = ids.length
        ? await tx
            .select({
              id: clients.id,
              firstName: clients.firstName,
              lastName: clients.lastName,
              municipalityCode: clients.municipalityCode,
              canPropose: sql<boolean>`(${clientFilter(actor, 'client.proposal.write')})`,
            })
            .from(clients)
            .where(
              and(
                inArray(clients.id, ids),
                eq(clients.organisationId, organisationId),
                clientFilter(actor, 'client.read'),
                hasEmployerConsent(today),
              ),
            )
        : [];
      const byId = new Map(people.map((person) => [person.id, person]));
      for (const id of ids.filter((candidate) => !byId.has(candidate))) matching.invalidate({ kind: 'client', id });
      const proposed = await activeProposals(tx, { clientIds: [...byId.keys()], opportunityIds: [opportunityId] });
      const toRow = (row: MatchResult): CandidateMatch[] => {
        const person = byId.get(row.id);
        if (!person) return [];
        return [
          {
            clientId: person.id,
            firstName: person.firstName,
            lastName: person.lastName,
            municipalityCode: person.municipalityCode,
            inJobSearch: inJobSearch(index, person.id),
            score: row.score,
            explanation: row.explanation,
            proposal: proposed.get(proposalKey(person.id, opportunityId)) ?? null,
            canPropose: Boolean(person.canPropose),
          },
        ];
      };
      const items = result.items.flatMap(toRow).slice(0, query.limit);
      const nearMisses = result.nearMisses.flatMap(toRow).slice(0, nearMissLimit);
      const labels = await labelsFor(
        tx,
        [...items, ...nearMisses].map((row) => row.explanation),
      );
      return { items, nearMisses, labels, open: true };
    },
    (result) => [...result.items, ...result.nearMisses].map((row) => row.clientId),
    organisationId,
  );
}

/**
 * Ranked open opportunities of the person's organisation (proposals stay within one
 * organisation), for a user who may read the person's profile. Audited naming the person.
 */
export async function clientMatches(
  context: ActionContext,
  matching: MatchingService,
  clientId: string,
  query: OpportunityMatchQuery,
): Promise<OpportunityMatchList> {
  const today = helsinkiDate(context.now);
  const index = await matching.index();
  return runClientAction(context, 'client.match.read', clientId, async (tx) => {
    const [client] = await tx.select({ organisationId: clients.organisationId }).from(clients).where(eq(clients.id, clientId));
    const organisationId = client!.organisationId;
    const permissions = await clientPermissions(tx, context.actor, clientId, ['client.proposal.write']);
    const proposable = await employerConsentActive(tx, clientId, today);
    const base = { labels: { skills: {}, occupations: {} }, proposable, canPropose: permissions['client.proposal.write'] };
    const stored = index.hasProfile(clientId)
      ? clientId
      : (await loadMatchProfiles(tx, matching.reference(), today, { clientIds: [clientId] }))[0]?.profile;
    if (!stored) return { ...base, items: [], nearMisses: [], hasProfile: false };
    if (!organisationsAllowed(context.actor, 'opportunity.read').includes(organisationId)) {
      return { ...base, items: [], nearMisses: [], hasProfile: true };
    }
    const weights = await weightsOf(tx, organisationId);
    const result = index.topOpportunities(
      stored,
      {
        organisationIds: [organisationId],
        limit: query.limit + slack,
        nearMissLimit: nearMissLimit + slack,
        municipalityCodes: query.municipality ? [query.municipality] : undefined,
        maxDistanceKm: query.maxDistanceKm,
      },
      weights,
    );
    const ranked = [...(result?.items ?? []), ...(result?.nearMisses ?? [])];
    const ids = ranked.map((row) => row.id);
    const rows = ids.length
      ? await tx
          .select({
            id: opportunities.id,
            title: opportunities.title,
            kind: opportunities.kind,
            employerName: employers.name,
            municipalityCode: sql<
              string | null
            >`coalesce(${employerWorkplaces.municipalityCode}, ${opportunities.municipalityCode}, ${employers.municipalityCode})`,
          })
          .from(opportunities)
          .innerJoin(employers, eq(employers.id, opportunities.employerId))
          .leftJoin(employerWorkplaces, eq(employerWorkplaces.id, opportunities.workplaceId))
          .where(and(inArray(opportunities.id, ids), eq(opportunities.organisationId, organisationId), eq(opportunities.status, 'open')))
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const id of ids.filter((opportunityId) => !byId.has(opportunityId))) matching.invalidate({ kind: 'opportunity', id });
    const proposed = await activeProposals(tx, { clientIds: [clientId], opportunityIds: [...byId.keys()] });
    const toRow = (row: MatchResult): OpportunityMatch[] => {
      const opportunity = byId.get(row.id);
      if (!opportunity) return [];
      return [
        {
          opportunityId: opportunity.id,
          title: opportunity.title,
          kind: opportunity.kind as OpportunityKind,
          employerName: opportunity.employerName,
          municipalityCode: opportunity.municipalityCode,
          score: row.score,
          explanation: row.explanation,
          proposal: proposed.get(proposalKey(clientId, opportunity.id)) ?? null,
        },
      ];
    };
    const items = (result?.items ?? []).flatMap(toRow).slice(0, query.limit);
    const nearMisses = (result?.nearMisses ?? []).flatMap(toRow).slice(0, nearMissLimit);
    const labels = await labelsFor(
      tx,
      [...items, ...nearMisses].map((row) => row.explanation),
    );
    return { ...base, items, nearMisses, labels, hasProfile: true };
  });
}
