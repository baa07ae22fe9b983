import { and, eq, sql } from 'drizzle-orm';
import {
  referralTransitions,
  type CreateReferralRequest,
  type Referral,
  type ReferralStatus,
  type UpdateReferralRequest,
} from '../../../contract/activities.js';
import { conflict, invalidField } from '../../errors.js';
import { runClientAction, type ActionContext } from '../../http/client-action.js';
import { helsinkiDate } from '../../time.js';
import { referrals } from './activities.tables.js';
import { organisationOfClient, runClientRecordAction } from './client-record-action.js';
import { chooseEnrolment } from './enrolment-choice.js';
import * as queries from './referrals.queries.js';

function toReferral(row: queries.ReferralRow): Referral {
  return {
    id: row.id,
    clientId: row.clientId,
    enrolmentId: row.enrolmentId,
    service: row.service as Referral['service'],
    status: row.status as Referral['status'],
    referredOn: row.referredOn,
    note: row.note,
    version: row.version,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function listReferrals(context: ActionContext, clientId: string) {
  return runClientAction(context, 'client.read', clientId, async (tx) => ({
    items: (await queries.listReferrals(tx, clientId)).map(toReferral),
  }));
}

export function createReferral(context: ActionContext, clientId: string, input: CreateReferralRequest): Promise<Referral> {
  const today = helsinkiDate(context.now);
  return runClientAction(context, 'client.referral.write', clientId, async (tx) => {
    // Only a planned referral can carry a date ahead; one that has gone out was sent on a past day.
    if (input.status !== 'planned' && input.referredOn > today) throw invalidField('referredOn', 'date_in_future');
    const { enrolmentId: requestedEnrolment, ...fields } = input;
    const [created] = await tx
      .insert(referrals)
      .values({
        ...fields,
        clientId,
        organisationId: await organisationOfClient(tx, clientId),
        enrolmentId: await chooseEnrolment(tx, clientId, context.actor.userId, requestedEnrolment),
        createdBy: context.actor.userId,
        createdAt: context.now,
        updatedAt: context.now,
      })
      .returning();
    return toReferral(created!);
  });
}

export function updateReferral(context: ActionContext, referralId: string, input: UpdateReferralRequest): Promise<Referral> {
  return runClientRecordAction(
    context,
    'client.referral.write',
    async (tx) => (await queries.findReferral(tx, referralId))?.clientId,
    async (tx) => {
      const { version, ...fields } = input;
      const existing = (await queries.findReferral(tx, referralId))!;
      // A stale form was judged against a status it no longer has: say so before judging the transition.
      if (existing.version !== version) throw conflict('version');
      const from = existing.status as ReferralStatus;
      if (fields.status !== from && !referralTransitions[from].includes(fields.status)) throw conflict('status', 'transition_not_allowed');
      // The version in the condition still guards against a change committed since the read above.
      const [updated] = await tx
        .update(referrals)
        .set({ ...fields, version: sql`${referrals.version} + 1`, updatedAt: context.now })
        .where(and(eq(referrals.id, referralId), eq(referrals.version, version)))
        .returning();
      if (!updated) throw conflict('version');
      return toReferral(updated);
    },
  );
}
