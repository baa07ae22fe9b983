import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RouterLink, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { proposalTransitions, type Proposal, type ProposalStatus } from '../../../contract/proposals';
import { Button } from '../../components/Button';
import { formatDate } from '../../format';

type ProposalCardProps = {
  proposal: Proposal;
  onMove: (proposal: Proposal, status: ProposalStatus) => void;
  busy: boolean;
  /** Focus lands on the card after it moved to another column, so keyboard users keep their place. */
  focused: boolean;
};

/** One candidate on the board: who, since when, and a button for each move the state machine allows. */
export function ProposalCard({ proposal, onMove, busy, focused }: ProposalCardProps) {
  const { t } = useTranslation('proposals');
  const card = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focused) card.current?.focus();
  }, [focused]);
  const moves = proposal.canWrite ? proposalTransitions[proposal.status] : [];

  return (
    <Card ref={card} tabIndex={-1} data-qa="proposal-card" data-client={proposal.clientId} data-status={proposal.status}>
      <Name>
        <RouterLink asComponent={Link} to={`/clients/${proposal.clientId}`} data-qa="proposal-client-link">
          {proposal.clientName}
        </RouterLink>
      </Name>
      <Meta>{t('pipeline.proposedOn', { date: formatDate(proposal.proposedAt) })}</Meta>
      {proposal.reason ? <Meta data-qa="proposal-reason">{t('pipeline.reason', { reason: t(`reasons.${proposal.reason}`) })}</Meta> : null}
      {proposal.note ? <Note>{proposal.note}</Note> : null}
      {proposal.placementId ? (
        <Meta>
          <RouterLink
            asComponent={Link}
            to={`/placements/${proposal.placementId}`}
            aria-label={t('pipeline.openPlacementLabel', { name: proposal.clientName })}
            data-qa="proposal-placement-link"
          >
            {t('pipeline.openPlacement')}
          </RouterLink>
        </Meta>
      ) : null}
      {moves.length > 0 ? (
        <Moves role="group" aria-label={`${t('pipeline.moves')}: ${proposal.clientName}`}>
          <MovesCaption aria-hidden>{t('pipeline.moves')}</MovesCaption>
          {moves.map((status) => (
            <Button
              key={status}
              variant="secondary"
              fullWidth
              disabled={busy}
              onClick={() => onMove(proposal, status)}
              aria-label={t('pipeline.moveLabel', { name: proposal.clientName, status: t(`statuses.${status}`) })}
              data-qa={`proposal-move-${status}`}
            >
              {t('pipeline.moveTo', { status: t(`statuses.${status}`) })}
            </Button>
          ))}
        </Moves>
      ) : null}
    </Card>
  );
}

const Card = styled.li`
  list-style: none;
  margin: 0 0 ${tokens.spacing.xs};
  padding: ${tokens.spacing.xs};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: 2px;
  background: ${tokens.colors.whiteBase};

  &:focus {
    ${tokens.focuses.boxShadowFocus};
    outline: none;
  }
`;

const Name = styled.p`
  ${tokens.typography.bodySemiBold};
  margin: 0 0 ${tokens.spacing.xxs};
`;

const Meta = styled.p`
  ${tokens.typography.bodyTextSmall};
  margin: 0 0 ${tokens.spacing.xxs};
`;

const Note = styled.p`
  ${tokens.typography.bodyTextSmall};
  margin: 0 0 ${tokens.spacing.xxs};
  color: ${tokens.colors.blackLight1};
  overflow-wrap: anywhere;
`;

const MovesCaption = styled.span`
  ${tokens.typography.bodyTextSmall};
  color: ${tokens.colors.blackLight1};
`;

const Moves = styled.div`
  display: grid;
  gap: ${tokens.spacing.xxs};
  margin-top: ${tokens.spacing.xs};

  button {
    min-height: 32px;
    padding: ${tokens.spacing.xxs};
    ${tokens.typography.bodySemiBoldSmall};
    overflow-wrap: normal;
    hyphens: auto;
  }
`;
