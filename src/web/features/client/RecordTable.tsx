import type { ReactNode } from 'react';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';

/**
 * A short, unpaged list of a client's records (steps, referrals, consents). DataTable is for
 * server-paged lists; this one only gives these small tables the same look.
 */
export function RecordTable({
  caption,
  hideCaption,
  children,
  'data-qa': dataQa,
}: {
  caption: string;
  hideCaption?: boolean;
  children: ReactNode;
  'data-qa'?: string;
}) {
  return (
    <Scroller>
      <Table data-qa={dataQa}>
        <Caption $hidden={hideCaption}>{caption}</Caption>
        {children}
      </Table>
    </Scroller>
  );
}

const Scroller = styled.div`
  overflow-x: auto;
  margin-bottom: ${tokens.spacing.m};
`;

const Table = styled.table`
  ${tokens.typography.bodyTextSmall};
  width: 100%;
  border-collapse: collapse;
  background: ${tokens.colors.whiteBase};

  th {
    ${tokens.typography.bodySemiBoldSmall};
    text-align: left;
    padding: ${tokens.spacing.xs} ${tokens.spacing.s};
    border-bottom: 2px solid ${tokens.colors.depthBase};
    white-space: nowrap;
  }
  td {
    padding: ${tokens.spacing.xs} ${tokens.spacing.s};
    border-bottom: 1px solid ${tokens.colors.depthLight2};
    vertical-align: top;
  }
  tbody tr:nth-child(even) {
    background: ${tokens.colors.highlightLight4};
  }
`;

const Caption = styled.caption<{ $hidden?: boolean }>`
  ${tokens.typography.heading4};
  text-align: left;
  padding-bottom: ${tokens.spacing.xs};
  ${({ $hidden }) => $hidden && `position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;`}
`;
