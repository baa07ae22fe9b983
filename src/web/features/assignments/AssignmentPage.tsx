import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Paragraph, RouterLink, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { Assignment } from '../../../contract/assignments';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { useFlashNotice } from '../admin/flash-notice';
import { SectionHeader } from '../client/SectionHeader';
import { ProposalPipeline } from '../proposals/ProposalPipeline';
import { OpportunityMatchSection } from '../matching/OpportunityMatchSection';
import { DetailsSummary, ResponseSummary } from './AssignmentSummaryLists';
import { EditAssignment } from './EditAssignment';
import { useAssignment } from './queries';
import { RespondPanel } from './RespondPanel';
import { StatusPanel } from './StatusPanel';

type OpenPanel = 'respond' | 'status' | 'edit' | null;

/** One assignment: its response against the agreed time, its details and status, and its candidates. */
export function AssignmentPage() {
  const { t } = useTranslation('assignments');
  const assignmentId = useParams().id ?? '';
  const assignment = useAssignment(assignmentId);
  return (
    <div data-qa="assignment-page">
      <PageHeading data-qa="assignment-title">
        {assignment.data
          ? t('page.heading', { role: assignment.data.requestedRole, employer: assignment.data.employer.name })
          : t('page.title')}
      </PageHeading>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/assignments">
          {t('page.back')}
        </RouterLink>
      </Paragraph>
      {/* A malformed id and another organisation's assignment look the same: existence does not leak. */}
      <ErrorBanner error={assignment.error} messages={{ not_found: t('page.notFound'), validation: t('page.notFound') }} />
      {assignment.isPending ? <LoadingIndicator /> : null}
      {assignment.data ? <AssignmentView assignment={assignment.data} /> : null}
    </div>
  );
}

function AssignmentView({ assignment }: { assignment: Assignment }) {
  const { t } = useTranslation('assignments');
  const flash = useFlashNotice();
  const [panel, setPanel] = useState<OpenPanel>(null);
  const [notice, setNotice] = useState<string | null>(flash);
  const open = assignment.status !== 'closed';
  const canRespond = assignment.canWrite && open && assignment.firstResponseAt === null;
  const done = (message: string | null) => {
    setPanel(null);
    if (message) setNotice(message);
  };
  const openPanel = (next: OpenPanel) => {
    setNotice(null);
    setPanel(next);
  };

  return (
    <>
      {notice ? <Notice data-qa="assignment-notice">{notice}</Notice> : null}
      <Section data-qa="assignment-response">
        <SectionHeader title={t('page.responseTitle')}>
          {canRespond && panel !== 'respond' ? (
            <Button onClick={() => openPanel('respond')} data-qa="assignment-respond">
              {t('page.respond')}
            </Button>
          ) : null}
        </SectionHeader>
        {panel === 'respond' ? <RespondPanel assignment={assignment} onDone={done} /> : null}
        <ResponseSummary assignment={assignment} />
      </Section>
      <Section data-qa="assignment-details">
        <SectionHeader title={t('page.details')}>
          {assignment.canWrite && panel !== 'edit' ? (
            <Button variant="secondary" onClick={() => openPanel('edit')} data-qa="assignment-edit">
              {t('page.edit')}
            </Button>
          ) : null}
          {assignment.canWrite && open && panel !== 'status' ? (
            <Button variant="secondary" onClick={() => openPanel('status')} data-qa="assignment-change-status">
              {t('page.changeStatus')}
            </Button>
          ) : null}
        </SectionHeader>
        {panel === 'status' ? <StatusPanel assignment={assignment} onDone={done} /> : null}
        {panel === 'edit' ? <EditAssignment assignment={assignment} onDone={done} /> : <DetailsSummary assignment={assignment} />}
      </Section>
      <ProposalPipeline assignmentId={assignment.id} />
      {assignment.opportunity && open ? (
        <OpportunityMatchSection opportunityId={assignment.opportunity.id} assignmentId={assignment.id} />
      ) : null}
    </>
  );
}

const Section = styled.div`
  margin-bottom: ${tokens.spacing.xl};
`;
