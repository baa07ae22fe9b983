import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { employerStages, type IndustrySection } from '../../../contract/employers';
import { CheckboxField } from '../../components/CheckboxField';
import { FilterBar, FilterDropdown } from '../../components/FilterBar';
import { SelectField } from '../../components/SelectField';
import { isLanguage } from '../../i18n/languages';
import { useMunicipalities } from '../client/queries';
import { lastContactChoices, type EmployerFilters } from './employer-filters';
import { useEmployerStaff, useIndustrySections } from './queries';

type EmployerFilterBarProps = {
  filters: EmployerFilters;
  setFilters: (changes: Partial<EmployerFilters>) => void;
  clearFilters: () => void;
  filtered: boolean;
};

export function EmployerFilterBar({ filters, setFilters, clearFilters, filtered }: EmployerFilterBarProps) {
  const { t, i18n } = useTranslation('employers');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const sections = useIndustrySections().data?.items ?? [];
  const municipalities = useMunicipalities().data?.items;
  const staff = useEmployerStaff().data ?? [];
  const municipalityOptions = useMemo(
    () =>
      (municipalities ?? [])
        .map((municipality) => ({ value: municipality.code, label: municipality.name[language === 'sv' ? 'sv' : 'fi'] }))
        .sort((first, second) => first.label.localeCompare(second.label, language)),
    [municipalities, language],
  );

  return (
    <FilterBar
      label={t('filters.label')}
      qa="employer-filters"
      search={{
        labelText: t('filters.text'),
        searchButtonLabel: t('filters.searchButton'),
        clearButtonLabel: t('filters.clearSearch'),
        value: filters.text,
        onChange: (text) => setFilters({ text }),
        qa: 'employer-filter-text',
      }}
      options={
        <CheckboxField
          label={t('filters.mySectors')}
          checked={filters.mySectors}
          onChange={(mySectors) => setFilters({ mySectors })}
          data-qa="employer-filter-my-sectors"
        />
      }
      filtered={filtered}
      onClear={clearFilters}
      clearLabel={t('filters.clear')}
      clearQa="employer-filter-clear"
    >
      <FilterDropdown
        labelText={t('filters.industrySection')}
        anyLabel={t('filters.allSections')}
        options={sections.map((section) => ({
          value: section.code as IndustrySection,
          label: `${section.code} ${section.name[language]}`,
        }))}
        value={filters.industrySection}
        onChange={(industrySection) => setFilters({ industrySection })}
        qa="employer-filter-section"
      />
      <SelectField
        labelText={t('filters.municipality')}
        visualPlaceholder={t('filters.allMunicipalities')}
        options={municipalityOptions}
        value={filters.municipalityCode}
        onChange={(municipalityCode) => setFilters({ municipalityCode })}
        fullWidth
        data-qa="employer-filter-municipality"
      />
      <FilterDropdown
        labelText={t('filters.stage')}
        anyLabel={t('filters.allStages')}
        options={employerStages.map((stage) => ({ value: stage, label: t(`stages.${stage}`) }))}
        value={filters.stage}
        onChange={(stage) => setFilters({ stage })}
        qa="employer-filter-stage"
      />
      <FilterDropdown
        labelText={t('filters.owner')}
        anyLabel={t('filters.allOwners')}
        options={staff.map((member) => ({ value: member.id, label: member.name }))}
        value={filters.ownerUserId}
        onChange={(ownerUserId) => setFilters({ ownerUserId })}
        qa="employer-filter-owner"
      />
      <FilterDropdown
        labelText={t('filters.lastContact')}
        anyLabel={t('filters.lastContactAny')}
        options={lastContactChoices.map((days) => ({
          value: String(days),
          label: t('filters.lastContactOlderThan', { days: String(days) }),
        }))}
        value={filters.lastContactOlderThanDays === null ? null : String(filters.lastContactOlderThanDays)}
        onChange={(days) => setFilters({ lastContactOlderThanDays: days === null ? null : Number(days) })}
        qa="employer-filter-last-contact"
      />
    </FilterBar>
  );
}
