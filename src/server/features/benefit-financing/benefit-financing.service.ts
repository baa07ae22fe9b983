import { and, eq, sql } from 'drizzle-orm';
import type {
  ClientExposure,
  ExposureQuery,
  ExposureResponse,
  FinancingSettings,
  RecordBenefitDaysRequest,
  UpdateFinancingSettingsRequest,
} from '../../../contract/benefit-financing.js';
import type { Transaction } from '../../db/transaction.js';
import { conflict, invalidField } from '../../errors.js';
import { runAuditedWork, runClientAction, type ActionContext } from '../../http/client-action.js';
import { chooseOrganisation, runOrganisationAction } from '../../http/organisation-action.js';
import { authorizeOrganisation } from '../../auth/policy.js';
import { helsinkiDate } from '../../time.js';
import { monthlyShare, tierPosition } from './benefit-tiers.js';
import * as queries from './benefit-financing.queries.js';
import { benefitFinancingSettings, clientBenefitDays } from './benefit-financing.tables.js';

async function loadSettings(tx: Transaction, organisationId: string): Promise<FinancingSettings> {
  const row = await queries.findSettings(tx, organisationId);
  if (!row) {
    return {
      organisationId,
      tiers: [],
      legalSource: null,
      dailyAmount: null,
      dailyAmountSource: null,
      configured: false,
      version: 0,
      updatedAt: null,
    };
  }
  const configured = row.tiers.length > 0 && row.legalSource !== null && row.dailyAmount !== null && row.dailyAmountSource !== null;
  return {
    organisationId,
    tiers: row.tiers,
    legalSource: row.legalSource,
    dailyAmount: row.dailyAmount,
    dailyAmountSource: row.dailyAmountSource,
    configured,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function getSettings(context: ActionContext, requestedOrganisationId: string | undefined): Promise<FinancingSettings> {
  const organisationId = chooseOrganisation(context, 'benefit_financing.settings.manage', requestedOrganisationId);
  return runOrganisationAction(context, 'benefit_financing.settings.manage', organisationId, (tx) => loadSettings(tx, organisationId), {
    audit: 'none',
  });
}

/** Version 0 creates the organisation's first settings; later saves must name the version they changed. */
export function updateSettings(context: ActionContext, input: UpdateFinancingSettingsRequest): Promise<FinancingSettings> {
  const { organisationId: requested, version, ...fields } = input;
  const organisationId = chooseOrganisation(context, 'benefit_financing.settings.manage', requested);
  return runOrganisationAction(
    context,
    'benefit_financing.settings.manage',
    organisationId,
    async (tx) => {
      const values = { ...fields, updatedBy: context.actor.userId, updatedAt: context.now };
      const changed =
        version === 0
          ? await tx
              .insert(benefitFinancingSettings)
              .values({ organisationId, ...values })
              .onConflictDoNothing()
              .returning()
          : await tx
              .update(benefitFinancingSettings)
              .set({ ...values, version: sql`${benefitFinancingSettings.version} + 1` })
              .where(and(eq(benefitFinancingSettings.organisationId, organisationId), eq(benefitFinancingSettings.version, version)))
              .returning();
      if (changed.length === 0) throw conflict('version', 'stale_version');
      return loadSettings(tx, organisationId);
    },
    { audit: 'write', targetId: () => organisationId },
  );
}

async function benefitDays(tx: Transaction, clientId: string) {
  const history = (await queries.benefitDayHistory(tx, clientId)).map((row) => ({
    id: row.id,
    benefitDays: row.benefitDays,
    asOf: row.asOf,
    recordedAt: row.createdAt.toISOString(),
  }));
  return { latest: history[0] ?? null, history };
}

export function getBenefitDays(context: ActionContext, clientId: string) {
  return runClientAction(context, 'client.benefit_days.read', clientId, (tx) => benefitDays(tx, clientId));
}

export function recordBenefitDays(context: ActionContext, clientId: string, input: RecordBenefitDaysRequest) {
  if (input.asOf > helsinkiDate(context.now)) throw invalidField('asOf', 'date_in_future');
  return runClientAction(context, 'client.benefit_days.write', clientId, async (tx) => {
    const organisationId = (await queries.clientOrganisation(tx, clientId))!;
    await tx
      .insert(clientBenefitDays)
      .values({ organisationId, clientId, ...input, recordedBy: context.actor.userId, createdAt: context.now });
    return benefitDays(tx, clientId);
  });
}

/** The named worklist of a municipality: every client touched is named in one audit entry. */
export function exposure(context: ActionContext, query: ExposureQuery): Promise<ExposureResponse> {
  const organisationId = chooseOrganisation(context, 'benefit_financing.exposure.read', query.organisationId);
  authorizeOrganisation(context.actor, 'benefit_financing.exposure.read', organisationId);
  const month = helsinkiDate(context.now).slice(0, 7);
  return runAuditedWork(
    context,
    'benefit_financing.exposure.read',
    async (tx) => {
      const settings = await loadSettings(tx, organisationId);
      const rows = await queries.exposureRows(tx, context.actor, organisationId, query.municipalityCode);
      const items = rows.map((row): ClientExposure => {
        const base = { clientId: row.clientId, name: `${row.lastName} ${row.firstName}` };
        if (!row.latest) return { ...base, benefitDays: null, asOf: null, currentTier: null, nextTier: null, monthlyShare: null };
        const { benefitDays: days, asOf } = row.latest;
        const euros = settings.configured ? monthlyShare(days, asOf, settings.tiers, settings.dailyAmount!, month) : null;
        return { ...base, benefitDays: days, asOf, ...tierPosition(days, asOf, settings.tiers), monthlyShare: euros };
      });
      const total = settings.configured ? items.reduce((sum, item) => sum + (item.monthlyShare ?? 0), 0) : null;
      return {
        municipalityCode: query.municipalityCode,
        month,
        settings,
        items,
        totalMonthlyShare: total === null ? null : Math.round(total * 100) / 100,
      };
    },
    (result) => result.items.map((item) => item.clientId),
    organisationId,
  );
}
