import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RouterLink, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { AssignmentSummary } from '../../../contract/assignments';
import { DataTable, type DataTableColumn } from '../../components/DataTable';
import type { SortOrder } from '../../components/table-state';
import { DueStateTag } from './DueStateTag';
import { useAssignmentFormat } from './use-assignment-format';

type AssignmentTableProps = {
  caption: string;
  rows: readonly AssignmentSummary[];
  total: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  loading: boolean;
  emptyText: string;
  /** The employer page lists one employer's assignments and leaves its name out. */
  showEmployer?: boolean;
  'data-qa'?: string;
};

/**
 * The server orders the rows (see the board's order choice); no column sorts by itself, so the
 * table's sort key names no column.
 */
const serverOrder: SortOrder = { key: 'server-order', direction: 'asc' };

export function AssignmentTable({ showEmployer = true, ...table }: AssignmentTableProps) {
  const { t } = useTranslation('assignments');
  const format = useAssignmentFormat();
  const columns: DataTableColumn<AssignmentSummary>[] = [
    {
      key: 'assignment',
      label: t('columns.assignment'),
      render: (row) => (
        <Stack>
          <RouterLink asComponent={Link} to={`/assignments/${row.id}`} data-qa={`assignment-link-${row.id}`}>
            {row.requestedRole}
          </RouterLink>
          {showEmployer ? <Small>{row.employer.name}</Small> : null}
          <Small>{t('table.candidates', { count: row.candidatesWanted })}</Small>
        </Stack>
      ),
    },
    { key: 'received', label: t('columns.received'), render: (row) => format.dateTime(row.receivedAt) },
    {
      key: 'due',
      label: t('columns.due'),
      render: (row) => (
        <Stack data-qa={`assignment-due-${row.id}`}>
          <span>{format.dateTime(row.responseDueAt)}</span>
          <DueStateTag state={row.dueState} />
        </Stack>
      ),
    },
    {
      key: 'responder',
      label: t('columns.responder'),
      render: (row) => (
        <Stack>
          {row.responder ? <span>{row.responder.name}</span> : null}
          {row.responderTeam ? <Small>{t('table.group', { name: row.responderTeam.name })}</Small> : null}
        </Stack>
      ),
    },
    {
      key: 'status',
      label: t('columns.status'),
      render: (row) => (
        <Stack>
          <span>{t(`statuses.${row.status}`)}</span>
          {row.result ? <Small>{t(`results.${row.result}`)}</Small> : null}
        </Stack>
      ),
    },
    {
      key: 'firstResponse',
      label: t('columns.firstResponse'),
      align: 'right',
      render: (row) =>
        row.workingMinutesToFirstResponse === null ? (
          <Small>{t('table.notAnswered')}</Small>
        ) : (
          format.workingTime(row.workingMinutesToFirstResponse)
        ),
    },
  ];
  return (
    <DataTable<AssignmentSummary>
      {...table}
      hideCaption
      columns={columns}
      rowKey={(row) => row.id}
      sort={serverOrder}
      onSortChange={() => undefined}
      data-qa={table['data-qa'] ?? 'assignment-table'}
    />
  );
}

const Stack = styled.div`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: ${tokens.spacing.xxs};
`;

const Small = styled.span`
  ${tokens.typography.bodyTextSmall};
  font-size: 14px;
  color: ${tokens.colors.depthDark1};
`;
