import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconCalendar, IconClock, IconGroupOfPeople, IconWarning, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { Caseload } from '../../../contract/caseload';
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
  return (
    <Tiles role="group" aria-label={t('summary.label')} data-qa="caseload-summary">
      {tiles.map((tile) => {
        const count = summary?.[tile.key];
        return (
          <Tile
            key={tile.key}
            type="button"
            aria-pressed={tile.active}
            $attention={tile.key !== 'clients' && (count ?? 0) > 0}
            onClick={tile.select}
            data-qa={`summary-${tile.key}`}
          >
            <Count data-qa={`summary-${tile.key}-count`}>
              {tile.icon}
              {count === undefined ? '–' : count.toLocaleString('fi-FI')}
            </Count>
            <span>{tile.label}</span>
          </Tile>
        );
      })}
    </Tiles>
  );
}

const Tiles = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
  gap: ${tokens.spacing.s};
  margin-bottom: ${tokens.spacing.l};
`;

const Tile = styled.button<{ $attention: boolean }>`
  ${tokens.typography.bodyTextSmall};
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: ${tokens.spacing.xxs};
  padding: ${tokens.spacing.s} ${tokens.spacing.m};
  border: 1px solid ${tokens.colors.depthLight1};
  border-left: 4px solid ${({ $attention }) => ($attention ? tokens.colors.alertBase : tokens.colors.depthLight1)};
  border-radius: 2px;
  background: ${tokens.colors.whiteBase};
  color: ${tokens.colors.blackBase};
  text-align: left;
  cursor: pointer;

  &:hover {
    background: ${tokens.colors.highlightLight4};
  }
  &:focus-visible {
    ${tokens.focuses.boxShadowFocus};
    outline: none;
  }
  &[aria-pressed='true'] {
    border-color: ${tokens.colors.highlightBase};
    border-left-color: ${tokens.colors.highlightBase};
    background: ${tokens.colors.highlightLight3};
    box-shadow: inset 0 0 0 1px ${tokens.colors.highlightBase};
  }
`;

const Count = styled.span`
  ${tokens.typography.heading2};
  display: inline-flex;
  align-items: center;
  gap: ${tokens.spacing.xs};

  .fi-icon {
    width: 24px;
    height: 24px;
    fill: ${tokens.colors.depthDark1};
  }
`;
