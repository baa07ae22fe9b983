import { eq } from 'drizzle-orm';
import type { Consent, ConsentStatus, CreateConsentRequest } from '../../../contract/consents.js';
import type { Transaction } from '../../db/transaction.js';
import { conflict, invalidField } from '../../errors.js';
import { runClientAction, type ActionContext } from '../../http/client-action.js';
import { helsinkiDate } from '../../time.js';
import { organisationOfClient, runClientRecordAction } from '../activities/client-record-action.js';
import { consents } from '../clients/clients.tables.js';
import * as queries from './consents.queries.js';

/** A consent stops the day it is revoked and after its last valid day. */
function statusOn(row: queries.ConsentRow, today: string): ConsentStatus {
  if (row.revokedOn !== null && row.revokedOn <= today) return 'revoked';
  if (row.validUntil !== null && row.validUntil < today) return 'expired';
  return 'active';
}

function toConsent(row: queries.ConsentRow, today: string): Consent {
  return {
    id: row.id,
    clientId: row.clientId,
    kind: row.kind as Consent['kind'],
    scope: row.scope,
    channel: row.channel as Consent['channel'],
    givenOn: row.givenOn,
    validUntil: row.validUntil,
    revokedOn: row.revokedOn,
    status: statusOn(row, today),
    recordedBy: row.recordedBy,
    recordedByName: row.recordedByName,
    createdAt: row.createdAt.toISOString(),
  };
}

async function loadConsent(tx: Transaction, consentId: string, today: string): Promise<Consent> {
  return toConsent((await queries.findConsent(tx, consentId))!, today);
}

export function listConsents(context: ActionContext, clientId: string) {
  const today = helsinkiDate(context.now);
  return runClientAction(context, 'client.read', clientId, async (tx) => ({
    items: (await queries.listConsents(tx, clientId)).map((row) => toConsent(row, today)),
  }));
}

export function createConsent(context: ActionContext, clientId: string, input: CreateConsentRequest): Promise<Consent> {
  const today = helsinkiDate(context.now);
  return runClientAction(context, 'client.consent.write', clientId, async (tx) => {
    // A consent is recorded once it has been given; a future date would make sharing start unseen.
    if (input.givenOn > today) throw invalidField('givenOn', 'date_in_future');
    const [created] = await tx
      .insert(consents)
      .values({
        ...input,
        clientId,
        organisationId: await organisationOfClient(tx, clientId),
        recordedBy: context.actor.userId,
        createdAt: context.now,
      })
      .returning({ id: consents.id });
    return loadConsent(tx, created!.id, today);
  });
}

export function revokeConsent(context: ActionContext, consentId: string, revokedOn: string): Promise<Consent> {
  const today = helsinkiDate(context.now);
  return runClientRecordAction(
    context,
    'client.consent.write',
    (tx) => queries.clientOfConsent(tx, consentId),
    async (tx) => {
      const existing = (await queries.findConsent(tx, consentId))!;
      if (existing.revokedOn !== null) throw conflict('revokedOn', 'already_revoked');
      if (revokedOn < existing.givenOn) throw invalidField('revokedOn', 'end_before_start');
      if (revokedOn > today) throw invalidField('revokedOn', 'date_in_future');
      await tx.update(consents).set({ revokedOn }).where(eq(consents.id, consentId));
      return loadConsent(tx, consentId, today);
    },
  );
}
