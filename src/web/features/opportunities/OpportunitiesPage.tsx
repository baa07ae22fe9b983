import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph, RouterLink, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { OpportunityListItem } from '../../../contract/opportunities';
import { DataTable, type DataTableColumn } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeading } from '../../components/PageHeading';
import { useTableSearchParams } from '../../components/table-state';
import { formatDate } from '../../format';
import { useMunicipalities } from '../client/queries';
import { StatusTag } from '../client/StatusTag';
import { useEscoLabel } from './esco-labels';
import { OpportunityFilterBar } from './OpportunityFilterBar';
import { opportunityQueryOf, useOpportunityFilters } from './opportunity-filters';
import { opportunityPageSize, useOpportunityList } from './queries';
import { statusTones } from './status-tones';

const newestFirst = { key: 'updatedAt', direction: 'desc' } as const;

/** Every opportunity of the user's organisation, filtered, sorted and paged on the server. */
export function OpportunitiesPage() {
  const { t, i18n } = useTranslation('opportunities');
  const { label } = useEscoLabel();
  const table = useTableSearchParams(newestFirst);
  const { filters, setFilters, clearFilters, filtered } = useOpportunityFilters();
  const list = useOpportunityList(opportunityQueryOf(filters, table.page, table.sort));
  const municipalities = useMunicipalities().data?.items ?? [];
  const municipalityName = (code: string | null) =>
    municipalities.find((municipality) => municipality.code === code)?.name.fi ?? code ?? '';

  const columns: DataTableColumn<OpportunityListItem>[] = [
    {
      key: 'title',
      label: t('list.columns.title'),
      sortable: true,
      render: (item) => (
        <>
          <RouterLink asComponent={Link} to={`/opportunities/${item.id}`} data-qa={`opportunity-row-${item.id}`}>
            {item.title}
          </RouterLink>
          <Kind>
            {t(`labels.kind.${item.kind}`)}
            {item.carved ? `, ${t('list.carved')}` : ''}
          </Kind>
        </>
      ),
    },
    {
      key: 'employer',
      label: t('list.columns.employer'),
      sortable: true,
      render: (item) => (
        <RouterLink asComponent={Link} to={`/employers/${item.employerId}`}>
          {item.employerName}
        </RouterLink>
      ),
    },
    {
      key: 'status',
      label: t('list.columns.status'),
      sortable: true,
      render: (item) => <StatusTag tone={statusTones[item.status]}>{t(`labels.status.${item.status}`)}</StatusTag>,
    },
    {
      key: 'occupation',
      label: t('list.columns.occupation'),
      render: (item) => (item.occupationLabel ? label(item.occupationLabel) : (item.iscoCode ?? '')),
    },
    { key: 'municipality', label: t('list.columns.municipality'), render: (item) => municipalityName(item.municipalityCode) },
    {
      key: 'hours',
      label: t('list.columns.hours'),
      align: 'right',
      render: (item) => (item.hoursPerWeek === null ? '' : item.hoursPerWeek.toLocaleString(i18n.language)),
    },
    { key: 'startDate', label: t('list.columns.startDate'), sortable: true, render: (item) => formatDate(item.startDate) },
    { key: 'positions', label: t('list.columns.positions'), align: 'right', render: (item) => item.positions },
  ];

  return (
    <div data-qa="opportunities-page">
      <PageHeading>{t('list.title')}</PageHeading>
      <Paragraph mb="l">{t('list.intro')}</Paragraph>
      <OpportunityFilterBar filters={filters} setFilters={setFilters} clearFilters={clearFilters} filtered={filtered} />
      <ErrorBanner error={list.error} />
      <DataTable
        caption={t('list.caption')}
        hideCaption
        columns={columns}
        rows={list.data?.items ?? []}
        rowKey={(item) => item.id}
        sort={table.sort}
        onSortChange={table.setSort}
        page={table.page}
        pageSize={opportunityPageSize}
        total={list.data?.total ?? 0}
        onPageChange={table.setPage}
        loading={list.isFetching}
        emptyText={filtered ? t('list.emptyFiltered') : t('list.empty')}
        data-qa="opportunity-table"
      />
    </div>
  );
}

const Kind = styled.div`
  ${tokens.typography.bodyTextSmall};
  color: ${tokens.colors.blackLight1};
`;
