import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled, { css } from 'styled-components';
import { employerStages, type Employer, type EmployerStage } from '../../../../contract/employers';
import { formatDate } from '../../../format';

type StepState = 'done' | 'current' | 'upcoming';

/** The five stages in order, each with the date it was last reached. */
export function StageSteps({ employer }: { employer: Employer }) {
  const { t } = useTranslation('employers');
  const reached = new Map<EmployerStage, string>();
  for (const change of employer.stageHistory) reached.set(change.stage, change.changedOn);
  const currentIndex = employerStages.indexOf(employer.stage);
  const stateOf = (index: number): StepState => (index === currentIndex ? 'current' : index < currentIndex ? 'done' : 'upcoming');

  return (
    <Steps aria-label={t('stage.steps')} data-qa="employer-stage-steps">
      {employerStages.map((stage, index) => {
        const state = stateOf(index);
        const date = reached.get(stage);
        return (
          <Step
            key={stage}
            $state={state}
            aria-current={state === 'current' ? 'step' : undefined}
            data-qa={`employer-step-${stage}`}
            data-state={state}
          >
            <Name>{t(`stages.${stage}`)}</Name>
            {state === 'current' ? <Detail>{t('stage.current')}</Detail> : null}
            {date && state !== 'upcoming' ? <Detail>{t('stage.reached', { date: formatDate(date) })}</Detail> : null}
          </Step>
        );
      })}
    </Steps>
  );
}

const Steps = styled.ol`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(140px, 1fr));
  gap: ${tokens.spacing.xs};
  margin: 0 0 ${tokens.spacing.m};
  padding: 0;
  list-style: none;
`;

const Step = styled.li<{ $state: StepState }>`
  padding: ${tokens.spacing.xs} ${tokens.spacing.s};
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

const Name = styled.div`
  ${tokens.typography.bodySemiBoldSmall};
`;

const Detail = styled.div`
  ${tokens.typography.bodyTextSmall};
  color: ${tokens.colors.blackLight1};
`;
