import { eq, sql } from 'drizzle-orm';
import type { SupportAgreement, SupportAgreementRequest } from '../../../contract/placements.js';
import type { Transaction } from '../../db/transaction.js';
import { conflict, invalidField } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { helsinkiDate } from '../../time.js';
import { runClientRecordAction } from '../activities/client-record-action.js';
import { employerConsentActive } from '../proposals/employer-consent.js';
import * as queries from './placements.queries.js';
import { supportAgreements } from './placements.tables.js';

type Stored = NonNullable<Awaited<ReturnType<typeof queries.findSupportAgreement>>>;

function toSupportAgreement({ agreement, updatedByName }: Stored, consentActive: boolean): SupportAgreement {
  return {
    placementId: agreement.placementId,
    coachTasks: agreement.coachTasks,
    employerTasks: agreement.employerTasks,
    contactRhythm: agreement.contactRhythm,
    adjustments: agreement.adjustments as SupportAgreement['adjustments'],
    adjustmentsNote: agreement.adjustmentsNote,
    agreedOn: agreement.agreedOn,
    sharedWithEmployer: agreement.sharedWithEmployer,
    visibleToEmployer: agreement.sharedWithEmployer && consentActive,
    updatedByName,
    updatedAt: agreement.updatedAt.toISOString(),
    version: agreement.version,
  };
}

async function agreementResponse(tx: Transaction, placementId: string, clientId: string, today: string) {
  const stored = await queries.findSupportAgreement(tx, placementId);
  const employerConsent = await employerConsentActive(tx, clientId, today);
  return { agreement: stored ? toSupportAgreement(stored, employerConsent) : null, employerConsentActive: employerConsent };
}

export function getSupportAgreement(context: ActionContext, placementId: string) {
  const today = helsinkiDate(context.now);
  return runClientRecordAction(
    context,
    'client.read',
    (tx) => queries.clientOfPlacement(tx, placementId),
    (tx, clientId) => agreementResponse(tx, placementId, clientId, today),
  );
}

/**
 * IPS phase 4: what the coach and the employer do, how often they keep in touch, which adjustments
 * were agreed. Sharing it with the employer needs the client's active consent to employer cooperation.
 */
export function saveSupportAgreement(context: ActionContext, placementId: string, input: SupportAgreementRequest) {
  const today = helsinkiDate(context.now);
  return runClientRecordAction(
    context,
    'client.placement.write',
    (tx) => queries.clientOfPlacement(tx, placementId),
    async (tx, clientId) => {
      const placement = await queries.lockPlacement(tx, placementId);
      if (input.agreedOn > today) throw invalidField('agreedOn', 'date_in_future');
      if (input.sharedWithEmployer && !(await employerConsentActive(tx, clientId, today))) {
        throw invalidField('sharedWithEmployer', 'consent_missing');
      }
      const existing = await queries.findSupportAgreement(tx, placementId);
      if ((existing?.agreement.version ?? 0) !== input.version) throw conflict('version', 'stale_version');
      const { version, ...fields } = input;
      const written = { ...fields, updatedBy: context.actor.userId, updatedAt: context.now };
      if (existing) {
        await tx
          .update(supportAgreements)
          .set({ ...written, version: sql`${supportAgreements.version} + 1` })
          .where(eq(supportAgreements.placementId, placementId));
      } else {
        await tx
          .insert(supportAgreements)
          .values({ ...written, placementId, organisationId: placement.organisationId, version: version + 1 });
      }
      return agreementResponse(tx, placementId, clientId, today);
    },
  );
}
