import { and, asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { employerStages, type EmployerListItem, type EmployerListQuery } from '../../../contract/employers.js';
import { memberships, users } from '../../auth/auth.tables.js';
import type { Transaction } from '../../db/transaction.js';
import { municipalities, tolSections } from '../../reference/reference.tables.js';
import { addDaysToDate } from '../../time.js';
import { employers, userIndustrySections } from './employers.tables.js';
import { escapeLike } from '../../db/like.js';

/** The roles that work with employers: an owner, a meeting participant or a sector owner is one of them. */
export const employerStaffRoles = ['coach', 'employer_coordinator', 'team_lead'] as const;

export type EmployerRow = typeof employers.$inferSelect & { ownerName: string | null };

export async function findEmployer(tx: Transaction, employerId: string): Promise<EmployerRow | undefined> {
  const [row] = await tx
    .select({ employer: employers, ownerName: users.name })
    .from(employers)
    .leftJoin(users, eq(users.id, employers.ownerUserId))
    .where(eq(employers.id, employerId));
  return row ? { ...row.employer, ownerName: row.ownerName } : undefined;
}

/** For runOrganisationRecordAction: the employer's organisation, read within the user's row-level-security scope. */
export const employerOrganisation = (employerId: string) => async (tx: Transaction) => {
  const [row] = await tx.select({ organisationId: employers.organisationId }).from(employers).where(eq(employers.id, employerId));
  return row?.organisationId;
};

/** Another employer of the organisation with this business ID, if any. */
export async function employerWithBusinessId(tx: Transaction, organisationId: string, businessId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ id: employers.id })
    .from(employers)
    .where(and(eq(employers.organisationId, organisationId), eq(employers.businessId, businessId)));
  return row?.id;
}

export async function municipalityExists(tx: Transaction, code: string): Promise<boolean> {
  return (await tx.select({ code: municipalities.code }).from(municipalities).where(eq(municipalities.code, code))).length > 0;
}

export async function industrySectionExists(tx: Transaction, code: string): Promise<boolean> {
  return (await tx.select({ code: tolSections.code }).from(tolSections).where(eq(tolSections.code, code))).length > 0;
}

/** The organisation's enabled staff who work with employers, among the given users. */
export async function staffAmong(tx: Transaction, organisationId: string, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await tx
    .selectDistinct({ id: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        inArray(memberships.userId, [...userIds]),
        inArray(memberships.role, [...employerStaffRoles]),
        isNull(users.disabledAt),
      ),
    );
  return new Set(rows.map((row) => row.id));
}

const stageOrder = sql.raw(`array[${employerStages.map((stage) => `'${stage}'`).join(', ')}]`);

function sortColumns(query: Pick<EmployerListQuery, 'sort' | 'direction'>): SQL[] {
  const direction = query.direction === 'desc' ? desc : asc;
  const name = [asc(employers.name), asc(employers.id)];
  switch (query.sort) {
    case 'name':
      return [direction(employers.name), asc(employers.id)];
    case 'industrySection':
      return [sql`${employers.industrySection} ${sql.raw(query.direction)} nulls last`, ...name];
    case 'municipalityCode':
      return [sql`${employers.municipalityCode} ${sql.raw(query.direction)} nulls last`, ...name];
    case 'stage':
      return [sql`array_position(${stageOrder}, ${employers.stage}) ${sql.raw(query.direction)}`, ...name];
    case 'lastContactOn':
      // Never contacted is the longest gap of all: first when the oldest contact comes first.
      return [
        sql`${employers.lastContactOn} ${sql.raw(query.direction)} nulls ${sql.raw(query.direction === 'asc' ? 'first' : 'last')}`,
        ...name,
      ];
  }
}

const likePattern = (text: string) => `%${escapeLike(text)}%`;

/** The list's filters as SQL; `organisationIds` are those where the policy lets the user read employers. */
export function employerListConditions(query: EmployerListQuery, scope: { organisationIds: string[]; userId: string; today: string }) {
  const conditions: SQL[] = [inArray(employers.organisationId, scope.organisationIds)];
  if (query.text) {
    const pattern = likePattern(query.text);
    conditions.push(or(sql`${employers.name} ilike ${pattern}`, sql`${employers.businessId} like ${pattern}`)!);
  }
  if (query.industrySection) conditions.push(eq(employers.industrySection, query.industrySection));
  if (query.municipalityCode) conditions.push(eq(employers.municipalityCode, query.municipalityCode));
  if (query.stage) conditions.push(eq(employers.stage, query.stage));
  if (query.ownerUserId) conditions.push(eq(employers.ownerUserId, query.ownerUserId));
  if (query.mySectors) {
    conditions.push(sql`exists (select 1 from ${userIndustrySections} mine
      where mine.organisation_id = ${employers.organisationId} and mine.user_id = ${scope.userId}
        and mine.industry_section = ${employers.industrySection})`);
  }
  if (query.lastContactOlderThanDays !== undefined) {
    const since = addDaysToDate(scope.today, -query.lastContactOlderThanDays);
    conditions.push(or(isNull(employers.lastContactOn), sql`${employers.lastContactOn} < ${since}::date`)!);
  }
  return and(...conditions)!;
}

export async function listEmployers(tx: Transaction, query: EmployerListQuery, where: SQL) {
  const items = await tx
    .select({
      id: employers.id,
      organisationId: employers.organisationId,
      name: employers.name,
      businessId: employers.businessId,
      industrySection: employers.industrySection,
      sizeClass: employers.sizeClass,
      economySector: employers.economySector,
      municipalityCode: employers.municipalityCode,
      ownerUserId: employers.ownerUserId,
      ownerName: users.name,
      stage: employers.stage,
      stageChangedOn: employers.stageChangedOn,
      lastContactOn: employers.lastContactOn,
    })
    .from(employers)
    .leftJoin(users, eq(users.id, employers.ownerUserId))
    .where(where)
    .orderBy(...sortColumns(query))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await tx.select({ total: count() }).from(employers).where(where);
  // The text columns hold only values the contract's enums let in.
  return { items: items as EmployerListItem[], total: total?.total ?? 0 };
}
