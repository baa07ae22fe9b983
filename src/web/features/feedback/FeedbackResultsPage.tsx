import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph, RouterLink, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { surveyKinds, type SurveyKind } from '../../../contract/feedback';
import { hasAnyRole, useSession } from '../../auth/session';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { useOrganisationChoice } from '../assignments/organisation-choice';
import { useFeedbackResults, type ResultsQuery } from './queries';
import { ResultTables } from './ResultTables';

const resultRoles = ['team_lead', 'admin', 'analyst'] as const;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** NPS and grades by organisation and municipality; free text for those allowed to read it. */
export function FeedbackResultsPage() {
  const { t } = useTranslation('feedback');
  const session = useSession().data;
  const organisation = useOrganisationChoice(resultRoles);
  const [kind, setKind] = useState<SurveyKind>('job_seeker');
  const [organisationId, setOrganisationId] = useState<string>('all');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [query, setQuery] = useState<ResultsQuery>({ kind: 'job_seeker' });
  const results = useFeedbackResults(query);
  const organisationOptions = [{ value: 'all', label: t('results.allOrganisations') }, ...organisation.options];

  return (
    <div data-qa="feedback-results-page">
      <PageHeading>{t('results.title')}</PageHeading>
      <Paragraph mb="m">{t('results.intro')}</Paragraph>
      {session && hasAnyRole(session, ['team_lead', 'admin']) ? (
        <Paragraph mb="l">
          <RouterLink asComponent={Link} to="/feedback/templates" data-qa="feedback-templates-link">
            {t('results.templates')}
          </RouterLink>
          {' · '}
          <RouterLink asComponent={Link} to="/feedback/invitations" data-qa="feedback-delivery-link">
            {t('delivery.deliveryLink')}
          </RouterLink>
        </Paragraph>
      ) : null}
      <Filters
        onSubmit={(event) => {
          event.preventDefault();
          setQuery({
            kind,
            organisationId: organisationId === 'all' ? undefined : organisationId,
            from: isoDate.test(from) ? from : undefined,
            to: isoDate.test(to) ? to : undefined,
          });
        }}
        data-qa="feedback-filters"
      >
        <DropdownField
          labelText={t('results.kind')}
          options={surveyKinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
          value={kind}
          onChange={setKind}
          data-qa="feedback-kind"
        />
        {organisation.options.length > 1 ? (
          <DropdownField
            labelText={t('results.organisation')}
            options={organisationOptions}
            value={organisationId}
            onChange={setOrganisationId}
            data-qa="feedback-organisation"
          />
        ) : null}
        <DateField labelText={t('results.from')} value={from} onChange={setFrom} optional data-qa="feedback-from" />
        <DateField labelText={t('results.to')} value={to} onChange={setTo} optional data-qa="feedback-to" />
        <Button type="submit" data-qa="feedback-show">
          {t('results.show')}
        </Button>
      </Filters>
      <ErrorBanner error={results.error} />
      {results.isPending ? <LoadingIndicator /> : null}
      {results.data ? (
        <>
          <Paragraph mb="l" data-qa="feedback-summary">
            {t('results.sent')}: <strong data-qa="feedback-sent">{results.data.invitationsSent}</strong> · {t('results.answers')}:{' '}
            <strong data-qa="feedback-answers">
              {results.data.total.suppressed ? t('results.suppressed') : results.data.total.answers}
            </strong>
          </Paragraph>
          <ResultTables results={results.data} />
        </>
      ) : null}
    </div>
  );
}

const Filters = styled.form`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: 0 ${tokens.spacing.l};
  margin-bottom: ${tokens.spacing.l};

  & > button {
    margin-bottom: ${tokens.spacing.m};
  }
`;
