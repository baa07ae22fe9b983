import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { RouterLink, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { SectionHeader } from '../client/SectionHeader';
import { EmployerSurveyPanel } from '../feedback/EmployerSurveyPanel';
import { EndPlacementDialog } from './EndPlacementDialog';
import { PlacementDetails } from './PlacementDetails';
import { PlacementEditForm } from './PlacementEditForm';
import { usePlacement } from './queries';
import { SupportAgreementForm } from './SupportAgreementForm';

/** One placement: its terms, editing and ending them, and the support agreed with the employer (IPS phase 4). */
export function PlacementPage() {
  const { t } = useTranslation(['placements', 'common']);
  const placementId = useParams().id ?? '';
  const placement = usePlacement(placementId);
  const [editing, setEditing] = useState(false);
  const [ending, setEnding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const data = placement.data;
  const heading = data ? t('page.heading', { client: data.clientName, employer: data.employerName }) : t('page.title');

  return (
    <div data-qa="placement-page">
      <PageHeading>{heading}</PageHeading>
      <ErrorBanner error={placement.error} messages={{ not_found: t('page.notFound'), validation: t('page.notFound') }} />
      {placement.isPending ? <LoadingIndicator /> : null}
      {data ? (
        <>
          <Back>
            <RouterLink asComponent={Link} to={`/clients/${data.clientId}?section=employment`} data-qa="placement-to-client">
              {t('page.toClient')}
            </RouterLink>
          </Back>
          {notice ? <Notice data-qa="placement-page-notice">{notice}</Notice> : null}
          <section data-qa="placement-details">
            <SectionHeader title={t('page.details')}>
              {data.canWrite && !editing ? (
                <Button variant="secondary" onClick={() => setEditing(true)} data-qa="placement-edit-open">
                  {t('page.edit')}
                </Button>
              ) : null}
              {data.canWrite && data.endedOn === null ? (
                <Button variant="secondary" onClick={() => setEnding(true)} data-qa="placement-end-open">
                  {t('page.end')}
                </Button>
              ) : null}
            </SectionHeader>
            {editing ? (
              <PlacementEditForm
                key={data.version}
                placement={data}
                onDone={(saved) => {
                  setEditing(false);
                  if (saved) setNotice(t('page.saved'));
                }}
              />
            ) : null}
            <PlacementDetails placement={data} />
          </section>
          <SupportAgreementForm placementId={data.id} canWrite={data.canWrite} onSaved={() => setNotice(t('agreement.saved'))} />
          <EmployerSurveyPanel employerId={data.employerId} placementId={data.id} />
          {ending ? <EndPlacementDialog placement={data} onDone={() => setEnding(false)} /> : null}
        </>
      ) : null}
    </div>
  );
}

const Back = styled.p`
  margin: 0 0 ${tokens.spacing.l};
`;
