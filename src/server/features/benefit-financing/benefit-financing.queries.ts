import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.js';
import { clientFilter } from '../../auth/policy.js';
import type { Transaction } from '../../db/transaction.js';
import { clients } from '../clients/clients.tables.js';
import { enrolments } from '../enrolments/enrolments.tables.js';
import { benefitFinancingSettings, clientBenefitDays } from './benefit-financing.tables.js';

export async function findSettings(tx: Transaction, organisationId: string) {
  const [row] = await tx.select().from(benefitFinancingSettings).where(eq(benefitFinancingSettings.organisationId, organisationId));
  return row;
}

export function benefitDayHistory(tx: Transaction, clientId: string) {
  return tx
    .select({
      id: clientBenefitDays.id,
      benefitDays: clientBenefitDays.benefitDays,
      asOf: clientBenefitDays.asOf,
      createdAt: clientBenefitDays.createdAt,
    })
    .from(clientBenefitDays)
    .where(eq(clientBenefitDays.clientId, clientId))
    .orderBy(desc(clientBenefitDays.asOf), desc(clientBenefitDays.createdAt));
}

export async function clientOrganisation(tx: Transaction, clientId: string) {
  const [row] = await tx.select({ organisationId: clients.organisationId }).from(clients).where(eq(clients.id, clientId));
  return row?.organisationId;
}

/**
 * The organisation's clients living in the municipality with a running enrolment, each with the
 * latest recorded count; only clients the user may read benefit days of (the policy as SQL).
 */
export function exposureRows(tx: Transaction, actor: Actor, organisationId: string, municipalityCode: string) {
  const latest = sql<{ benefitDays: number; asOf: string } | null>`(
    select json_build_object('benefitDays', d.benefit_days, 'asOf', d.as_of::text) from ${clientBenefitDays} d
    where d.client_id = "clients"."id" order by d.as_of desc, d.created_at desc limit 1)`;
  return tx
    .select({ clientId: clients.id, firstName: clients.firstName, lastName: clients.lastName, latest })
    .from(clients)
    .where(
      and(
        eq(clients.organisationId, organisationId),
        eq(clients.municipalityCode, municipalityCode),
        clientFilter(actor, 'client.benefit_days.read'),
        // Qualified by hand: drizzle writes a single table's columns unqualified, which the subquery would misread.
        sql`exists (select 1 from ${enrolments} e where e.client_id = "clients"."id" and e.end_date is null)`,
      ),
    )
    .orderBy(asc(clients.lastName), asc(clients.firstName));
}
