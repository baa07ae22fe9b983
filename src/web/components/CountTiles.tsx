import type { ReactNode } from 'react';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';

export type CountTile = {
  key: string;
  label: string;
  icon: ReactNode;
  /** Undefined while the first answer is on its way. */
  count: number | undefined;
  active: boolean;
  /** A red edge for counts that ask for action (overdue, due soon) when they are not zero. */
  attention: boolean;
  select: () => void;
};

/** The counts a list's user acts on; each tile is also a toggle that narrows the list to those rows. */
export function CountTiles({ label, tiles, 'data-qa': dataQa }: { label: string; tiles: readonly CountTile[]; 'data-qa'?: string }) {
  return (
    <Tiles role="group" aria-label={label} data-qa={dataQa}>
      {tiles.map((tile) => (
        <Tile
          key={tile.key}
          type="button"
          aria-pressed={tile.active}
          $attention={tile.attention && (tile.count ?? 0) > 0}
          onClick={tile.select}
          data-qa={`summary-${tile.key}`}
        >
          <Count data-qa={`summary-${tile.key}-count`}>
            {tile.icon}
            {tile.count === undefined ? '–' : tile.count.toLocaleString('fi-FI')}
          </Count>
          <span>{tile.label}</span>
        </Tile>
      ))}
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
