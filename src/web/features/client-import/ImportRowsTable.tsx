import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { clientImportActions } from '../../../contract/client-import';
import { DataTable, type DataTableColumn } from '../../components/DataTable';
import { DropdownField } from '../../components/DropdownField';
import { StatusTag, type Tone } from '../client/StatusTag';
import type { ImportNamespace, ImportView, ImportViewRow } from './import-view';

const pageSize = 50;
const byLine = { key: 'row', direction: 'asc' } as const;
const tones: Record<ImportViewRow['action'], Tone> = { create: 'success', update: 'highlight', reject: 'alert' };

type RowFilter = 'all' | ImportViewRow['action'];

type ImportRowsTableProps = {
  result: ImportView;
  namespace: ImportNamespace;
  /** After a commit, where each created or updated record opens; none when the user cannot open them. */
  recordPath?: (recordId: string) => string;
};

/** The rows the answer lists, in file order, each with the reasons it would be or was rejected. */
export function ImportRowsTable({ result, namespace, recordPath }: ImportRowsTableProps) {
  const { t } = useTranslation([namespace, 'errors']);
  const [filter, setFilter] = useState<RowFilter>('all');
  const [page, setPage] = useState(1);
  const done = result.mode === 'commit';
  const rows = result.rows.filter((row) => filter === 'all' || row.action === filter).sort((first, second) => first.row - second.row);

  const columns: DataTableColumn<ImportViewRow>[] = [
    { key: 'row', label: t('rows.line'), align: 'right', render: (row) => row.row },
    {
      key: 'action',
      label: t('rows.action'),
      render: (row) => (
        <StatusTag tone={tones[row.action]} data-qa={`import-row-action-${row.row}`}>
          {done ? t(`rows.doneActions.${row.action}`) : t(`rows.actions.${row.action}`)}
        </StatusTag>
      ),
    },
    {
      key: 'reason',
      label: t('rows.reason'),
      render: (row) =>
        row.errors.map((error) => (
          <div key={`${error.field}-${error.code}`} data-qa={`import-row-reason-${row.row}`}>
            {error.field === 'row' ? t('rows.wholeRow') : <code>{error.field}</code>}
            {`: ${t(`errors:fields.${error.code}`)}`}
          </div>
        )),
    },
    ...(done && recordPath
      ? [
          {
            key: 'record',
            label: t('rows.record'),
            render: (row: ImportViewRow) =>
              row.recordId ? (
                <RouterLink
                  asComponent={Link}
                  to={recordPath(row.recordId)}
                  aria-label={t('rows.openRecordLabel', { row: String(row.row) })}
                >
                  {t('rows.openRecord')}
                </RouterLink>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <section data-qa="import-rows">
      <DropdownField<RowFilter>
        labelText={t('rows.show')}
        options={[
          { value: 'all', label: t('rows.all') },
          ...clientImportActions.map((action) => ({ value: action, label: t(`rows.actions.${action}`) })),
        ]}
        value={filter}
        onChange={(next) => {
          setFilter(next);
          setPage(1);
        }}
        data-qa="import-rows-filter"
      />
      <DataTable
        caption={t('rows.caption')}
        hideCaption
        columns={columns}
        rows={rows.slice((page - 1) * pageSize, page * pageSize)}
        rowKey={(row) => String(row.row)}
        sort={byLine}
        onSortChange={() => undefined}
        page={page}
        pageSize={pageSize}
        total={rows.length}
        onPageChange={setPage}
        emptyText={t('rows.empty')}
        data-qa="import-rows-table"
      />
      {result.unlistedRows > 0 ? <Paragraph mb="l">{t('rows.unlisted', { count: result.unlistedRows })}</Paragraph> : null}
    </section>
  );
}
