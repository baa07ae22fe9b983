import { and, eq, sql } from 'drizzle-orm';
import { surveyKinds, type FeedbackTemplate, type SurveyKind, type TemplateContent } from '../../../contract/feedback.js';
import { organisationsAllowed } from '../../auth/policy.js';
import type { Transaction } from '../../db/transaction.js';
import { conflict, invalidField } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { chooseOrganisation, runOrganisationAction } from '../../http/organisation-action.js';
import { defaultTemplates } from './feedback-defaults.js';
import { templateRow } from './feedback.queries.js';
import { feedbackTemplates } from './feedback.tables.js';

async function loadTemplate(tx: Transaction, organisationId: string, kind: SurveyKind): Promise<FeedbackTemplate> {
  const row = await templateRow(tx, organisationId, kind);
  return {
    kind,
    organisationId,
    content: row?.template.content ?? defaultTemplates[kind],
    version: row?.template.version ?? 0,
    updatedAt: row?.template.updatedAt.toISOString() ?? null,
    updatedByName: row?.updatedByName ?? null,
  };
}

export function listTemplates(context: ActionContext, requestedOrganisationId: string | undefined) {
  const organisationId = chooseOrganisation(context, 'feedback.manage_templates', requestedOrganisationId);
  return runOrganisationAction(
    context,
    'feedback.manage_templates',
    organisationId,
    async (tx) => ({
      items: await Promise.all(surveyKinds.map((kind) => loadTemplate(tx, organisationId, kind))),
      canManage: organisationsAllowed(context.actor, 'feedback.manage_templates').includes(organisationId),
    }),
    { audit: 'none' },
  );
}

/** The job seeker survey asks "what helped most": it needs choices to pick from. */
function checkContent(kind: SurveyKind, content: TemplateContent): TemplateContent {
  if (kind === 'job_seeker' && content.choices.length < 2) throw invalidField('content.choices', 'too_small');
  return kind === 'employer' ? { ...content, choices: [] } : content;
}

/** Saves the organisation's wording; `version` guards against overwriting a colleague's edit (0 = still the shipped wording). */
export function saveTemplate(
  context: ActionContext,
  kind: SurveyKind,
  input: { organisationId?: string; version: number; content: TemplateContent },
): Promise<FeedbackTemplate> {
  const organisationId = chooseOrganisation(context, 'feedback.manage_templates', input.organisationId);
  const content = checkContent(kind, input.content);
  return runOrganisationAction(
    context,
    'feedback.manage_templates',
    organisationId,
    async (tx) => {
      const values = { content, updatedBy: context.actor.userId, updatedAt: context.now };
      if (input.version === 0) {
        const inserted = await tx
          .insert(feedbackTemplates)
          .values({ organisationId, kind, version: 1, ...values })
          .onConflictDoNothing()
          .returning({ id: feedbackTemplates.id });
        if (inserted.length === 0) throw conflict('version', 'stale_version');
      } else {
        const updated = await tx
          .update(feedbackTemplates)
          .set({ ...values, version: sql`${feedbackTemplates.version} + 1` })
          .where(
            and(
              eq(feedbackTemplates.organisationId, organisationId),
              eq(feedbackTemplates.kind, kind),
              eq(feedbackTemplates.version, input.version),
            ),
          )
          .returning({ id: feedbackTemplates.id });
        if (updated.length === 0) throw conflict('version', 'stale_version');
      }
      return loadTemplate(tx, organisationId, kind);
    },
    { audit: 'write', targetId: () => null },
  );
}
