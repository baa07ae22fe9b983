import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { MatchLabels } from '../../../contract/match-lists';
import type { MatchExplanation as Explanation } from '../../../contract/matching';
import { useExplanationText } from './explanation-text';

/** Why a pair scored what it did: each component's points and the facts behind them, and any requirement missed. */
export function MatchExplanation({ explanation, labels, id }: { explanation: Explanation; labels: MatchLabels; id: string }) {
  const { t } = useTranslation('matching');
  const text = useExplanationText(labels);
  return (
    <Wrapper id={id} data-qa="match-explanation">
      {explanation.excludedBy.length > 0 ? (
        <Excluded data-qa="match-excluded">
          {t('explanation.excluded', { reasons: explanation.excludedBy.map(text.filter).join(', ') })}
        </Excluded>
      ) : null}
      <Table>
        <caption>{t('explanation.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('explanation.part')}</th>
            <th scope="col">{t('explanation.pointsColumn')}</th>
            <th scope="col">{t('explanation.details')}</th>
          </tr>
        </thead>
        <tbody>
          {explanation.components.map((component) => (
            <tr key={component.kind} data-qa={`match-component-${component.kind}`}>
              <th scope="row">{t(`components.${component.kind}`)}</th>
              <td>{t('explanation.points', { points: text.number(component.points), max: text.number(component.maxPoints) })}</td>
              <td>
                {text.details(component).map((line) => (
                  <div key={line}>{line}</div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Wrapper>
  );
}

const Wrapper = styled.div`
  margin-top: ${tokens.spacing.s};
`;

const Excluded = styled.p`
  ${tokens.typography.bodySemiBold};
  margin: 0 0 ${tokens.spacing.xs};
`;

const Table = styled.table`
  border-collapse: collapse;
  width: 100%;
  ${tokens.typography.bodyTextSmall};

  caption {
    text-align: left;
    ${tokens.typography.bodySemiBoldSmall};
    margin-bottom: ${tokens.spacing.xxs};
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: ${tokens.spacing.xxs} ${tokens.spacing.xs};
    border-bottom: 1px solid ${tokens.colors.depthLight2};
  }
  th[scope='row'] {
    font-weight: 600;
    white-space: nowrap;
  }
  td:nth-child(2) {
    white-space: nowrap;
  }
`;
