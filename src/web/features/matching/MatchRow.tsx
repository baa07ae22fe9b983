import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { MatchLabels } from '../../../contract/match-lists';
import type { MatchExplanation as Explanation } from '../../../contract/matching';
import type { ProposalStatus } from '../../../contract/proposals';
import { Button } from '../../components/Button';
import { StatusTag } from '../client/StatusTag';
import { useExplanationText } from './explanation-text';
import { MatchExplanation } from './MatchExplanation';

export type MatchRowProps = {
  rank: number;
  /** The person or the job, usually a link to its page. */
  title: ReactNode;
  /** The same in plain text, for the buttons' accessible names. */
  name: string;
  /** A line of facts under the title (employer, municipality, phase). */
  facts?: ReactNode;
  explanation: Explanation;
  labels: MatchLabels;
  proposal: { id: string; status: ProposalStatus } | null;
  /** null: no propose button (not allowed, or no consent). */
  onPropose: (() => void) | null;
  proposing: boolean;
  'data-qa': string;
  'data-id': string;
};

/** One ranked row: score, distance, the requirement a near miss lacks; the explanation opens below it. */
export function MatchRow(props: MatchRowProps) {
  const { t } = useTranslation(['matching', 'proposals']);
  const text = useExplanationText(props.labels);
  const [open, setOpen] = useState(false);
  const explanationId = useId();
  const { explanation } = props;
  const commute = explanation.components.find((component) => component.kind === 'commute');
  const distance =
    commute?.kind === 'commute' && commute.distanceKm !== null
      ? t('row.distance', { km: text.number(commute.distanceKm) })
      : t('row.distanceUnknown');

  return (
    <Row data-qa={props['data-qa']} data-id={props['data-id']}>
      <Summary>
        <Rank aria-hidden="true">{props.rank}.</Rank>
        <Main>
          <Title>{props.title}</Title>
          {props.facts ? <Facts>{props.facts}</Facts> : null}
          <Facts>
            <strong data-qa="match-score">
              {t('row.score', { score: text.number(explanation.score), max: text.number(explanation.maxScore) })}
            </strong>
            {' · '}
            <span data-qa="match-distance">{distance}</span>
            {explanation.nearMiss ? (
              <>
                {' · '}
                <span data-qa="match-missed">{t('row.missed', { requirement: text.filter(explanation.nearMiss) })}</span>
              </>
            ) : null}
          </Facts>
        </Main>
        <Actions>
          <Button
            variant="secondaryNoBorder"
            aria-expanded={open}
            aria-controls={explanationId}
            aria-label={t('row.showExplanationLabel', { name: props.name })}
            onClick={() => setOpen(!open)}
            data-qa="match-explain"
          >
            {t('row.showExplanation')}
          </Button>
          {props.proposal ? (
            <StatusTag tone="success" data-qa="match-proposed">
              {t('row.proposed', { status: t(`proposals:statuses.${props.proposal.status}`) })}
            </StatusTag>
          ) : props.onPropose ? (
            <Button
              variant="secondary"
              onClick={props.onPropose}
              busy={props.proposing}
              aria-label={t('row.proposeLabel', { name: props.name })}
              data-qa="match-propose"
            >
              {t('row.propose')}
            </Button>
          ) : null}
        </Actions>
      </Summary>
      {open ? <MatchExplanation id={explanationId} explanation={explanation} labels={props.labels} /> : <div id={explanationId} hidden />}
    </Row>
  );
}

const Row = styled.li`
  padding: ${tokens.spacing.s} 0;
  border-bottom: 1px solid ${tokens.colors.depthLight2};
  list-style: none;
`;

const Summary = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  gap: ${tokens.spacing.s};
`;

const Rank = styled.span`
  ${tokens.typography.bodySemiBold};
  min-width: 2em;
`;

const Main = styled.div`
  flex: 1 1 20rem;
`;

const Title = styled.div`
  ${tokens.typography.bodySemiBold};
`;

const Facts = styled.div`
  ${tokens.typography.bodyTextSmall};
  color: ${tokens.colors.blackBase};
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.spacing.xs};
`;
