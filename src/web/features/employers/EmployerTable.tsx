import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RouterLink, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { EmployerListItem } from '../../../contract/employers';
import { DataTable, type DataTableColumn } from '../../components/DataTable';
import type { SortOrder } from '../../components/table-state';
import { formatDate } from '../../format';
import { StatusTag } from '../client/StatusTag';
import { todayInHelsinki } from '../client/form-helpers';
import { employerPageSize } from './employer-filters';
import { stageTones, useEmployerLabels } from './labels';

type EmployerTableProps = {
  rows: readonly EmployerListItem[];
  total: number;
  page: number;
  sort: SortOrder;
  onPageChange: (page: number) => void;
  onSortChange: (sort: SortOrder) => void;
  loading: boolean;
  emptyText: string;
};

const daysSince = (date: string) => Math.round((Date.parse(todayInHelsinki()) - Date.parse(date)) / 86_400_000);

export function EmployerTable(table: EmployerTableProps) {
  const { t } = useTranslation('employers');
  const labels = useEmployerLabels();
  const columns: DataTableColumn<EmployerListItem>[] = [
    {
      key: 'name',
      label: t('list.columns.name'),
      sortable: true,
      render: (row) => (
        <Stack>
          <NameLink asComponent={Link} to={`/employers/${row.id}`} data-qa={`employer-row-${row.id}`}>
            {row.name}
          </NameLink>
          {row.businessId ? <Small>{row.businessId}</Small> : null}
        </Stack>
      ),
    },
    {
      key: 'industrySection',
      label: t('list.columns.industrySection'),
      sortable: true,
      render: (row) =>
        row.industrySection ? (
          <span title={labels.sectionName(row.industrySection)}>{`${row.industrySection} ${labels.sectionName(row.industrySection)}`}</span>
        ) : null,
    },
    {
      key: 'municipalityCode',
      label: t('list.columns.municipalityCode'),
      sortable: true,
      render: (row) => labels.municipality(row.municipalityCode),
    },
    {
      key: 'stage',
      label: t('list.columns.stage'),
      sortable: true,
      render: (row) => (
        <StatusTag tone={stageTones[row.stage]} data-qa="employer-row-stage">
          {t(`stages.${row.stage}`)}
        </StatusTag>
      ),
    },
    {
      key: 'lastContactOn',
      label: t('list.columns.lastContactOn'),
      sortable: true,
      render: (row) => {
        if (!row.lastContactOn) return <Small>{t('list.never')}</Small>;
        const days = daysSince(row.lastContactOn);
        return (
          <Stack>
            <span>{formatDate(row.lastContactOn)}</span>
            <Small>{days === 0 ? t('list.today') : t('list.daysAgo', { count: days })}</Small>
          </Stack>
        );
      },
    },
    { key: 'owner', label: t('list.columns.owner'), render: (row) => row.ownerName ?? '' },
  ];
  return (
    <DataTable
      caption={t('list.caption')}
      hideCaption
      columns={columns}
      rowKey={(row) => row.id}
      pageSize={employerPageSize}
      data-qa="employer-table"
      {...table}
    />
  );
}

const Stack = styled.div`
  display: flex;
  flex-direction: column;
  gap: 2px;
`;

const Small = styled.span`
  ${tokens.typography.bodyTextSmall};
  color: ${tokens.colors.blackLight1};
`;

const NameLink = styled(RouterLink)`
  ${tokens.typography.bodySemiBoldSmall};
`;
