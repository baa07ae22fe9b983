import { inArray } from 'drizzle-orm';
import type { Locale } from '../../../contract/common.js';
import type { FeedbackResults, ResultFigures, SurveyKind } from '../../../contract/feedback.js';
import { authorizeOrganisation, organisationsAllowed } from '../../auth/policy.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { inTransaction } from '../../db/transaction.js';
import type { ActionContext } from '../../http/client-action.js';
import { municipalities } from '../../reference/reference.tables.js';
import { organisations } from '../organisations/organisations.tables.js';
import { defaultTemplates } from './feedback-defaults.js';
import * as results from './feedback-results.queries.js';
import type { AnswerGroup } from './feedback-results.queries.js';
import { templateContentFor } from './feedback.queries.js';

/** Fewer answers than this are not shown to users who may not read the answers themselves. */
export const smallestShownGroup = 5;
const gradeScale = [4, 5, 6, 7, 8, 9, 10];

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function sumGroups(groups: AnswerGroup[]) {
  const total = {
    answers: 0,
    promoters: 0,
    passives: 0,
    detractors: 0,
    gradeSum: 0,
    gradeCount: 0,
    effectivenessSum: 0,
    effectivenessCount: 0,
    grades: gradeScale.map(() => 0),
  };
  for (const group of groups) {
    total.answers += group.answers;
    total.promoters += group.promoters;
    total.passives += group.passives;
    total.detractors += group.detractors;
    total.gradeSum += group.gradeSum;
    total.gradeCount += group.gradeCount;
    total.effectivenessSum += group.effectivenessSum;
    total.effectivenessCount += group.effectivenessCount;
    group.grades.forEach((count, index) => (total.grades[index]! += count));
  }
  return total;
}

/** NPS = % promoters (9–10) − % detractors (0–6); passives (7–8) count in the base only. */
export function figuresOf(groups: AnswerGroup[], maySeeSmallGroups: boolean): ResultFigures {
  const sum = sumGroups(groups);
  const suppressed = sum.answers > 0 && sum.answers < smallestShownGroup && !maySeeSmallGroups;
  if (sum.answers === 0 || suppressed) {
    return {
      answers: suppressed ? 0 : sum.answers,
      suppressed,
      promoters: null,
      passives: null,
      detractors: null,
      nps: null,
      meanGrade: null,
      grades: null,
      meanEffectiveness: null,
    };
  }
  return {
    answers: sum.answers,
    suppressed: false,
    promoters: sum.promoters,
    passives: sum.passives,
    detractors: sum.detractors,
    nps: round(((sum.promoters - sum.detractors) / sum.answers) * 100, 1),
    meanGrade: sum.gradeCount > 0 ? round(sum.gradeSum / sum.gradeCount, 2) : null,
    grades: sum.gradeCount > 0 ? gradeScale.map((grade, index) => ({ grade, count: sum.grades[index]! })) : null,
    meanEffectiveness: sum.effectivenessCount > 0 ? round(sum.effectivenessSum / sum.effectivenessCount, 2) : null,
  };
}

export async function feedbackResults(
  context: ActionContext,
  query: { kind: SurveyKind; organisationId?: string; from?: string; to?: string },
  locale: Locale,
): Promise<FeedbackResults> {
  authorizeOrganisation(context.actor, 'feedback.read_results', query.organisationId);
  const allowed = organisationsAllowed(context.actor, 'feedback.read_results');
  const organisationIds = query.organisationId ? [query.organisationId] : allowed;
  const readers = new Set(organisationsAllowed(context.actor, 'feedback.read_free_text'));
  const mayReadAll = (ids: Iterable<string>) => [...ids].every((id) => readers.has(id));
  const filter = { organisationIds, kind: query.kind, from: query.from, to: query.to };
  const freeTextFilter = { ...filter, organisationIds: organisationIds.filter((id) => readers.has(id)) };

  const work = inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, async (tx) => {
    const groups = await results.answerGroups(tx, filter);
    const names = await tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(inArray(organisations.id, organisationIds));
    const municipalityCodes = [...new Set(groups.map((group) => group.municipalityCode).filter((code): code is string => code !== null))];
    const places =
      municipalityCodes.length === 0 ? [] : await tx.select().from(municipalities).where(inArray(municipalities.code, municipalityCodes));
    const choices = organisationIds[0]
      ? (await templateContentFor(tx, organisationIds[0], query.kind)).choices
      : defaultTemplates[query.kind].choices;
    const freeText = freeTextFilter.organisationIds.length > 0 ? await results.freeTextAnswers(tx, freeTextFilter) : null;
    const byMunicipality = [...new Set(groups.map((group) => group.municipalityCode))].map((code) => {
      const inPlace = groups.filter((group) => group.municipalityCode === code);
      const place = places.find((candidate) => candidate.code === code);
      return {
        municipalityCode: code,
        name: place ? { fi: place.nameFi, sv: place.nameSv } : null,
        ...figuresOf(inPlace, mayReadAll(inPlace.map((group) => group.organisationId))),
      };
    });
    return {
      kind: query.kind,
      invitationsSent: await results.invitationsSent(tx, filter),
      total: figuresOf(groups, mayReadAll(organisationIds)),
      byOrganisation: names
        .map((organisation) => ({
          organisationId: organisation.id,
          name: organisation.name,
          ...figuresOf(
            groups.filter((group) => group.organisationId === organisation.id),
            readers.has(organisation.id),
          ),
        }))
        .sort((first, second) => first.name.localeCompare(second.name, 'fi')),
      byMunicipality: byMunicipality.sort((first, second) => (first.name?.fi ?? '').localeCompare(second.name?.fi ?? '', 'fi')),
      // A choice counted where the user may not see small groups would reveal them too.
      helpedMost:
        mayReadAll(organisationIds) || groups.reduce((sum, group) => sum + group.answers, 0) >= smallestShownGroup
          ? (await results.helpedMostCounts(tx, filter)).map((row) => ({
              key: row.key,
              label: choices.find((choice) => choice.key === row.key)?.labels[locale] ?? row.key,
              count: row.count,
            }))
          : [],
      freeText: freeText?.map((row) => ({ answeredOn: row.answered_on, text: row.text, organisationName: row.organisation_name })) ?? null,
      freeTextClients: [...new Set((freeText ?? []).flatMap((row) => (row.client_id ? [row.client_id] : [])))],
    };
  });
  const { freeTextClients, ...answer } = await work;
  // Free text is the people's own words: reading it is audited, naming whose answers were shown.
  if (answer.freeText !== null) {
    await recordAudit(
      context.deps.db,
      {
        actorUserId: context.actor.userId,
        organisationId: freeTextFilter.organisationIds[0] ?? null,
        action: 'feedback.read_free_text',
        outcome: 'success',
        clientIds: freeTextClients,
        requestId: context.requestId,
      },
      context.now,
    );
  }
  return answer;
}
