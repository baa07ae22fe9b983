import { useTranslation } from 'react-i18next';
import { DropdownField } from '../../components/DropdownField';
import { FilterBar, FilterDropdown } from '../../components/FilterBar';
import { useAdminLabels } from './labels';
import { useAdminOrganisations } from './queries';
import { userStatusFilters, type UserFilters } from './user-filters';

type UserFilterBarProps = {
  filters: UserFilters;
  setFilters: (changes: Partial<UserFilters>) => void;
  clearFilters: () => void;
  filtered: boolean;
};

export function UserFilterBar({ filters, setFilters, clearFilters, filtered }: UserFilterBarProps) {
  const { t } = useTranslation('admin');
  const { roleOptions } = useAdminLabels();
  const organisations = useAdminOrganisations().data ?? [];

  return (
    <FilterBar
      label={t('users.filters.label')}
      qa="user-filters"
      search={{
        labelText: t('users.filters.search'),
        searchButtonLabel: t('users.filters.searchButton'),
        clearButtonLabel: t('users.filters.clearSearch'),
        value: filters.search,
        onChange: (search) => setFilters({ search }),
        qa: 'user-filter-search',
      }}
      filtered={filtered}
      onClear={clearFilters}
      clearLabel={t('users.filters.clear')}
      clearQa="user-filter-clear"
    >
      {organisations.length > 1 ? (
        <FilterDropdown
          labelText={t('users.filters.organisation')}
          anyLabel={t('users.filters.allOrganisations')}
          options={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
          value={filters.organisationId}
          onChange={(organisationId) => setFilters({ organisationId })}
          qa="user-filter-organisation"
        />
      ) : null}
      <FilterDropdown
        labelText={t('users.filters.role')}
        anyLabel={t('users.filters.allRoles')}
        options={roleOptions}
        value={filters.role}
        onChange={(role) => setFilters({ role })}
        qa="user-filter-role"
      />
      <DropdownField
        labelText={t('users.filters.status')}
        options={userStatusFilters.map((status) => ({ value: status, label: t(`users.filters.statuses.${status}`) }))}
        value={filters.status}
        onChange={(status) => setFilters({ status })}
        fullWidth
        data-qa="user-filter-status"
      />
    </FilterBar>
  );
}
