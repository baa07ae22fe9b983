import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, RadioButton, RadioButtonGroup, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { FidelityReviewItem, FidelityScaleItem } from '../../../contract/fidelity';
import { TextareaField } from '../../components/TextareaField';
import { isLanguage } from '../../i18n/languages';
import { EvidenceText } from './EvidenceText';

export type ItemScore = { finalScore: number | null; note: string };

const scores = [1, 2, 3, 4, 5] as const;

type FidelityItemFieldProps = {
  scaleItem: FidelityScaleItem;
  item: FidelityReviewItem;
  value: ItemScore;
  onChange: (value: ItemScore) => void;
  noteError?: string;
  readOnly: boolean;
};

/**
 * One scale item: its criterion and anchors, what Polku pre-filled and from which figures, and the
 * reviewers' score. The anchors exist in English only, so they carry lang="en" for screen readers.
 */
export function FidelityItemField({ scaleItem, item, value, onChange, noteError, readOnly }: FidelityItemFieldProps) {
  const { t, i18n } = useTranslation('fidelity');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const { number } = scaleItem;
  const overridden = value.finalScore !== null && item.prefilledScore !== null && value.finalScore !== item.prefilledScore;
  return (
    <ItemBox data-qa={`fidelity-item-${number}`}>
      <Heading variant="h3" mb="xs">
        {t('review.item', { number, title: scaleItem.title[language] })}
      </Heading>
      <Paragraph mb="s">
        <strong>{t('review.criterion')}: </strong>
        <span lang="en">{scaleItem.criterion}</span>
      </Paragraph>
      <Prefill data-qa={`item-${number}-prefill`}>
        {item.prefilledScore !== null ? (
          <>
            <Paragraph mb="xs">
              <strong data-qa={`item-${number}-prefilled`}>{t('review.prefilled', { score: item.prefilledScore })}</strong>
            </Paragraph>
            {item.evidence ? <EvidenceText evidence={item.evidence} number={number} /> : null}
          </>
        ) : (
          <>
            <Paragraph mb="xs">{item.evidence ? t('review.prefilledNoData') : t('review.prefilledNone')}</Paragraph>
            {item.evidence ? <EvidenceText evidence={item.evidence} number={number} /> : null}
          </>
        )}
      </Prefill>
      {readOnly ? (
        <Paragraph mb="s" data-qa={`item-${number}-final`}>
          {value.finalScore === null ? t('review.notScored') : `${value.finalScore} – `}
          {value.finalScore === null ? null : <span lang="en">{scaleItem.anchors[value.finalScore as 1]}</span>}
          {value.note ? ` (${value.note})` : null}
        </Paragraph>
      ) : (
        <>
          <RadioButtonGroup
            labelText={t('review.score', { number })}
            name={`item-${number}`}
            value={value.finalScore === null ? '' : String(value.finalScore)}
            onChange={(next) => onChange({ ...value, finalScore: Number(next) })}
            mb="s"
          >
            {scores.map((score) => (
              <RadioButton key={score} value={String(score)} data-qa={`item-${number}-score-${score}`}>
                <strong>{score}</strong> – <span lang="en">{scaleItem.anchors[score]}</span>
              </RadioButton>
            ))}
          </RadioButtonGroup>
          {overridden ? (
            <Paragraph mb="xs" data-qa={`item-${number}-overridden`}>
              {t('review.overridden', { prefilled: item.prefilledScore, final: value.finalScore })}
            </Paragraph>
          ) : null}
          <TextareaField
            labelText={t('review.note')}
            hintText={item.prefilledScore !== null ? t('review.noteHint') : undefined}
            optional={!overridden}
            value={value.note}
            onChange={(note) => onChange({ ...value, note })}
            error={noteError}
            fullWidth
            data-qa={`item-${number}-note`}
          />
        </>
      )}
    </ItemBox>
  );
}

const ItemBox = styled.div`
  border-top: 1px solid ${tokens.colors.depthLight2};
  padding-top: ${tokens.spacing.m};
  margin-bottom: ${tokens.spacing.l};
`;

const Prefill = styled.div`
  background: ${tokens.colors.highlightLight4};
  border-left: 4px solid ${tokens.colors.highlightBase};
  padding: ${tokens.spacing.s};
  margin-bottom: ${tokens.spacing.s};
`;
