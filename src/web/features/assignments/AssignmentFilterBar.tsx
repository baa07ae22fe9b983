import { useTranslation } from 'react-i18next';
import { assignmentDueFilters, assignmentSorts, assignmentStatuses } from '../../../contract/assignments';
import { CheckboxField } from '../../components/CheckboxField';
import { DropdownField } from '../../components/DropdownField';
import { FilterBar, FilterDropdown } from '../../components/FilterBar';
import type { BoardFilters, DueFilter } from './board-filters';
import { useResponders } from './queries';

type AssignmentFilterBarProps = {
  filters: BoardFilters;
  setFilters: (changes: Partial<BoardFilters>) => void;
  clearFilters: () => void;
  filtered: boolean;
};

export function AssignmentFilterBar({ filters, setFilters, clearFilters, filtered }: AssignmentFilterBarProps) {
  const { t } = useTranslation('assignments');
  const responders = useResponders().data ?? [];

  return (
    <FilterBar
      label={t('filters.label')}
      qa="assignment-filters"
      options={
        <CheckboxField label={t('filters.mine')} checked={filters.mine} onChange={(mine) => setFilters({ mine })} data-qa="filter-mine" />
      }
      filtered={filtered}
      onClear={clearFilters}
      clearLabel={t('filters.clear')}
      clearQa="filter-clear"
    >
      <FilterDropdown<DueFilter>
        labelText={t('filters.due')}
        anyLabel={t('filters.anyDue')}
        options={assignmentDueFilters.map((due) => ({ value: due, label: t(`dueStates.${due}`) }))}
        value={filters.due}
        onChange={(due) => setFilters({ due })}
        qa="filter-due"
      />
      <FilterDropdown
        labelText={t('filters.status')}
        anyLabel={t('filters.anyStatus')}
        options={assignmentStatuses.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
        value={filters.status}
        onChange={(status) => setFilters({ status })}
        qa="filter-status"
      />
      <FilterDropdown
        labelText={t('filters.responder')}
        anyLabel={t('filters.anyResponder')}
        options={responders.map((responder) => ({ value: responder.id, label: responder.name }))}
        value={filters.responderUserId}
        onChange={(responderUserId) => setFilters({ responderUserId })}
        qa="filter-responder"
      />
      <DropdownField
        labelText={t('sorts.label')}
        options={assignmentSorts.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) }))}
        value={filters.sort}
        onChange={(sort) => setFilters({ sort })}
        fullWidth
        data-qa="board-sort"
      />
    </FilterBar>
  );
}
