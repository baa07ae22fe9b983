import { useTranslation } from 'react-i18next';
import type { TeamCaseload } from '../../../contract/caseload';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable';

type CoachCount = TeamCaseload['coaches'][number];

type CoachCountsTableProps = {
  coaches: readonly CoachCount[];
  loading: boolean;
  onShowClients: (coach: CoachCount) => void;
};

const noSorting = { key: '', direction: 'asc' } as const;

/** Per-coach counts: a short list of the organisation's coaches, so it is neither sorted nor paged. */
export function CoachCountsTable({ coaches, loading, onShowClients }: CoachCountsTableProps) {
  const { t } = useTranslation(['team', 'caseload']);
  return (
    <DataTable<CoachCount>
      caption={t('coaches.caption')}
      hideCaption
      columns={[
        { key: 'name', label: t('coaches.coach'), render: (coach) => coach.name },
        { key: 'activeClients', label: t('coaches.activeClients'), align: 'right', render: (coach) => coach.activeClients },
        { key: 'overdue', label: t('coaches.overdue'), align: 'right', render: (coach) => coach.overdue },
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
      rows={coaches}
      rowKey={(coach) => coach.coachId}
      sort={noSorting}
      onSortChange={() => undefined}
      page={1}
      pageSize={Math.max(1, coaches.length)}
      total={coaches.length}
      onPageChange={() => undefined}
      loading={loading}
      emptyText={t('coaches.empty')}
      data-qa="coach-counts"
    />
  );
}
