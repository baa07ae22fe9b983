import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RouterLink, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { CaseloadRow } from '../../../contract/caseload';
import { DataTable, type DataTableColumn } from '../../components/DataTable';
import type { SortOrder } from '../../components/table-state';
import { formatDate } from '../../format';
import { caseloadPageSize } from './caseload-filters';
import { ClientFlags } from './ClientFlags';
import { Muted, NextMeetingDue, Stack } from './NextMeetingDue';

type CaseloadTableProps = {
  caption: string;
  rows: readonly CaseloadRow[];
  total: number;
  page: number;
  sort: SortOrder;
  onPageChange: (page: number) => void;
  onSortChange: (sort: SortOrder) => void;
  loading: boolean;
  emptyText: string;
  /** The team view shows under each name the client's personal coach, and the enrolment's coach when that is someone else. */
  showCoach?: boolean;
  /** The row's own action, e.g. the quick meeting log or reassignment; without one there is no actions column. */
  rowAction?: (row: CaseloadRow) => ReactNode;
};

export const clientName = (row: Pick<CaseloadRow, 'firstName' | 'lastName'>) => `${row.firstName} ${row.lastName}`;

export function CaseloadTable({ showCoach, rowAction, ...table }: CaseloadTableProps) {
  const { t } = useTranslation('caseload');
  const columns: DataTableColumn<CaseloadRow>[] = [
    {
      key: 'name',
      label: t('table.columns.name'),
      sortable: true,
      render: (row) => (
        <Stack>
          <NameLink asComponent={Link} to={`/clients/${row.clientId}`} data-qa={`caseload-row-${row.clientId}`}>
            {`${row.lastName}, ${row.firstName}`}
          </NameLink>
          {showCoach && row.personalCoachName ? (
            <Small data-qa="row-personal-coach">{t('table.personalCoachOf', { name: row.personalCoachName })}</Small>
          ) : null}
          {showCoach && row.coachName && row.coachId !== row.personalCoachId ? (
            <Small data-qa="row-coach">{t('table.coachOf', { name: row.coachName })}</Small>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'programme',
      label: t('table.columns.programmeAndPhase'),
      render: (row) =>
        row.programmeName ? (
          <Stack>
            <span>{row.currentPhaseName}</span>
            <Small>{row.programmeName}</Small>
          </Stack>
        ) : (
          <Muted>{t('table.noEnrolment')}</Muted>
        ),
    },
    {
      key: 'daysInPhase',
      label: t('table.columns.daysInPhase'),
      sortable: true,
      align: 'right',
      render: (row) => (row.daysInPhase === null ? '' : t('table.days', { count: row.daysInPhase })),
    },
    {
      key: 'lastMeeting',
      label: t('table.columns.lastMeeting'),
      render: (row) =>
        row.lastMeetingOn ? (
          <span data-qa="last-meeting">{formatDate(row.lastMeetingOn)}</span>
        ) : row.enrolmentId ? (
          <Muted>{t('table.noMeetings')}</Muted>
        ) : null,
    },
    {
      key: 'nextMeetingDue',
      label: t('table.columns.nextMeetingDue'),
      sortable: true,
      render: (row) => (row.enrolmentId ? <NextMeetingDue row={row} /> : null),
    },
    { key: 'flags', label: t('table.columns.flags'), render: (row) => <ClientFlags row={row} /> },
  ];
  if (rowAction) columns.push({ key: 'actions', label: t('table.columns.actions'), render: (row) => <Actions>{rowAction(row)}</Actions> });
  return (
    <DataTable<CaseloadRow>
      {...table}
      hideCaption
      columns={columns}
      rowKey={(row) => row.clientId}
      pageSize={caseloadPageSize}
      data-qa="caseload-table"
    />
  );
}

// Names break between words, never inside one.
const NameLink = styled(RouterLink)`
  word-break: normal;
  overflow-wrap: normal;
`;

const Small = styled.span`
  ${tokens.typography.bodyTextSmall};
  font-size: 14px;
  color: ${tokens.colors.depthDark1};
`;

// A row action may break onto two lines so that the whole table fits a laptop screen.
const Actions = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${tokens.spacing.xxs};

  .fi-button {
    min-width: 140px;
    max-width: 160px;
    white-space: normal;
    text-align: center;
  }
`;
