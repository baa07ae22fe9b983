import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { surveyKinds, type SurveyKind } from '../../../contract/feedback';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { settingsRoles, useOrganisationChoice } from '../assignments/organisation-choice';
import { useFeedbackTemplates } from './queries';
import { TemplateEditor } from './TemplateEditor';

/** Managers word the surveys of their organisation in Finnish, Swedish and English. */
export function FeedbackTemplatesPage() {
  const { t } = useTranslation('feedback');
  const organisation = useOrganisationChoice(settingsRoles);
  const templates = useFeedbackTemplates(organisation.organisationId);
  const [kind, setKind] = useState<SurveyKind>('job_seeker');
  const template = templates.data?.items.find((item) => item.kind === kind);

  return (
    <div data-qa="feedback-templates-page">
      <PageHeading>{t('templates.title')}</PageHeading>
      <Paragraph mb="s">
        <RouterLink asComponent={Link} to="/feedback">
          {t('templates.backToResults')}
        </RouterLink>
      </Paragraph>
      <Paragraph mb="l">{t('templates.intro')}</Paragraph>
      {organisation.options.length > 1 ? (
        <DropdownField
          labelText={t('results.organisation')}
          options={organisation.options}
          value={organisation.organisationId}
          onChange={organisation.choose}
          data-qa="template-organisation"
        />
      ) : null}
      <DropdownField
        labelText={t('templates.kind')}
        options={surveyKinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
        value={kind}
        onChange={setKind}
        data-qa="template-kind"
      />
      <ErrorBanner error={templates.error} />
      {templates.isPending ? <LoadingIndicator /> : null}
      {template ? <TemplateEditor key={`${template.organisationId}-${template.kind}`} template={template} /> : null}
    </div>
  );
}
