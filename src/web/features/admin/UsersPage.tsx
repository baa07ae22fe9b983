import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { AdminUser } from '../../../contract/admin';
import { Button } from '../../components/Button';
import { DataTable, type DataTableColumn } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTableSearchParams } from '../../components/table-state';
import { AdminFrame } from './AdminFrame';
import { useAdminLabels } from './labels';
import { useAdminUsers } from './queries';
import { UserFilterBar } from './UserFilterBar';
import { useUserFilters, userPageSize, userQueryOf } from './user-filters';
import { UserStatus } from './UserStatus';

/** The API lists users by name; the table has no other order to offer. */
const byName = { key: 'name', direction: 'asc' } as const;

export function UsersPage() {
  const { t } = useTranslation('admin');
  const navigate = useNavigate();
  const { membershipText } = useAdminLabels();
  const table = useTableSearchParams(byName);
  const { filters, setFilters, clearFilters, filtered } = useUserFilters();
  const users = useAdminUsers(userQueryOf(filters, table.page));

  const columns: DataTableColumn<AdminUser>[] = [
    {
      key: 'name',
      label: t('users.table.name'),
      render: (user) => (
        <NameLink asComponent={Link} to={`/admin/users/${user.id}`} data-qa={`user-row-${user.email}`}>
          {user.name}
        </NameLink>
      ),
    },
    { key: 'email', label: t('users.table.email'), render: (user) => user.email },
    {
      key: 'memberships',
      label: t('users.table.memberships'),
      render: (user) =>
        user.memberships.map((membership) => (
          <div key={`${membership.organisationId}-${membership.role}`}>{membershipText(membership)}</div>
        )),
    },
    { key: 'status', label: t('users.table.status'), render: (user) => <UserStatus user={user} /> },
    {
      key: 'secondFactor',
      label: t('users.table.secondFactor'),
      render: (user) => (user.totpEnabled ? t('secondFactor.enabled') : t('secondFactor.notEnabled')),
    },
  ];

  return (
    <AdminFrame title={t('users.title')} data-qa="admin-users-page">
      <Paragraph mb="m">{t('users.intro')}</Paragraph>
      <Button mb="l" onClick={() => void navigate('/admin/users/new')} data-qa="new-user">
        {t('users.newUser')}
      </Button>
      <UserFilterBar filters={filters} setFilters={setFilters} clearFilters={clearFilters} filtered={filtered} />
      <ErrorBanner error={users.error} />
      <DataTable
        caption={t('users.table.caption')}
        hideCaption
        columns={columns}
        rows={users.data?.items ?? []}
        rowKey={(user) => user.id}
        sort={byName}
        onSortChange={table.setSort}
        page={table.page}
        pageSize={userPageSize}
        total={users.data?.total ?? 0}
        onPageChange={table.setPage}
        loading={users.isFetching}
        emptyText={filtered ? t('users.table.emptyFiltered') : t('users.table.empty')}
        data-qa="user-table"
      />
    </AdminFrame>
  );
}

const NameLink = styled(RouterLink)`
  white-space: nowrap;
`;
