import { sql, type SQL } from 'drizzle-orm';
import type { DeliveryQuery, DeliveryState, SurveyKind } from '../../../contract/feedback.js';
import { queryRows, type Transaction } from '../../db/transaction.js';
import { remindJobKey, sendJobKey } from './feedback-jobs.js';

export type DeliveryRow = {
  id: string;
  kind: SurveyKind;
  state: DeliveryState;
  name: string | null;
  contact_name: string | null;
  client_id: string | null;
  employer_id: string | null;
  language: string;
  created_at: Date | string;
  sent_at: Date | string | null;
  reminder_sent_at: Date | string | null;
  answered_at: Date | string | null;
  expires_at: Date | string;
  not_sendable_reason: string | null;
  send_job_id: string | null;
  send_attempts: number | null;
  send_error: string | null;
  remind_job_id: string | null;
  remind_attempts: number | null;
  remind_error: string | null;
};

type DeliveryFilter = { organisationId: string; now: Date; kind?: SurveyKind; invitationId?: string };

/** "Attention first" when sorting by state. */
const stateOrder: readonly DeliveryState[] = ['failed', 'not_sendable', 'waiting', 'sent', 'expired', 'answered'];

/**
 * Each invitation with its delivery state, derived from the invitation and its two jobs (found by
 * their dedupe keys), in the order the contract documents.
 */
function deliveries(filter: DeliveryFilter): SQL {
  const now = sql`${filter.now.toISOString()}::timestamptz`;
  return sql`
    select i.id, i.kind, i.language, i.created_at, i.sent_at, i.reminder_sent_at, i.answered_at, i.expires_at,
      i.not_sendable_reason, i.client_id, i.employer_id,
      case when c.id is not null then c.last_name || ' ' || c.first_name else em.name end as name,
      ec.name as contact_name,
      s.id as send_job_id, s.attempts as send_attempts, s.last_error as send_error,
      r.id as remind_job_id, r.attempts as remind_attempts, r.last_error as remind_error,
      case
        when i.answered_at is not null then 'answered'
        when i.not_sendable_at is not null then 'not_sendable'
        when i.expires_at <= ${now} then 'expired'
        when i.sent_at is null and s.failed_at is not null then 'failed'
        when i.sent_at is not null and i.reminder_sent_at is null and r.failed_at is not null then 'failed'
        when i.sent_at is not null then 'sent'
        else 'waiting'
      end as state
    from feedback_invitations i
    left join jobs s on s.dedupe_key = ${sendJobKey('')} || i.id::text
    left join jobs r on r.dedupe_key = ${remindJobKey('')} || i.id::text
    left join clients c on c.id = i.client_id
    left join employers em on em.id = i.employer_id
    left join employer_contacts ec on ec.id = i.employer_contact_id
    where i.organisation_id = ${filter.organisationId}
      ${filter.kind ? sql`and i.kind = ${filter.kind}` : sql``}
      ${filter.invitationId ? sql`and i.id = ${filter.invitationId}` : sql``}`;
}

function orderBy(query: Pick<DeliveryQuery, 'sort' | 'direction'>): SQL {
  const direction = sql.raw(query.direction === 'asc' ? 'asc' : 'desc');
  const stateRank = sql`array_position(array[${sql.join(
    stateOrder.map((state) => sql`${state}`),
    sql`, `,
  )}]::text[], state)`;
  const key = {
    createdAt: sql`created_at ${direction}`,
    sentAt: sql`sent_at ${direction} nulls last`,
    name: sql`lower(name) ${direction} nulls last`,
    state: sql`${stateRank} ${direction}, created_at desc`,
  }[query.sort];
  return sql`${key}, id ${direction}`;
}

/** One page of the organisation's invitations, sorted and filtered by the server, with the total. */
export async function deliveryPage(tx: Transaction, filter: DeliveryFilter, query: DeliveryQuery) {
  const rows = await queryRows<DeliveryRow & { total: number }>(
    tx,
    sql`with delivery as (${deliveries(filter)})
        select *, (count(*) over ())::int as total from delivery
        ${query.state ? sql`where state = ${query.state}` : sql``}
        order by ${orderBy(query)}
        limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  // Past the last page there are no rows to carry the total: count it separately then.
  const total =
    rows[0]?.total ??
    (query.page > 1
      ? ((
          await queryRows<{ total: number }>(
            tx,
            sql`with delivery as (${deliveries(filter)}) select count(*)::int as total from delivery
                ${query.state ? sql`where state = ${query.state}` : sql``}`,
          )
        )[0]?.total ?? 0)
      : 0);
  return { rows, total };
}

/** How many invitations are in each state (the kind filter applies, the state filter does not). */
export async function deliveryCounts(tx: Transaction, filter: DeliveryFilter): Promise<Record<DeliveryState, number>> {
  const rows = await queryRows<{ state: DeliveryState; count: number }>(
    tx,
    sql`with delivery as (${deliveries(filter)}) select state, count(*)::int as count from delivery group by state`,
  );
  const counts: Record<DeliveryState, number> = { waiting: 0, sent: 0, failed: 0, answered: 0, expired: 0, not_sendable: 0 };
  for (const row of rows) counts[row.state] = Number(row.count);
  return counts;
}

/** One invitation's delivery, its row locked so that two re-queues of it are serialised. */
export async function deliveryOf(tx: Transaction, filter: DeliveryFilter & { invitationId: string }) {
  await tx.execute(sql`select id from feedback_invitations where id = ${filter.invitationId} for update`);
  const [row] = await queryRows<DeliveryRow>(tx, deliveries(filter));
  return row;
}
