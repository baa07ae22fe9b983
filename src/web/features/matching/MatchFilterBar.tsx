import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/CheckboxField';
import { FilterBar } from '../../components/FilterBar';
import { TextField } from '../../components/TextField';
import { MunicipalityField, municipalityCodeOf } from '../admin/MunicipalityField';
import { useMunicipalities } from '../client/queries';
import { noMatchFilters, type MatchFilterValues } from './queries';

type MatchFilterBarProps = {
  filters: MatchFilterValues;
  onChange: (filters: MatchFilterValues) => void;
  /** Candidate lists filter by the person's home and phase; job lists by the job's municipality. */
  direction: 'candidates' | 'opportunities';
};

/** Municipality, maximum distance and (for candidates) only people in a job-search phase. */
export function MatchFilterBar({ filters, onChange, direction }: MatchFilterBarProps) {
  const { t } = useTranslation('matching');
  const municipalities = useMunicipalities().data?.items ?? [];
  const [municipalityText, setMunicipalityText] = useState('');
  const [distanceText, setDistanceText] = useState('');
  const distanceValid = distanceText.trim() === '' || /^([1-9]\d{0,2}|1000)$/.test(distanceText.trim());

  const chooseMunicipality = (text: string) => {
    setMunicipalityText(text);
    const code = municipalityCodeOf(text, municipalities);
    // Only a known municipality (or nothing) filters; a half-typed name waits.
    if (code === '' || /^\d{3}$/.test(code)) onChange({ ...filters, municipality: code || null });
  };
  const chooseDistance = (text: string) => {
    setDistanceText(text);
    const trimmed = text.trim();
    if (trimmed === '') onChange({ ...filters, maxDistanceKm: null });
    else if (/^([1-9]\d{0,2}|1000)$/.test(trimmed)) onChange({ ...filters, maxDistanceKm: Number(trimmed) });
  };
  const filtered = filters.municipality !== null || filters.maxDistanceKm !== null || filters.onlyInJobSearch;

  return (
    <FilterBar
      label={t('filters.label')}
      qa="match-filters"
      filtered={filtered}
      onClear={() => {
        setMunicipalityText('');
        setDistanceText('');
        onChange(noMatchFilters);
      }}
      clearLabel={t('filters.clear')}
      clearQa="match-filter-clear"
      options={
        direction === 'candidates' ? (
          <CheckboxField
            label={t('filters.onlyInJobSearch')}
            checked={filters.onlyInJobSearch}
            onChange={(onlyInJobSearch) => onChange({ ...filters, onlyInJobSearch })}
            data-qa="match-filter-job-search"
          />
        ) : null
      }
    >
      <MunicipalityField
        labelText={direction === 'candidates' ? t('filters.homeMunicipality') : t('filters.workMunicipality')}
        hintText={t('filters.municipalityHint')}
        municipalities={municipalities}
        value={municipalityText}
        onChange={chooseMunicipality}
        data-qa="match-filter-municipality"
      />
      <TextField
        labelText={t('filters.maxDistance')}
        optional
        inputMode="numeric"
        value={distanceText}
        onChange={chooseDistance}
        error={distanceValid ? undefined : t('filters.maxDistanceError')}
        fullWidth
        data-qa="match-filter-distance"
      />
    </FilterBar>
  );
}
