import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { employerStages, type IndustrySection } from '../../../contract/employers';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { DropdownField } from '../../components/DropdownField';
import { SelectField } from '../../components/SelectField';
import { isLanguage } from '../../i18n/languages';
import { useMunicipalities } from '../client/queries';
import { lastContactChoices, type EmployerFilters } from './employer-filters';
import { useEmployerStaff, useIndustrySections } from './queries';

/** Dropdowns cannot hold an empty value, so "no filter" has a name of its own. */
const any = 'any';

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
  // The search box keeps its own text while typing; clearing the filters starts a fresh one.
  const [searchGeneration, setSearchGeneration] = useState(0);
  const municipalityOptions = useMemo(
    () =>
      (municipalities ?? [])
        .map((municipality) => ({ value: municipality.code, label: municipality.name[language === 'sv' ? 'sv' : 'fi'] }))
        .sort((first, second) => first.label.localeCompare(second.label, language)),
    [municipalities, language],
  );

  return (
    <section aria-label={t('filters.label')} data-qa="employer-filters">
      <Fields>
        <SearchBox>
          <SearchInput
            key={searchGeneration}
            labelText={t('filters.text')}
            searchButtonLabel={t('filters.searchButton')}
            clearButtonLabel={t('filters.clearSearch')}
            defaultValue={filters.text}
            debounce={300}
            onChange={(text) => setFilters({ text: String(text ?? '') })}
            onSearch={(text) => setFilters({ text: String(text ?? '') })}
            fullWidth
            data-qa="employer-filter-text"
          />
        </SearchBox>
        <DropdownField
          labelText={t('filters.industrySection')}
          options={[
            { value: any, label: t('filters.allSections') },
            ...sections.map((section) => ({ value: section.code, label: `${section.code} ${section.name[language]}` })),
          ]}
          value={filters.industrySection ?? any}
          onChange={(value) => setFilters({ industrySection: value === any ? null : (value as IndustrySection) })}
          fullWidth
          data-qa="employer-filter-section"
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
        <DropdownField
          labelText={t('filters.stage')}
          options={[
            { value: any, label: t('filters.allStages') },
            ...employerStages.map((stage) => ({ value: stage, label: t(`stages.${stage}`) })),
          ]}
          value={filters.stage ?? any}
          onChange={(value) => setFilters({ stage: value === any ? null : (value as EmployerFilters['stage']) })}
          fullWidth
          data-qa="employer-filter-stage"
        />
        <DropdownField
          labelText={t('filters.owner')}
          options={[{ value: any, label: t('filters.allOwners') }, ...staff.map((member) => ({ value: member.id, label: member.name }))]}
          value={filters.ownerUserId ?? any}
          onChange={(value) => setFilters({ ownerUserId: value === any ? null : value })}
          fullWidth
          data-qa="employer-filter-owner"
        />
        <DropdownField
          labelText={t('filters.lastContact')}
          options={[
            { value: any, label: t('filters.lastContactAny') },
            ...lastContactChoices.map((days) => ({
              value: String(days),
              label: t('filters.lastContactOlderThan', { days: String(days) }),
            })),
          ]}
          value={filters.lastContactOlderThanDays === null ? any : String(filters.lastContactOlderThanDays)}
          onChange={(value) => setFilters({ lastContactOlderThanDays: value === any ? null : Number(value) })}
          fullWidth
          data-qa="employer-filter-last-contact"
        />
      </Fields>
      <Row>
        <CheckboxField
          label={t('filters.mySectors')}
          checked={filters.mySectors}
          onChange={(mySectors) => setFilters({ mySectors })}
          data-qa="employer-filter-my-sectors"
        />
        {filtered ? (
          <Button
            variant="secondaryNoBorder"
            onClick={() => {
              clearFilters();
              setSearchGeneration((generation) => generation + 1);
            }}
            data-qa="employer-filter-clear"
          >
            {t('filters.clear')}
          </Button>
        ) : null}
      </Row>
    </section>
  );
}

const Fields = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
  align-items: end;
  column-gap: ${tokens.spacing.m};
`;

const SearchBox = styled.div`
  margin-bottom: ${tokens.spacing.m};
`;

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  column-gap: ${tokens.spacing.l};
`;
