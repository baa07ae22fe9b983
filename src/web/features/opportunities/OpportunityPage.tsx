import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { RouterLink, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { opportunityTransitions, type Opportunity } from '../../../contract/opportunities';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../format';
import { StatusTag } from '../client/StatusTag';
import { OpportunityMatchSection } from '../matching/OpportunityMatchSection';
import { ProposalPipeline } from '../proposals/ProposalPipeline';
import { CarvedTasks } from './CarvedTasks';
import { OpportunityDetails } from './OpportunityDetails';
import { OpportunityStatusForm } from './OpportunityStatusForm';
import { useOpportunity } from './queries';
import { statusTones } from './status-tones';

/** One opportunity: what it asks, where its tasks came from when it was carved, and its candidates. */
export function OpportunityPage() {
  const { t } = useTranslation('opportunities');
  const opportunityId = useParams().id ?? '';
  const opportunity = useOpportunity(opportunityId);
  return (
    <div data-qa="opportunity-page">
      <PageHeading data-qa="opportunity-title">{opportunity.data?.title ?? t('page.title')}</PageHeading>
      {/* A malformed id and an unreachable opportunity look the same: the record's existence does not leak. */}
      <ErrorBanner
        error={opportunity.error}
        messages={{ not_found: t('page.notFound'), validation: t('page.notFound'), forbidden: t('page.notFound') }}
      />
      {opportunity.isPending ? <LoadingIndicator /> : null}
      {opportunity.data ? <OpportunityView opportunity={opportunity.data} /> : null}
    </div>
  );
}

function OpportunityView({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation('opportunities');
  const navigate = useNavigate();
  const [changingStatus, setChangingStatus] = useState(false);
  const canChangeStatus = opportunity.permissions.write && opportunityTransitions[opportunity.status].length > 0;
  const editPath = opportunity.carved
    ? `/employers/${opportunity.employerId}/job-carving?opportunity=${opportunity.id}`
    : `/opportunities/${opportunity.id}/edit`;

  return (
    <>
      <Header data-qa="opportunity-header">
        <p>
          {t('page.employer')}:{' '}
          <RouterLink asComponent={Link} to={`/employers/${opportunity.employerId}`} data-qa="opportunity-employer">
            {opportunity.employerName}
          </RouterLink>
        </p>
        <p>
          <span data-qa="opportunity-kind">{t(`labels.kind.${opportunity.kind}`)}</span>{' '}
          <StatusTag tone={statusTones[opportunity.status]} data-qa="opportunity-status">
            {t(`labels.status.${opportunity.status}`)}
          </StatusTag>{' '}
          <span>{t('page.statusChangedOn', { date: formatDate(opportunity.statusChangedOn) })}</span>
        </p>
        {opportunity.permissions.write ? (
          <Actions>
            <Button variant="secondary" onClick={() => void navigate(editPath)} data-qa="opportunity-edit">
              {opportunity.carved ? t('page.editCarving') : t('page.edit')}
            </Button>
            {canChangeStatus && !changingStatus ? (
              <Button variant="secondary" onClick={() => setChangingStatus(true)} data-qa="opportunity-status-open">
                {t('page.changeStatus')}
              </Button>
            ) : null}
          </Actions>
        ) : null}
      </Header>
      {opportunity.status === 'cancelled' ? <p>{t('status.final')}</p> : null}
      {changingStatus ? <OpportunityStatusForm opportunity={opportunity} onDone={() => setChangingStatus(false)} /> : null}
      <OpportunityDetails opportunity={opportunity} />
      {opportunity.carved ? <CarvedTasks sourceJobs={opportunity.sourceJobs} /> : null}
      <OpportunityMatchSection opportunityId={opportunity.id} />
      <ProposalPipeline opportunityId={opportunity.id} />
    </>
  );
}

const Header = styled.div`
  margin-bottom: ${tokens.spacing.l};
  padding: ${tokens.spacing.m};
  background: ${tokens.colors.highlightLight4};
  border-left: 4px solid ${tokens.colors.highlightBase};

  p {
    ${tokens.typography.bodyText};
    margin: 0 0 ${tokens.spacing.xs};
  }
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.s};
  margin-top: ${tokens.spacing.s};
`;
