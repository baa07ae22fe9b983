import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Paragraph, RouterLink, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { GroupListQuery, GroupSummary } from '../../../contract/groups';
import { hasAnyRole, useSession } from '../../auth/session';
import { DataTable, type DataTableColumn } from '../../components/DataTable';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeading } from '../../components/PageHeading';
import { useTableSearchParams } from '../../components/table-state';
import { formatDate } from '../../format';
import { groupWriteRoles, useGroupPeriod } from './group-labels';
import { groupPageSize, useGroupList } from './queries';

type Status = GroupListQuery['status'];
const statuses: readonly Status[] = ['running', 'ended', 'all'];
/** The server lists the newest groups first; the table only says so. */
const serverOrder = { key: 'period', direction: 'desc' } as const;

/** /groups: the organisation's group activities, running ones first, paged on the server. */
export function GroupsPage() {
  const { t } = useTranslation('groups');
  const { data: session } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const table = useTableSearchParams(serverOrder);
  const status = statuses.find((candidate) => candidate === searchParams.get('status')) ?? 'running';
  const list = useGroupList({ status, page: table.page });
  const period = useGroupPeriod();
  const canWrite = session ? hasAnyRole(session, groupWriteRoles) : false;

  const setStatus = (next: Status) =>
    setSearchParams((current) => {
      const updated = new URLSearchParams(current);
      if (next === 'running') updated.delete('status');
      else updated.set('status', next);
      updated.delete('page');
      return updated;
    });

  const columns: DataTableColumn<GroupSummary>[] = [
    {
      key: 'name',
      label: t('list.columns.name'),
      render: (group) => (
        <RouterLink asComponent={Link} to={`/groups/${group.id}`} data-qa={`group-row-${group.id}`}>
          {group.name}
        </RouterLink>
      ),
    },
    { key: 'kind', label: t('list.columns.kind'), render: (group) => t(`kinds.${group.kind}`) },
    { key: 'period', label: t('list.columns.period'), render: period },
    { key: 'participants', label: t('list.columns.participants'), align: 'right', render: (group) => group.participants },
    { key: 'sessions', label: t('list.columns.sessions'), align: 'right', render: (group) => group.sessions },
    { key: 'lastSession', label: t('list.columns.lastSession'), render: (group) => formatDate(group.lastSessionOn) },
  ];

  return (
    <div data-qa="groups-page">
      <PageHeading>{t('list.title')}</PageHeading>
      <Paragraph mb="m">{t('list.intro')}</Paragraph>
      {canWrite ? (
        <Paragraph mb="l">
          <RouterLink asComponent={Link} to="/groups/new" data-qa="group-new">
            {t('list.newGroup')}
          </RouterLink>
        </Paragraph>
      ) : null}
      <Filters aria-label={t('list.filterLabel')}>
        <DropdownField<Status>
          labelText={t('list.status')}
          options={statuses.map((value) => ({ value, label: t(`list.statuses.${value}`) }))}
          value={status}
          onChange={setStatus}
          fullWidth
          data-qa="group-status-filter"
        />
      </Filters>
      <ErrorBanner error={list.error} />
      <DataTable
        caption={t('list.caption')}
        hideCaption
        columns={columns}
        rows={list.data?.items ?? []}
        rowKey={(group) => group.id}
        sort={table.sort}
        onSortChange={table.setSort}
        page={table.page}
        pageSize={groupPageSize}
        total={list.data?.total ?? 0}
        onPageChange={table.setPage}
        loading={list.isFetching}
        emptyText={t('list.empty')}
        data-qa="group-table"
      />
    </div>
  );
}

const Filters = styled.section`
  max-width: 320px;
  margin-bottom: ${tokens.spacing.s};
`;
