import { sql, type SQL } from 'drizzle-orm';
import type { SurveyKind } from '../../../contract/feedback.js';
import { queryRows, type Transaction } from '../../db/transaction.js';

export type ResultsFilter = { organisationIds: string[]; kind: SurveyKind; from?: string; to?: string };

/** Answers and sendings are dated by their Helsinki calendar day. */
function periodOf(column: SQL, filter: ResultsFilter): SQL {
  const day = sql`(${column} at time zone 'Europe/Helsinki')::date`;
  return sql`${filter.from ? sql`${day} >= ${filter.from}::date` : sql`true`} and ${filter.to ? sql`${day} <= ${filter.to}::date` : sql`true`}`;
}

const organisationList = (ids: string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;

/** Sums per organisation and municipality: every figure of the results page is added up from these. */
export type AnswerGroup = {
  organisationId: string;
  municipalityCode: string | null;
  answers: number;
  promoters: number;
  passives: number;
  detractors: number;
  gradeSum: number;
  gradeCount: number;
  effectivenessSum: number;
  effectivenessCount: number;
  grades: number[];
};

export async function answerGroups(tx: Transaction, filter: ResultsFilter): Promise<AnswerGroup[]> {
  if (filter.organisationIds.length === 0) return [];
  const gradeColumns = [4, 5, 6, 7, 8, 9, 10].map((grade) => sql`count(*) filter (where grade = ${grade})::int`);
  const rows = await queryRows<{
    organisation_id: string;
    municipality_code: string | null;
    answers: number;
    promoters: number;
    passives: number;
    detractors: number;
    grade_sum: number | string | null;
    grade_count: number;
    effectiveness_sum: number | string | null;
    effectiveness_count: number;
    grades: number[];
  }>(
    tx,
    sql`select organisation_id, municipality_code,
          count(*)::int as answers,
          count(*) filter (where recommend >= 9)::int as promoters,
          count(*) filter (where recommend between 7 and 8)::int as passives,
          count(*) filter (where recommend <= 6)::int as detractors,
          sum(grade) as grade_sum, count(grade)::int as grade_count,
          sum(effectiveness) as effectiveness_sum, count(effectiveness)::int as effectiveness_count,
          array[${sql.join(gradeColumns, sql`, `)}] as grades
        from feedback_answers
        where organisation_id = any(${organisationList(filter.organisationIds)}) and kind = ${filter.kind}
          and ${periodOf(sql`answered_at`, filter)}
        group by organisation_id, municipality_code`,
  );
  return rows.map((row) => ({
    organisationId: row.organisation_id,
    municipalityCode: row.municipality_code,
    answers: row.answers,
    promoters: row.promoters,
    passives: row.passives,
    detractors: row.detractors,
    gradeSum: Number(row.grade_sum ?? 0),
    gradeCount: row.grade_count,
    effectivenessSum: Number(row.effectiveness_sum ?? 0),
    effectivenessCount: row.effectiveness_count,
    grades: row.grades.map(Number),
  }));
}

export async function helpedMostCounts(tx: Transaction, filter: ResultsFilter): Promise<{ key: string; count: number }[]> {
  if (filter.organisationIds.length === 0) return [];
  return queryRows(
    tx,
    sql`select choice as key, count(*)::int as count
        from feedback_answers, unnest(helped_most) as choice
        where organisation_id = any(${organisationList(filter.organisationIds)}) and kind = ${filter.kind}
          and ${periodOf(sql`answered_at`, filter)}
        group by choice order by count(*) desc, choice`,
  );
}

export async function invitationsSent(tx: Transaction, filter: ResultsFilter): Promise<number> {
  if (filter.organisationIds.length === 0) return 0;
  const [row] = await queryRows<{ count: number }>(
    tx,
    sql`select count(*)::int as count from feedback_invitations
        where organisation_id = any(${organisationList(filter.organisationIds)}) and kind = ${filter.kind}
          and sent_at is not null and ${periodOf(sql`sent_at`, filter)}`,
  );
  return row?.count ?? 0;
}

/** The newest free-text answers with the client each came from (for the audit entry, never for the page). */
export async function freeTextAnswers(tx: Transaction, filter: ResultsFilter, limit = 200) {
  if (filter.organisationIds.length === 0) return [];
  return queryRows<{ answered_on: string; text: string; organisation_name: string; client_id: string | null }>(
    tx,
    sql`select to_char((a.answered_at at time zone 'Europe/Helsinki')::date, 'YYYY-MM-DD') as answered_on, a.free_text as text,
          o.name as organisation_name, i.client_id
        from feedback_answers a
        join feedback_invitations i on i.id = a.invitation_id
        join organisations o on o.id = a.organisation_id
        where a.organisation_id = any(${organisationList(filter.organisationIds)}) and a.kind = ${filter.kind}
          and a.free_text is not null and ${periodOf(sql`a.answered_at`, filter)}
        order by a.answered_at desc, a.id
        limit ${limit}`,
  );
}
