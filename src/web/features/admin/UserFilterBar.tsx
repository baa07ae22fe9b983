import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { Button } from '../../components/Button';
import { DropdownField } from '../../components/DropdownField';
import { useAdminLabels } from './labels';
import { useAdminOrganisations } from './queries';
import { userStatusFilters, type UserFilters } from './user-filters';

/** Dropdowns cannot hold an empty value, so "no filter" has a name of its own. */
const any = 'any' as const;

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
  // The search box keeps its own text while typing; clearing the filters starts a fresh one.
  const [searchGeneration, setSearchGeneration] = useState(0);

  return (
    <section aria-label={t('users.filters.label')} data-qa="user-filters">
      <Fields>
        <SearchBox>
          <SearchInput
            key={searchGeneration}
            labelText={t('users.filters.search')}
            searchButtonLabel={t('users.filters.searchButton')}
            clearButtonLabel={t('users.filters.clearSearch')}
            defaultValue={filters.search}
            debounce={300}
            onChange={(search) => setFilters({ search })}
            onSearch={(search) => setFilters({ search })}
            fullWidth
            data-qa="user-filter-search"
          />
        </SearchBox>
        {organisations.length > 1 ? (
          <DropdownField
            labelText={t('users.filters.organisation')}
            options={[
              { value: any, label: t('users.filters.allOrganisations') },
              ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
            ]}
            value={filters.organisationId ?? any}
            onChange={(value) => setFilters({ organisationId: value === any ? null : value })}
            data-qa="user-filter-organisation"
          />
        ) : null}
        <DropdownField
          labelText={t('users.filters.role')}
          options={[{ value: any, label: t('users.filters.allRoles') }, ...roleOptions]}
          value={filters.role ?? any}
          onChange={(value) => setFilters({ role: value === any ? null : value })}
          data-qa="user-filter-role"
        />
        <DropdownField
          labelText={t('users.filters.status')}
          options={userStatusFilters.map((status) => ({ value: status, label: t(`users.filters.statuses.${status}`) }))}
          value={filters.status}
          onChange={(status) => setFilters({ status })}
          data-qa="user-filter-status"
        />
      </Fields>
      {filtered ? (
        <Button
          variant="secondaryNoBorder"
          mb="m"
          onClick={() => {
            clearFilters();
            setSearchGeneration((generation) => generation + 1);
          }}
          data-qa="user-filter-clear"
        >
          {t('users.filters.clear')}
        </Button>
      ) : null}
    </section>
  );
}

const Fields = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
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
