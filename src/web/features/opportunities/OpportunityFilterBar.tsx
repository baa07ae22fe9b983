import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { opportunityKinds, opportunityStatuses } from '../../../contract/opportunities';
import { FilterBar, FilterDropdown } from '../../components/FilterBar';
import { TextField } from '../../components/TextField';
import { MunicipalityField, municipalityCodeOf } from '../admin/MunicipalityField';
import { optionsOf } from '../client/form-helpers';
import { useMunicipalities } from '../client/queries';
import type { OpportunityFilters } from './opportunity-filters';

type OpportunityFilterBarProps = {
  filters: OpportunityFilters;
  setFilters: (changes: Partial<OpportunityFilters>) => void;
  clearFilters: () => void;
  filtered: boolean;
};

export function OpportunityFilterBar({ filters, setFilters, clearFilters, filtered }: OpportunityFilterBarProps) {
  const { t } = useTranslation('opportunities');
  const municipalities = useMunicipalities().data?.items ?? [];
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
    <FilterBar
      label={t('filters.label')}
      qa="opportunity-filters"
      search={{
        labelText: t('filters.search'),
        searchButtonLabel: t('filters.searchButton'),
        clearButtonLabel: t('filters.clearSearch'),
        value: filters.search,
        onChange: (search) => setFilters({ search }),
        qa: 'opportunity-filter-search',
      }}
      filtered={filtered}
      onClear={() => {
        clearFilters();
        setMunicipalityText('');
        setIscoText('');
      }}
      clearLabel={t('filters.clear')}
      clearQa="opportunity-filter-clear"
    >
      <FilterDropdown
        labelText={t('filters.kind')}
        anyLabel={t('filters.allKinds')}
        options={optionsOf(opportunityKinds, (kind) => t(`labels.kind.${kind}`))}
        value={filters.kind}
        onChange={(kind) => setFilters({ kind })}
        qa="opportunity-filter-kind"
      />
      <FilterDropdown
        labelText={t('filters.status')}
        anyLabel={t('filters.allStatuses')}
        options={optionsOf(opportunityStatuses, (status) => t(`labels.status.${status}`))}
        value={filters.status}
        onChange={(status) => setFilters({ status })}
        qa="opportunity-filter-status"
      />
      <MunicipalityField
        labelText={t('filters.municipality')}
        hintText={t('filters.municipalityHint')}
        municipalities={municipalities}
        value={municipalityText}
        onChange={chooseMunicipality}
        data-qa="opportunity-filter-municipality"
      />
      <TextField
        labelText={t('filters.occupation')}
        hintText={t('filters.occupationHint')}
        inputMode="numeric"
        value={iscoText}
        onChange={chooseIscoCode}
        data-qa="opportunity-filter-isco"
      />
    </FilterBar>
  );
}
