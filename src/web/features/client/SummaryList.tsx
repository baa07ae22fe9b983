import type { ReactNode } from 'react';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';

export type SummaryItem = { label: string; value: ReactNode; qa?: string };

/** Label–value pairs of a record, read-only; a definition list so screen readers pair them. */
export function SummaryList({ items, columns = 2 }: { items: readonly SummaryItem[]; columns?: 1 | 2 | 3 }) {
  return (
    <List $columns={columns}>
      {items.map((item) => (
        <Pair key={item.label}>
          <dt>{item.label}</dt>
          <dd data-qa={item.qa}>{item.value}</dd>
        </Pair>
      ))}
    </List>
  );
}

const List = styled.dl<{ $columns: number }>`
  display: grid;
  grid-template-columns: repeat(${({ $columns }) => $columns}, minmax(0, 1fr));
  gap: ${tokens.spacing.s} ${tokens.spacing.l};
  margin: 0 0 ${tokens.spacing.m};

  @media (max-width: 700px) {
    grid-template-columns: minmax(0, 1fr);
  }
`;

const Pair = styled.div`
  dt {
    ${tokens.typography.bodySemiBoldSmall};
    color: ${tokens.colors.blackLight1};
  }
  dd {
    ${tokens.typography.bodyText};
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
