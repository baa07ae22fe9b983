import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoachCaseloadCount } from '../../../contract/caseload';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable';
import { useDebouncedValue } from '../../components/debounced-value';
import { TextField } from '../../components/TextField';
import type { SortOrder } from '../../components/table-state';
import { useTeamCoaches } from '../caseload/queries';

const pageSize = 10;

/**
 * Per-coach loads, searched, sorted and paged on the server: a large area has hundreds of coaches.
 * The most overdue first, so the coaches who need a hand are on the first page.
 */
export function CoachCountsTable({ onShowClients }: { onShowClients: (coach: CoachCaseloadCount) => void }) {
  const { t } = useTranslation(['team', 'caseload']);
  const [text, setText] = useState('');
  const search = useDebouncedValue(text).trim();
  const [sort, setSort] = useState<SortOrder>({ key: 'overdue', direction: 'desc' });
  const [page, setPage] = useState(1);
  const coaches = useTeamCoaches({ search, sort: sort.key, direction: sort.direction, page, pageSize });
  return (
    <>
      <TextField
        labelText={t('coaches.search')}
        value={text}
        onChange={(value) => {
          setText(value);
          setPage(1);
        }}
        data-qa="coach-counts-search"
      />
      <DataTable<CoachCaseloadCount>
        caption={t('coaches.caption')}
        hideCaption
        columns={[
          { key: 'name', label: t('coaches.coach'), sortable: true, render: (coach) => coach.name },
          {
            key: 'activeClients',
            label: t('coaches.activeClients'),
            sortable: true,
            align: 'right',
            render: (coach) => coach.activeClients,
          },
          { key: 'overdue', label: t('coaches.overdue'), sortable: true, align: 'right', render: (coach) => coach.overdue },
          {
            key: 'show',
            label: t('caseload:table.columns.actions'),
            render: (coach) => (
              <Button
                variant="secondaryNoBorder"
                aria-label={t('coaches.showLabel', { name: coach.name })}
                onClick={() => onShowClients(coach)}
                data-qa={`coach-show-${coach.coachId}`}
              >
                {t('coaches.show')}
              </Button>
            ),
          },
        ]}
        rows={coaches.data?.items ?? []}
        rowKey={(coach) => coach.coachId}
        sort={sort}
        onSortChange={(next) => {
          setSort(next);
          setPage(1);
        }}
        page={page}
        pageSize={pageSize}
        total={coaches.data?.total ?? 0}
        onPageChange={setPage}
        loading={coaches.isFetching}
        emptyText={search === '' ? t('coaches.empty') : t('coaches.noneFound')}
        data-qa="coach-counts"
      />
    </>
  );
}
