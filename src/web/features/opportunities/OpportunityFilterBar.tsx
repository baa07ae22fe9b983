import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { opportunityKinds, opportunityStatuses } from '../../../contract/opportunities';
import { Button } from '../../components/Button';
import { DropdownField } from '../../components/DropdownField';
import { TextField } from '../../components/TextField';
import { MunicipalityField, municipalityCodeOf } from '../admin/MunicipalityField';
import { optionsOf } from '../client/form-helpers';
import { useMunicipalities } from '../client/queries';
import type { OpportunityFilters } from './opportunity-filters';

/** Dropdowns cannot hold an empty value, so "no filter" has a name of its own. */
const any = 'any' as const;

type OpportunityFilterBarProps = {
  filters: OpportunityFilters;
  setFilters: (changes: Partial<OpportunityFilters>) => void;
  clearFilters: () => void;
  filtered: boolean;
};

export function OpportunityFilterBar({ filters, setFilters, clearFilters, filtered }: OpportunityFilterBarProps) {
  const { t } = useTranslation('opportunities');
  const municipalities = useMunicipalities().data?.items ?? [];
  // Free-text fields keep their own text while typing; clearing the filters starts fresh ones.
  const [generation, setGeneration] = useState(0);
  const municipalityName =
    municipalities.find((municipality) => municipality.code === filters.municipality)?.name.fi ?? filters.municipality;
  const [municipalityText, setMunicipalityText] = useState(municipalityName);
  const [iscoText, setIscoText] = useState(filters.iscoCode);

  const chooseMunicipality = (text: string) => {
    setMunicipalityText(text);
    const code = municipalityCodeOf(text, municipalities);
    // Only a known municipality (or nothing) filters; a half-typed name waits.
    if (code === '' || /^\d{3}$/.test(code)) setFilters({ municipality: code });
  };
  const chooseIscoCode = (text: string) => {
    setIscoText(text);
    if (/^\d{0,4}$/.test(text.trim())) setFilters({ iscoCode: text.trim() });
  };

  return (
    <section aria-label={t('filters.label')} data-qa="opportunity-filters">
      <Fields key={generation}>
        <SearchBox>
          <SearchInput
            labelText={t('filters.search')}
            searchButtonLabel={t('filters.searchButton')}
            clearButtonLabel={t('filters.clearSearch')}
            defaultValue={filters.search}
            debounce={300}
            onChange={(search) => setFilters({ search: String(search ?? '') })}
            onSearch={(search) => setFilters({ search: String(search ?? '') })}
            fullWidth
            data-qa="opportunity-filter-search"
          />
        </SearchBox>
        <DropdownField
          labelText={t('filters.kind')}
          options={[{ value: any, label: t('filters.allKinds') }, ...optionsOf(opportunityKinds, (kind) => t(`labels.kind.${kind}`))]}
          value={filters.kind ?? any}
          onChange={(kind) => setFilters({ kind: kind === any ? null : kind })}
          data-qa="opportunity-filter-kind"
        />
        <DropdownField
          labelText={t('filters.status')}
          options={[
            { value: any, label: t('filters.allStatuses') },
            ...optionsOf(opportunityStatuses, (status) => t(`labels.status.${status}`)),
          ]}
          value={filters.status ?? any}
          onChange={(status) => setFilters({ status: status === any ? null : status })}
          data-qa="opportunity-filter-status"
        />
        <div>
          <MunicipalityField
            labelText={t('filters.municipality')}
            hintText={t('filters.municipalityHint')}
            municipalities={municipalities}
            value={municipalityText}
            onChange={chooseMunicipality}
            data-qa="opportunity-filter-municipality"
          />
        </div>
        <TextField
          labelText={t('filters.occupation')}
          hintText={t('filters.occupationHint')}
          inputMode="numeric"
          value={iscoText}
          onChange={chooseIscoCode}
          data-qa="opportunity-filter-isco"
        />
      </Fields>
      {filtered ? (
        <Button
          variant="secondaryNoBorder"
          mb="m"
          onClick={() => {
            clearFilters();
            setMunicipalityText('');
            setIscoText('');
            setGeneration((current) => current + 1);
          }}
          data-qa="opportunity-filter-clear"
        >
          {t('filters.clear')}
        </Button>
      ) : null}
    </section>
  );
}

const Fields = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  column-gap: ${tokens.spacing.m};

  & > * {
    width: 240px;
  }
`;

const SearchBox = styled.div`
  margin-bottom: ${tokens.spacing.m};

  && {
    width: 320px;
  }
`;
