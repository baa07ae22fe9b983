import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import type { Proposal, ProposalStatus } from '../../../contract/proposals';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { formatDate } from '../../format';
import { RecordTable } from '../client/RecordTable';
import { SectionHeader } from '../client/SectionHeader';
import { StatusTag, type Tone } from '../client/StatusTag';
import { useClientProposals } from './queries';

const tones: Record<ProposalStatus, Tone> = {
  proposed: 'neutral',
  employer_interested: 'highlight',
  interview: 'highlight',
  hired: 'success',
  not_selected: 'alert',
  withdrawn: 'neutral',
};

/** An assignment's page shows its proposals; a proposal straight to an opportunity is shown on the opportunity's page. */
const targetPage = (proposal: Proposal) =>
  proposal.assignmentId ? `/assignments/${proposal.assignmentId}` : `/opportunities/${proposal.opportunityId}`;

/** The job seeker's page: to which employers and jobs they have been proposed, and how it went. */
export function ClientProposals({ clientId }: { clientId: string }) {
  const { t } = useTranslation('proposals');
  const proposals = useClientProposals(clientId);
  const items = proposals.data?.items ?? [];

  return (
    <section data-qa="client-proposals">
      <SectionHeader title={t('client.title')} level="h3" />
      <ErrorBanner error={proposals.error} />
      {proposals.isPending ? <LoadingIndicator /> : null}
      {proposals.isSuccess && items.length === 0 ? <Paragraph mb="l">{t('client.empty')}</Paragraph> : null}
      {items.length > 0 ? (
        <RecordTable caption={t('client.list')} hideCaption data-qa="client-proposal-table">
          <thead>
            <tr>
              <th scope="col">{t('client.employer')}</th>
              <th scope="col">{t('client.target')}</th>
              <th scope="col">{t('client.status')}</th>
              <th scope="col">{t('client.proposedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((proposal) => (
              <tr key={proposal.id} data-qa="client-proposal" data-status={proposal.status}>
                <td>{proposal.employerName}</td>
                <td>
                  <RouterLink asComponent={Link} to={targetPage(proposal)}>
                    {proposal.opportunityTitle ?? proposal.assignmentRole}
                  </RouterLink>
                </td>
                <td>
                  <StatusTag tone={tones[proposal.status]}>{t(`statuses.${proposal.status}`)}</StatusTag>
                  {proposal.reason ? <div>{t(`reasons.${proposal.reason}`)}</div> : null}
                </td>
                <td>{formatDate(proposal.proposedAt)}</td>
              </tr>
            ))}
          </tbody>
        </RecordTable>
      ) : null}
    </section>
  );
}
