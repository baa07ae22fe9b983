import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../i18n/languages';
import { CheckboxField } from '../../components/CheckboxField';
import { DropdownField } from '../../components/DropdownField';
import { FilterBar, FilterDropdown } from '../../components/FilterBar';
import type { Option } from '../../components/options';
import { caseloadStatusFilters } from '../../../contract/caseload';
import type { CaseloadFilters } from './caseload-filters';
import { useProgrammes, type ProgrammeWithModel } from './queries';

type CaseloadFilterBarProps = {
  filters: CaseloadFilters;
  setFilters: (changes: Partial<CaseloadFilters>) => void;
  clearFilters: () => void;
  filtered: boolean;
  /** Filters only one view has, e.g. the team view's coach. */
  children?: ReactNode;
};

export function CaseloadFilterBar({ filters, setFilters, clearFilters, filtered, children }: CaseloadFilterBarProps) {
  const { t, i18n } = useTranslation('caseload');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const programmes = useProgrammes().data?.items ?? [];
  const programmeOptions: Option[] = programmes.map((programme) => ({ value: programme.id, label: programme.name }));
  const statusOptions = caseloadStatusFilters.map((status) => ({ value: status, label: t(`filters.statuses.${status}`) }));

  return (
    <FilterBar
      label={t('filters.label')}
      qa="caseload-filters"
      search={{
        labelText: t('filters.search'),
        searchButtonLabel: t('filters.searchButton'),
        clearButtonLabel: t('filters.clearSearch'),
        value: filters.search,
        onChange: (search) => setFilters({ search }),
        qa: 'filter-search',
      }}
      options={
        <CheckboxField
          label={t('filters.followUpsDue')}
          checked={filters.followUpsDue}
          onChange={(followUpsDue) => setFilters({ followUpsDue })}
          data-qa="filter-follow-ups"
        />
      }
      filtered={filtered}
      onClear={clearFilters}
      clearLabel={t('filters.clear')}
      clearQa="filter-clear"
    >
      {children}
      <FilterDropdown
        labelText={t('filters.programme')}
        anyLabel={t('filters.allProgrammes')}
        options={programmeOptions}
        value={filters.programmeId}
        // A phase belongs to a programme's process model; another programme may not have it.
        onChange={(programmeId) => setFilters({ programmeId, phase: null })}
        qa="filter-programme"
      />
      <FilterDropdown
        labelText={t('filters.phase')}
        anyLabel={t('filters.allPhases')}
        options={phasesOf(programmes, filters.programmeId, language)}
        value={filters.phase}
        onChange={(phase) => setFilters({ phase })}
        qa="filter-phase"
      />
      <DropdownField
        labelText={t('filters.status')}
        options={statusOptions}
        value={filters.status}
        onChange={(status) => setFilters({ status })}
        fullWidth
        data-qa="filter-status"
      />
    </FilterBar>
  );
}

/** The phases of the chosen programme's model, or of every model in use, each phase once. */
function phasesOf(programmes: readonly ProgrammeWithModel[], programmeId: string | null, language: 'fi' | 'sv' | 'en'): Option[] {
  const chosen = programmeId ? programmes.filter((programme) => programme.id === programmeId) : programmes;
  const phases = new Map<string, string>();
  for (const programme of chosen) {
    for (const phase of programme.processModel.definition.phases) {
      if (!phases.has(phase.key)) phases.set(phase.key, phase.name[language]);
    }
  }
  return [...phases].map(([value, label]) => ({ value, label }));
}
