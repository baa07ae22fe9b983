import { asc, inArray, sql } from 'drizzle-orm';
import type { ReportOptions } from '../../../contract/reports.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { authorizeOrganisation, organisationsAllowed } from '../../auth/policy.js';
import { inTransaction, queryRows } from '../../db/transaction.js';
import type { ActionContext } from '../../http/client-action.js';
import { helsinkiDate } from '../../time.js';
import { organisations, teams } from '../organisations/organisations.tables.js';
import { programmes } from '../programmes/programmes.tables.js';
import { organisationsArray } from './report-scope.js';

/**
 * What the filter bar offers: only the organisations the user reports on, and what lies inside them.
 * Coaches are too many to list; the filter bar searches them (report-coaches.service.ts).
 */
export async function reportOptions(context: ActionContext): Promise<ReportOptions> {
  authorizeOrganisation(context.actor, 'report.read');
  const organisationIds = organisationsAllowed(context.actor, 'report.read');
  const scope = { organisationIds };
  return inTransaction(context.deps.reportsDb, { organisationIds: organisationIdsOf(context.actor) }, async (tx) => {
    const organisationRows = await tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(inArray(organisations.id, organisationIds))
      .orderBy(asc(organisations.name));
    const teamRows = await tx
      .select({ id: teams.id, name: teams.name, organisationId: teams.organisationId })
      .from(teams)
      .where(inArray(teams.organisationId, organisationIds))
      .orderBy(asc(teams.name));
    const programmeRows = await tx
      .select({ id: programmes.id, name: programmes.name, organisationId: programmes.organisationId })
      .from(programmes)
      .where(inArray(programmes.organisationId, organisationIds))
      .orderBy(asc(programmes.name));
    const municipalities = await queryRows<{ code: string; fi: string; sv: string }>(
      tx,
      // One index probe per municipality, instead of reading every client of the organisations.
      sql`select m.code, m.name_fi as fi, m.name_sv as sv from ref_municipalities m
        where exists (select 1 from clients c where c.municipality_code = m.code and c.organisation_id = any(${organisationsArray(scope)}))
        order by m.name_fi`,
    );
    const drillDown = organisationsAllowed(context.actor, 'report.drill_down');
    return {
      organisations: organisationRows,
      teams: teamRows,
      programmes: programmeRows,
      municipalities: municipalities.map((row) => ({ code: row.code, name: { fi: row.fi, sv: row.sv, en: row.fi } })),
      permissions: {
        drillDown: organisationIds.every((id) => drillDown.includes(id)),
        manageTargets: organisationsAllowed(context.actor, 'report.target.manage').length > 0,
      },
      today: helsinkiDate(context.now),
    };
  });
}
