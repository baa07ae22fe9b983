import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Notification, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { proposalStatuses, type Proposal, type ProposalStatus } from '../../../contract/proposals';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { SectionHeader } from '../client/SectionHeader';
import { useMoveErrorText } from './error-text';
import { HireDialog } from './HireDialog';
import { NotSelectedDialog } from './NotSelectedDialog';
import { ProposalCard } from './ProposalCard';
import { ProposeCandidateDialog } from './ProposeCandidateDialog';
import { useProposalMove, useTargetProposals, type ProposalTarget } from './queries';

/** Statuses that ask for more than the move itself open a dialog; the others move at once. */
type DialogMove = { proposal: Proposal; status: 'not_selected' | 'hired' };

/**
 * The kanban-like board of an assignment's or an opportunity's candidates: one column per status,
 * each card moved with buttons (never by dragging only), so it works by keyboard and screen reader.
 */
export function ProposalPipeline(props: ProposalTarget) {
  const { t } = useTranslation('proposals');
  const target: ProposalTarget = 'assignmentId' in props ? { assignmentId: props.assignmentId } : { opportunityId: props.opportunityId };
  const proposals = useTargetProposals(target);
  const errorText = useMoveErrorText();
  const [proposing, setProposing] = useState(false);
  const [dialog, setDialog] = useState<DialogMove | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);

  const moved = (proposal: Proposal, extra?: string) => {
    setDialog(null);
    setFocusedId(proposal.id);
    setAnnouncement(
      [t('pipeline.moved', { name: proposal.clientName, status: t(`statuses.${proposal.status}`) }), extra].filter(Boolean).join(' '),
    );
  };
  const move = useProposalMove({ onSuccess: (result) => moved(result.proposal) });
  const onMove = (proposal: Proposal, status: ProposalStatus) => {
    move.reset();
    if (status === 'not_selected' || status === 'hired') setDialog({ proposal, status });
    else move.mutate({ proposalId: proposal.id, body: { status, version: proposal.version } });
  };
  const items = proposals.data?.items ?? [];
  const moveError = errorText(move.error);

  return (
    <section data-qa="proposal-pipeline">
      <SectionHeader title={t('pipeline.title')}>
        <Button onClick={() => setProposing(true)} data-qa="proposal-propose-open">
          {t('pipeline.propose')}
        </Button>
      </SectionHeader>
      <Paragraph mb="m">{t('pipeline.intro')}</Paragraph>
      <div role="status" data-qa="proposal-announcement">
        {announcement ? (
          <Notification status="neutral" showCloseButton={false} mb="m">
            {announcement}
          </Notification>
        ) : null}
      </div>
      <div role="alert" data-qa="proposal-move-error">
        {moveError ? (
          <Notification status="error" showCloseButton={false} mb="m">
            {moveError}
          </Notification>
        ) : null}
      </div>
      <ErrorBanner error={proposals.error} />
      {proposals.isPending ? <LoadingIndicator /> : null}
      {proposals.data ? (
        <Board>
          {proposalStatuses.map((status) => {
            const inColumn = items.filter((proposal) => proposal.status === status);
            return (
              <Column key={status} data-qa={`pipeline-column-${status}`}>
                <Heading variant="h3" as="h3" mb="xs">
                  {t(`statuses.${status}`)}
                  <Count>{t('pipeline.count', { count: inColumn.length })}</Count>
                </Heading>
                {inColumn.length === 0 ? (
                  <Empty>{t('pipeline.emptyColumn')}</Empty>
                ) : (
                  <Cards>
                    {inColumn.map((proposal) => (
                      <ProposalCard
                        key={proposal.id}
                        proposal={proposal}
                        onMove={onMove}
                        busy={move.isPending}
                        focused={focusedId === proposal.id}
                      />
                    ))}
                  </Cards>
                )}
              </Column>
            );
          })}
        </Board>
      ) : null}
      {dialog?.status === 'not_selected' ? (
        <NotSelectedDialog proposal={dialog.proposal} onDone={moved} onCancel={() => setDialog(null)} />
      ) : null}
      {dialog?.status === 'hired' ? <HireDialog proposal={dialog.proposal} onDone={moved} onCancel={() => setDialog(null)} /> : null}
      {proposing ? (
        <ProposeCandidateDialog
          target={target}
          onDone={(proposal) => {
            setProposing(false);
            moved(proposal);
          }}
          onCancel={() => setProposing(false)}
        />
      ) : null}
    </section>
  );
}

const Board = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(170px, 1fr));
  gap: ${tokens.spacing.xs};
  margin-bottom: ${tokens.spacing.l};
`;

const Column = styled.div`
  padding: ${tokens.spacing.xs};
  background: ${tokens.colors.highlightLight4};
  border-top: 4px solid ${tokens.colors.highlightBase};
  min-width: 0;

  h3 {
    ${tokens.typography.heading4};
  }
`;

const Count = styled.span`
  ${tokens.typography.bodyTextSmall};
  display: block;
  color: ${tokens.colors.blackLight1};
`;

const Cards = styled.ul`
  margin: 0;
  padding: 0;
`;

const Empty = styled.p`
  ${tokens.typography.bodyTextSmall};
  margin: 0;
  color: ${tokens.colors.blackLight1};
`;
