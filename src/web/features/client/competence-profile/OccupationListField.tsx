import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button as SuomifiButton, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { EscoOccupation } from '../../../../contract/esco';
import { useDebouncedValue } from '../../../components/debounced-value';
import { useEscoLabel } from '../../opportunities/esco-labels';
import { useOccupationSearch } from '../../opportunities/queries';
import { SearchCombobox } from '../../../components/SearchCombobox';
import type { ChosenOccupation } from './profile-form';
import { FieldGroup, FieldGroupLegend } from '../../../components/FieldGroup';

type OccupationSearchProps = {
  labelText: string;
  optional?: boolean;
  error?: string;
  onSelect: (occupation: ChosenOccupation) => void;
  'data-qa': string;
};

/** An ESCO occupation searched by name in any of the three languages or by ISCO code. */
export function OccupationSearch({ labelText, optional, error, onSelect, 'data-qa': dataQa }: OccupationSearchProps) {
  const { t } = useTranslation('competenceProfile');
  const { language, label } = useEscoLabel();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text);
  const results = useOccupationSearch(search, language);
  return (
    <SearchCombobox<EscoOccupation>
      labelText={labelText}
      hintText={t('occupations.hint')}
      optional={optional}
      error={error}
      inputValue={text}
      onInputChange={setText}
      items={text.trim() === '' ? [] : (results.data?.items ?? [])}
      loading={results.isFetching}
      itemKey={(occupation) => occupation.uri}
      renderItem={(occupation) => (
        <>
          {label(occupation.label)} <Detail>{t('occupations.isco', { code: occupation.iscoCode })}</Detail>
        </>
      )}
      onSelect={(occupation) => {
        onSelect({ uri: occupation.uri, iscoCode: occupation.iscoCode, label: occupation.label });
        setText('');
      }}
      data-qa={dataQa}
    />
  );
}

type OccupationListFieldProps = {
  legend: string;
  value: readonly ChosenOccupation[];
  onChange: (value: ChosenOccupation[]) => void;
  /** The error of the list or of one of its entries, e.g. 'occupationsOfInterest.0.uri'. */
  error?: string;
  'data-qa': string;
};

/** Several occupations: searched one at a time, shown as removable chips. */
export function OccupationListField({ legend, value, onChange, error, 'data-qa': dataQa }: OccupationListFieldProps) {
  const { t } = useTranslation('competenceProfile');
  const { label } = useEscoLabel();
  return (
    <FieldGroup data-qa={dataQa}>
      <FieldGroupLegend>{legend}</FieldGroupLegend>
      <OccupationSearch
        labelText={t('occupations.search')}
        error={error}
        onSelect={(occupation) => {
          if (!value.some((chosen) => chosen.uri === occupation.uri)) onChange([...value, occupation]);
        }}
        data-qa={`${dataQa}-search`}
      />
      {value.length === 0 ? (
        <Paragraph mb="s">{t('none')}</Paragraph>
      ) : (
        <Chips>
          {value.map((occupation) => (
            <li key={occupation.uri} data-qa="chosen-occupation">
              <span>
                {label(occupation.label)} <Detail>({t('occupations.isco', { code: occupation.iscoCode })})</Detail>
              </span>
              <RemoveButton
                variant="secondaryNoBorder"
                onClick={() => onChange(value.filter((chosen) => chosen.uri !== occupation.uri))}
                aria-label={t('occupations.remove', { label: label(occupation.label) })}
              >
                ×
              </RemoveButton>
            </li>
          ))}
        </Chips>
      )}
    </FieldGroup>
  );
}

const Detail = styled.span`
  color: ${tokens.colors.blackLight1};
`;

export const Chips = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.xs};
  list-style: none;
  margin: 0 0 ${tokens.spacing.s};
  padding: 0;

  li {
    ${tokens.typography.bodyTextSmall};
    display: inline-flex;
    align-items: center;
    gap: ${tokens.spacing.xxs};
    padding: 0 0 0 ${tokens.spacing.s};
    border: 1px solid ${tokens.colors.highlightLight2};
    border-radius: 16px;
    background: ${tokens.colors.highlightLight4};
  }
`;

export const RemoveButton = styled(SuomifiButton)`
  && {
    min-height: 32px;
    padding: 0 ${tokens.spacing.s};
  }
`;
