import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { AuditEntry } from '../../../contract/audit';
import { DataTable, type DataTableColumn } from '../../components/DataTable';
import { formatDateTime } from '../../format';
import { isLanguage } from '../../i18n/languages';
import { StatusTag } from '../client/StatusTag';
import { useActionName } from './action-names';

/** The API answers newest first and offers no other order. */
const newestFirst = { key: 'at', direction: 'desc' } as const;
export const auditPageSize = 25;

type AuditLogTableProps = {
  entries: readonly AuditEntry[];
  total: number;
  page: number;
  onPageChange: (page: number) => void;
  loading: boolean;
  emptyText: string;
  /** Whole-organisation view: how many clients each entry touched. */
  showClientCount: boolean;
};

export function AuditLogTable({ entries, total, page, onPageChange, loading, emptyText, showClientCount }: AuditLogTableProps) {
  const { t, i18n } = useTranslation('audit');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const actionName = useActionName();

  const columns: DataTableColumn<AuditEntry>[] = [
    { key: 'at', label: t('log.time'), render: (entry) => <NoWrap>{formatDateTime(entry.at, language)}</NoWrap> },
    { key: 'actor', label: t('log.actor'), render: (entry) => entry.actorName ?? t('log.system') },
    { key: 'organisation', label: t('log.organisation'), render: (entry) => entry.organisationName ?? '' },
    {
      key: 'action',
      label: t('log.action'),
      render: (entry) => (
        <span data-qa={`audit-action-${entry.action}`}>
          {actionName(entry.action)}
          {entry.outcome === 'denied' ? (
            <Outcome>
              <StatusTag tone="alert" data-qa="audit-outcome-denied">
                {t('log.denied')}
              </StatusTag>
            </Outcome>
          ) : null}
          {entry.outcome === 'failure' ? (
            <Outcome>
              <StatusTag tone="warning">{t('log.failure')}</StatusTag>
            </Outcome>
          ) : null}
        </span>
      ),
    },
    ...(showClientCount
      ? [
          {
            key: 'clients',
            label: t('log.clients'),
            render: (entry: AuditEntry) => (entry.clientIds.length > 0 ? t('log.clientCount', { count: entry.clientIds.length }) : ''),
          },
        ]
      : []),
    { key: 'reason', label: t('log.reason'), render: (entry) => entry.reason ?? '' },
  ];

  return (
    <DataTable
      caption={t('log.caption')}
      hideCaption
      columns={columns}
      rows={entries}
      rowKey={(entry) => String(entry.sequence)}
      sort={newestFirst}
      onSortChange={() => undefined}
      page={page}
      pageSize={auditPageSize}
      total={total}
      onPageChange={onPageChange}
      loading={loading}
      emptyText={emptyText}
      data-qa="audit-table"
    />
  );
}

const NoWrap = styled.span`
  white-space: nowrap;
`;

const Outcome = styled.span`
  margin-left: ${tokens.spacing.xs};
`;
