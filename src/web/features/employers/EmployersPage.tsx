import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph, RouterLink, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { hasAnyRole, useSession } from '../../auth/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeading } from '../../components/PageHeading';
import { useTableSearchParams } from '../../components/table-state';
import { defaultEmployerSort, employerQueryOf, useEmployerFilters } from './employer-filters';
import { EmployerFilterBar } from './EmployerFilterBar';
import { EmployerTable } from './EmployerTable';
import { useEmployerList } from './queries';

/** The organisation's employer register with its filters and order in the address, like the caseload. */
export function EmployersPage() {
  const { t } = useTranslation('employers');
  const { data: session } = useSession();
  const table = useTableSearchParams(defaultEmployerSort);
  const { filters, setFilters, clearFilters, filtered } = useEmployerFilters();
  const employers = useEmployerList(employerQueryOf(filters, table.page, table.sort));
  const canImport = session ? hasAnyRole(session, ['employer_coordinator', 'team_lead', 'admin']) : false;
  const canAssignSectors = session ? hasAnyRole(session, ['team_lead', 'admin']) : false;

  return (
    <div data-qa="employers-page">
      <PageHeading>{t('list.title')}</PageHeading>
      <Paragraph mb="m">{t('list.intro')}</Paragraph>
      <Actions>
        <RouterLink asComponent={Link} to="/employers/new" data-qa="employers-new">
          {t('list.newEmployer')}
        </RouterLink>
        {canImport ? (
          <RouterLink asComponent={Link} to="/employers/import" data-qa="employers-import">
            {t('list.import')}
          </RouterLink>
        ) : null}
        {canAssignSectors ? (
          <RouterLink asComponent={Link} to="/employers/sectors" data-qa="employers-sectors">
            {t('list.sectors')}
          </RouterLink>
        ) : null}
      </Actions>
      <ErrorBanner error={employers.error} />
      <EmployerFilterBar filters={filters} setFilters={setFilters} clearFilters={clearFilters} filtered={filtered} />
      <EmployerTable
        rows={employers.data?.items ?? []}
        total={employers.data?.total ?? 0}
        page={table.page}
        sort={table.sort}
        onPageChange={table.setPage}
        onSortChange={table.setSort}
        loading={employers.isFetching}
        emptyText={filtered ? t('list.emptyFiltered') : t('list.empty')}
      />
    </div>
  );
}

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.l};
  margin-bottom: ${tokens.spacing.l};
`;
