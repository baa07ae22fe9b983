import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { users } from '../../auth/auth.tables.js';
import type { Actor } from '../../auth/actor.js';
import { clientFilter } from '../../auth/policy.js';
import type { Transaction } from '../../db/transaction.js';
import { clients } from '../clients/clients.tables.js';
import { employers } from '../employers/employers.tables.js';
import { opportunities } from '../opportunities/opportunities.tables.js';
import { placements, supportAgreements } from './placements.tables.js';

function selectPlacements(tx: Transaction, actor: Actor) {
  return tx
    .select({
      placement: placements,
      clientName: sql<string>`${clients.firstName} || ' ' || ${clients.lastName}`,
      employerName: employers.name,
      opportunityTitle: opportunities.title,
      hasSupportAgreement: sql<boolean>`exists (select 1 from ${supportAgreements} where ${supportAgreements.placementId} = ${placements.id})`,
      canWrite: sql<boolean>`(${clientFilter(actor, 'client.placement.write')})`,
    })
    .from(placements)
    .innerJoin(clients, eq(clients.id, placements.clientId))
    .innerJoin(employers, eq(employers.id, placements.employerId))
    .leftJoin(opportunities, eq(opportunities.id, placements.opportunityId));
}

export type PlacementRow = Awaited<ReturnType<typeof selectPlacements>>[number];

/** Placements matching `condition` whose client the user may read: running ones first, then the latest. */
export function listPlacements(tx: Transaction, actor: Actor, condition: SQL): Promise<PlacementRow[]> {
  return selectPlacements(tx, actor)
    .where(and(condition, clientFilter(actor, 'client.read')))
    .orderBy(sql`${placements.endedOn} is not null`, desc(placements.startDate), asc(placements.id));
}

export async function findPlacement(tx: Transaction, actor: Actor, placementId: string): Promise<PlacementRow | undefined> {
  const [row] = await selectPlacements(tx, actor).where(eq(placements.id, placementId));
  return row;
}

export async function clientOfPlacement(tx: Transaction, placementId: string): Promise<string | undefined> {
  const [row] = await tx.select({ clientId: placements.clientId }).from(placements).where(eq(placements.id, placementId));
  return row?.clientId;
}

export async function lockPlacement(tx: Transaction, placementId: string) {
  const [row] = await tx.select().from(placements).where(eq(placements.id, placementId)).for('update');
  return row!;
}

export async function findSupportAgreement(tx: Transaction, placementId: string) {
  const [row] = await tx
    .select({ agreement: supportAgreements, updatedByName: users.name })
    .from(supportAgreements)
    .leftJoin(users, eq(users.id, supportAgreements.updatedBy))
    .where(eq(supportAgreements.placementId, placementId));
  return row;
}
