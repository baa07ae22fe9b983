import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconCalendar, IconClock, IconGroupOfPeople, IconWarning } from 'suomifi-ui-components';
import type { Caseload } from '../../../contract/caseload';
import { CountTiles } from '../../components/CountTiles';
import type { CaseloadFilters } from './caseload-filters';

type SummaryTilesProps = {
  /** Undefined while the first answer is on its way. */
  summary: Caseload['summary'] | undefined;
  filters: CaseloadFilters;
  setFilters: (changes: Partial<CaseloadFilters>) => void;
};

type TileKey = keyof Caseload['summary'];

/** The counts a coach acts on; each tile is also a toggle that narrows the list to those clients. */
export function SummaryTiles({ summary, filters, setFilters }: SummaryTilesProps) {
  const { t } = useTranslation('caseload');
  const everyone = filters.status === 'all' && !filters.followUpsDue;
  const tiles: { key: TileKey; label: string; icon: ReactNode; active: boolean; select: () => void }[] = [
    {
      key: 'overdue',
      label: t('summary.overdue'),
      icon: <IconWarning />,
      active: filters.status === 'overdue',
      select: () => setFilters({ status: filters.status === 'overdue' ? 'all' : 'overdue', followUpsDue: false }),
    },
    {
      key: 'dueSoon',
      label: t('summary.dueSoon'),
      icon: <IconClock />,
      active: filters.status === 'due_soon',
      select: () => setFilters({ status: filters.status === 'due_soon' ? 'all' : 'due_soon', followUpsDue: false }),
    },
    {
      key: 'followUpsDue',
      label: t('summary.followUpsDue'),
      icon: <IconCalendar />,
      active: filters.followUpsDue,
      select: () => setFilters({ followUpsDue: !filters.followUpsDue, status: 'all' }),
    },
    {
      key: 'clients',
      label: t('summary.clients'),
      icon: <IconGroupOfPeople />,
      active: everyone,
      select: () => setFilters({ status: 'all', followUpsDue: false }),
    },
  ];
  const counted = tiles.map((tile) => ({ ...tile, count: summary?.[tile.key], attention: tile.key !== 'clients' }));
  return <CountTiles label={t('summary.label')} tiles={counted} data-qa="caseload-summary" />;
}
