import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { isLanguage } from '../../i18n/languages';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { DropdownField } from '../../components/DropdownField';
import type { Option } from '../../components/options';
import { caseloadStatusFilters } from '../../../contract/caseload';
import type { CaseloadFilters } from './caseload-filters';
import { useProgrammes, type ProgrammeWithModel } from './queries';

/** Dropdowns cannot hold an empty value, so "no filter" has a name of its own. */
const any = 'any';

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
  // The search box keeps its own text while typing; clearing the filters starts a fresh one.
  const [searchGeneration, setSearchGeneration] = useState(0);

  const programmeOptions: Option[] = [
    { value: any, label: t('filters.allProgrammes') },
    ...programmes.map((programme) => ({ value: programme.id, label: programme.name })),
  ];
  const phaseOptions: Option[] = [{ value: any, label: t('filters.allPhases') }, ...phasesOf(programmes, filters.programmeId, language)];
  const statusOptions = caseloadStatusFilters.map((status) => ({ value: status, label: t(`filters.statuses.${status}`) }));

  return (
    <section aria-label={t('filters.label')} data-qa="caseload-filters">
      <Fields>
        <SearchBox>
          <SearchInput
            key={searchGeneration}
            labelText={t('filters.search')}
            searchButtonLabel={t('filters.searchButton')}
            clearButtonLabel={t('filters.clearSearch')}
            defaultValue={filters.search}
            debounce={300}
            onChange={(search) => setFilters({ search })}
            onSearch={(search) => setFilters({ search })}
            fullWidth
            data-qa="filter-search"
          />
        </SearchBox>
        {children}
        <DropdownField
          labelText={t('filters.programme')}
          options={programmeOptions}
          value={filters.programmeId ?? any}
          // A phase belongs to a programme's process model; another programme may not have it.
          onChange={(value) => setFilters({ programmeId: value === any ? null : value, phase: null })}
          fullWidth
          data-qa="filter-programme"
        />
        <DropdownField
          labelText={t('filters.phase')}
          options={phaseOptions}
          value={filters.phase ?? any}
          onChange={(value) => setFilters({ phase: value === any ? null : value })}
          fullWidth
          data-qa="filter-phase"
        />
        <DropdownField
          labelText={t('filters.status')}
          options={statusOptions}
          value={filters.status}
          onChange={(status) => setFilters({ status })}
          fullWidth
          data-qa="filter-status"
        />
      </Fields>
      <Row>
        <CheckboxField
          label={t('filters.followUpsDue')}
          checked={filters.followUpsDue}
          onChange={(followUpsDue) => setFilters({ followUpsDue })}
          data-qa="filter-follow-ups"
        />
        {filtered ? (
          <Button
            variant="secondaryNoBorder"
            onClick={() => {
              clearFilters();
              setSearchGeneration((generation) => generation + 1);
            }}
            data-qa="filter-clear"
          >
            {t('filters.clear')}
          </Button>
        ) : null}
      </Row>
    </section>
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
