import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { IndustrySection, IndustrySectionAssignments } from '../../../contract/employers.js';
import type { Role } from '../../../contract/auth.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { memberships, users } from '../../auth/auth.tables.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { forbidden, invalidField, notFound } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { chooseOrganisation, runOrganisationAction } from '../../http/organisation-action.js';
import { employerStaffRoles, staffAmong } from './employers.queries.js';
import { userIndustrySections } from './employers.tables.js';

/**
 * Sector-based ownership: the TOL sections a coordinator or coach knows and answers for, per
 * organisation. Team leads (employer.sectors.manage) assign them; everyone may read their own.
 */

async function sectionsOf(tx: Transaction, organisationId: string, userId: string): Promise<IndustrySection[]> {
  const rows = await tx
    .select({ section: userIndustrySections.industrySection })
    .from(userIndustrySections)
    .where(and(eq(userIndustrySections.organisationId, organisationId), eq(userIndustrySections.userId, userId)))
    .orderBy(asc(userIndustrySections.industrySection));
  return rows.map((row) => row.section as IndustrySection);
}

async function requireStaffMember(tx: Transaction, organisationId: string, userId: string) {
  if (!(await staffAmong(tx, organisationId, [userId])).has(userId)) throw notFound();
}

/** Own sections in one of the user's organisations (named, or their only one). */
function ownOrganisation(context: ActionContext, organisationId: string | undefined): string {
  const own = organisationIdsOf(context.actor);
  if (organisationId === undefined) {
    if (own.length > 1) throw invalidField('organisationId', 'required');
    return own[0]!;
  }
  if (!own.includes(organisationId)) throw forbidden();
  return organisationId;
}

export async function getUserSections(context: ActionContext, userId: string, query: { organisationId?: string }) {
  if (userId === context.actor.userId) {
    const organisationId = ownOrganisation(context, query.organisationId);
    const sections = await inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, (tx) =>
      sectionsOf(tx, organisationId, userId),
    );
    return { organisationId, userId, sections };
  }
  const organisationId = chooseOrganisation(context, 'employer.sectors.manage', query.organisationId);
  return runOrganisationAction(
    context,
    'employer.sectors.manage',
    organisationId,
    async (tx) => {
      await requireStaffMember(tx, organisationId, userId);
      return { organisationId, userId, sections: await sectionsOf(tx, organisationId, userId) };
    },
    { audit: 'none' },
  );
}

/** Replaces the user's sections in the organisation with the given set. */
export function setUserSections(context: ActionContext, userId: string, input: { organisationId?: string; sections: IndustrySection[] }) {
  const organisationId = chooseOrganisation(context, 'employer.sectors.manage', input.organisationId);
  return runOrganisationAction(
    context,
    'employer.sectors.manage',
    organisationId,
    async (tx) => {
      await requireStaffMember(tx, organisationId, userId);
      await tx
        .delete(userIndustrySections)
        .where(and(eq(userIndustrySections.organisationId, organisationId), eq(userIndustrySections.userId, userId)));
      const sections = [...new Set(input.sections)];
      if (sections.length > 0) {
        await tx.insert(userIndustrySections).values(sections.map((industrySection) => ({ organisationId, userId, industrySection })));
      }
      return { organisationId, userId, sections: await sectionsOf(tx, organisationId, userId) };
    },
    { audit: 'write', targetId: () => userId },
  );
}

/** Everyone in the organisation who works with employers, with their sections: the team lead's overview. */
export function listSectionOwners(context: ActionContext, query: { organisationId?: string }): Promise<IndustrySectionAssignments> {
  const organisationId = chooseOrganisation(context, 'employer.sectors.manage', query.organisationId);
  return runOrganisationAction(
    context,
    'employer.sectors.manage',
    organisationId,
    async (tx) => {
      const staff = await tx
        .select({ userId: users.id, name: users.name, role: memberships.role })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(
          and(eq(memberships.organisationId, organisationId), inArray(memberships.role, [...employerStaffRoles]), isNull(users.disabledAt)),
        )
        .orderBy(asc(users.name), asc(users.id));
      const assigned = await tx
        .select({ userId: userIndustrySections.userId, section: userIndustrySections.industrySection })
        .from(userIndustrySections)
        .where(eq(userIndustrySections.organisationId, organisationId))
        .orderBy(asc(userIndustrySections.industrySection));
      const items = new Map<string, IndustrySectionAssignments['items'][number]>();
      for (const row of staff) {
        const item = items.get(row.userId) ?? { userId: row.userId, name: row.name, roles: [], sections: [] };
        item.roles.push(row.role as Role);
        items.set(row.userId, item);
      }
      for (const row of assigned) items.get(row.userId)?.sections.push(row.section as IndustrySection);
      return { organisationId, items: [...items.values()] };
    },
    { audit: 'none' },
  );
}
