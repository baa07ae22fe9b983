import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled, { css } from 'styled-components';
import type { Enrolment } from '../../../../contract/enrolments';
import { formatDate } from '../../../format';

type StepState = 'done' | 'current' | 'upcoming';
type Visit = { start: string; end: string | null; by: string };

/** Each stay in a phase: from its change to the next change (or the end of the enrolment). The server lists changes in the order they were made. */
function visitsByPhase(enrolment: Enrolment): Map<string, Visit[]> {
  const history = enrolment.phaseHistory;
  const visits = new Map<string, Visit[]>();
  history.forEach((change, index) => {
    const next = history[index + 1];
    const visit = { start: change.changedOn, end: next?.changedOn ?? enrolment.endDate, by: change.changedByName };
    visits.set(change.phase, [...(visits.get(change.phase) ?? []), visit]);
  });
  return visits;
}

/** Every phase of the process model in order, with the dates the client spent in each. */
export function PhaseTimeline({ enrolment }: { enrolment: Enrolment }) {
  const { t } = useTranslation('client');
  const visits = visitsByPhase(enrolment);
  const stateOf = (key: string): StepState => {
    if (key === enrolment.currentPhase && enrolment.endDate === null) return 'current';
    return visits.has(key) ? 'done' : 'upcoming';
  };

  return (
    <Steps data-qa="phase-timeline">
      {enrolment.phases.map((phase, index) => {
        const state = stateOf(phase.key);
        return (
          <Step
            key={phase.key}
            $state={state}
            aria-current={state === 'current' ? 'step' : undefined}
            data-qa={`phase-${phase.key}`}
            data-state={state}
          >
            <Marker $state={state} aria-hidden>
              {index + 1}
            </Marker>
            <div>
              <Name>{phase.name}</Name>
              <State>{t(`phases.${state}`)}</State>
              {(visits.get(phase.key) ?? []).map((visit) => (
                <Dates key={visit.start + visit.by}>
                  {visit.end === null
                    ? t('phases.since', { date: formatDate(visit.start) })
                    : t('phases.dates', { start: formatDate(visit.start), end: formatDate(visit.end) })}
                </Dates>
              ))}
              <Description>{phase.description}</Description>
            </div>
          </Step>
        );
      })}
    </Steps>
  );
}

const Steps = styled.ol`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(170px, 1fr));
  gap: ${tokens.spacing.xs};
  margin: 0 0 ${tokens.spacing.m};
  padding: 0;
  list-style: none;
`;

const Step = styled.li<{ $state: StepState }>`
  display: flex;
  gap: ${tokens.spacing.xs};
  padding: ${tokens.spacing.xs};
  border: 1px solid ${tokens.colors.depthLight1};
  border-top: 4px solid ${tokens.colors.depthLight1};
  background: ${tokens.colors.whiteBase};
  ${({ $state }) =>
    $state === 'current' &&
    css`
      border-color: ${tokens.colors.highlightBase};
      border-top-color: ${tokens.colors.highlightBase};
      background: ${tokens.colors.highlightLight4};
    `}
  ${({ $state }) =>
    $state === 'done' &&
    css`
      border-top-color: ${tokens.colors.successBase};
    `}
`;

const Marker = styled.span<{ $state: StepState }>`
  ${tokens.typography.bodySemiBoldSmall};
  flex: none;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 24px;
  height: 24px;
  border-radius: 50%;
  border: 2px solid
    ${({ $state }) => ($state === 'upcoming' ? tokens.colors.depthBase : $state === 'current' ? tokens.colors.highlightBase : tokens.colors.successBase)};
  background: ${({ $state }) => ($state === 'current' ? tokens.colors.highlightBase : tokens.colors.whiteBase)};
  color: ${({ $state }) => ($state === 'current' ? tokens.colors.whiteBase : tokens.colors.blackBase)};
`;

const Name = styled.div`
  ${tokens.typography.bodySemiBoldSmall};
`;

const State = styled.div`
  ${tokens.typography.bodyTextSmall};
  color: ${tokens.colors.blackLight1};
  font-style: italic;
`;

const Dates = styled.div`
  ${tokens.typography.bodyTextSmall};
`;

const Description = styled.div`
  ${tokens.typography.bodyTextSmall};
  color: ${tokens.colors.blackLight1};
  margin-top: ${tokens.spacing.xxs};
`;
