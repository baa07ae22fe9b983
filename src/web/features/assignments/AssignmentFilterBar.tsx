import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { assignmentDueFilters, assignmentSorts, assignmentStatuses } from '../../../contract/assignments';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { DropdownField } from '../../components/DropdownField';
import type { Option } from '../../components/options';
import type { BoardFilters, DueFilter } from './board-filters';
import { useResponders } from './queries';

/** Dropdowns cannot hold an empty value, so "no filter" has a name of its own. */
const any = 'any';

type AssignmentFilterBarProps = {
  filters: BoardFilters;
  setFilters: (changes: Partial<BoardFilters>) => void;
  clearFilters: () => void;
  filtered: boolean;
};

export function AssignmentFilterBar({ filters, setFilters, clearFilters, filtered }: AssignmentFilterBarProps) {
  const { t } = useTranslation('assignments');
  const responders = useResponders().data ?? [];
  const dueOptions: Option[] = [
    { value: any, label: t('filters.anyDue') },
    ...assignmentDueFilters.map((due) => ({ value: due, label: t(`dueStates.${due}`) })),
  ];
  const statusOptions: Option[] = [
    { value: any, label: t('filters.anyStatus') },
    ...assignmentStatuses.map((status) => ({ value: status, label: t(`statuses.${status}`) })),
  ];
  const responderOptions: Option[] = [
    { value: any, label: t('filters.anyResponder') },
    ...responders.map((responder) => ({ value: responder.id, label: responder.name })),
  ];
  const sortOptions = assignmentSorts.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) }));

  return (
    <section aria-label={t('filters.label')} data-qa="assignment-filters">
      <Fields>
        <DropdownField
          labelText={t('filters.due')}
          options={dueOptions}
          value={filters.due ?? any}
          onChange={(due) => setFilters({ due: due === any ? null : (due as DueFilter) })}
          fullWidth
          data-qa="filter-due"
        />
        <DropdownField
          labelText={t('filters.status')}
          options={statusOptions}
          value={filters.status ?? any}
          onChange={(status) => setFilters({ status: status === any ? null : (status as BoardFilters['status']) })}
          fullWidth
          data-qa="filter-status"
        />
        <DropdownField
          labelText={t('filters.responder')}
          options={responderOptions}
          value={filters.responderUserId ?? any}
          onChange={(responderUserId) => setFilters({ responderUserId: responderUserId === any ? null : responderUserId })}
          fullWidth
          data-qa="filter-responder"
        />
        <DropdownField
          labelText={t('sorts.label')}
          options={sortOptions}
          value={filters.sort}
          onChange={(sort) => setFilters({ sort })}
          fullWidth
          data-qa="board-sort"
        />
      </Fields>
      <Row>
        <CheckboxField label={t('filters.mine')} checked={filters.mine} onChange={(mine) => setFilters({ mine })} data-qa="filter-mine" />
        {filtered ? (
          <Button variant="secondaryNoBorder" onClick={clearFilters} data-qa="filter-clear">
            {t('filters.clear')}
          </Button>
        ) : null}
      </Row>
    </section>
  );
}

const Fields = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
  align-items: end;
  column-gap: ${tokens.spacing.m};
`;

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  column-gap: ${tokens.spacing.l};
`;
