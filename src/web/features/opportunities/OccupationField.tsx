import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { EscoOccupation } from '../../../contract/esco';
import { Button } from '../../components/Button';
import { useDebouncedValue } from '../../components/debounced-value';
import { useEscoLabel } from './esco-labels';
import { useOccupationSearch } from './queries';
import { SearchCombobox } from '../../components/SearchCombobox';

export type ChosenOccupation = Pick<EscoOccupation, 'uri' | 'iscoCode' | 'label'>;

type OccupationFieldProps = {
  value: ChosenOccupation | null;
  onChange: (occupation: ChosenOccupation | null) => void;
  error?: string;
};

/** The ESCO occupation of an opportunity: searched by name in any of the three languages or by ISCO code. */
export function OccupationField({ value, onChange, error }: OccupationFieldProps) {
  const { t } = useTranslation('opportunities');
  const { language, label } = useEscoLabel();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text);
  const results = useOccupationSearch(search, language);
  return (
    <div data-qa="occupation-field">
      <SearchCombobox
        labelText={t('occupation.label')}
        hintText={t('occupation.hint')}
        optional
        error={error}
        inputValue={text}
        onInputChange={setText}
        items={text.trim() === '' ? [] : (results.data?.items ?? [])}
        loading={results.isFetching}
        itemKey={(occupation) => occupation.uri}
        renderItem={(occupation) => (
          <>
            {label(occupation.label)}
            <Detail>
              {' '}
              ISCO {occupation.iscoCode}
              {occupation.matchedAlternativeLabel ? ` · ${t('occupation.alternative', { label: occupation.matchedAlternativeLabel })}` : ''}
            </Detail>
          </>
        )}
        onSelect={(occupation) => {
          onChange({ uri: occupation.uri, iscoCode: occupation.iscoCode, label: occupation.label });
          setText('');
        }}
        data-qa="occupation-search"
      />
      {value ? (
        <Chosen data-qa="occupation-chosen">
          <span>{t('occupation.selected', { label: label(value.label), code: value.iscoCode })}</span>
          <Button variant="secondaryNoBorder" onClick={() => onChange(null)} data-qa="occupation-remove">
            {t('occupation.remove')}
          </Button>
        </Chosen>
      ) : null}
    </div>
  );
}

const Detail = styled.span`
  color: ${tokens.colors.blackLight1};
`;

const Chosen = styled.div`
  ${tokens.typography.bodyTextSmall};
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.spacing.s};
  margin-bottom: ${tokens.spacing.m};
`;
