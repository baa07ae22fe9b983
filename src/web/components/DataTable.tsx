import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconSort, IconSortDown, IconSortUp, Pagination, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { LoadingIndicator } from './LoadingIndicator';
import type { SortDirection, SortOrder } from './table-state';

export type DataTableColumn<Row> = {
  /** Also the sort key sent to the API. */
  key: string;
  label: string;
  render: (row: Row) => ReactNode;
  sortable?: boolean;
  align?: 'left' | 'right';
};

type DataTableProps<Row> = {
  caption: string;
  /** The page heading often says the same; the caption then stays for screen readers only. */
  hideCaption?: boolean;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  sort: SortOrder;
  onSortChange: (sort: SortOrder) => void;
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  loading?: boolean;
  emptyText?: string;
  'data-qa'?: string;
};

/**
 * A list whose rows the server has already sorted and paged. Sort order and page are controlled
 * by the caller (see useTableSearchParams): the suomifi Table keeps its own sort state, which
 * would drift from the address and the API answer.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { t } = useTranslation();
  const { columns, rows, sort, page, pageSize, total, loading } = props;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);

  const toggleSort = (key: string) => {
    const direction: SortDirection = sort.key === key && sort.direction === 'asc' ? 'desc' : 'asc';
    props.onSortChange({ key, direction });
  };

  return (
    <Wrapper data-qa={props['data-qa'] ?? 'data-table'}>
      <Scroller>
        <Table aria-busy={loading}>
          <Caption $hidden={props.hideCaption}>{props.caption}</Caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const direction = sort.key === column.key ? sort.direction : undefined;
                return (
                  <HeaderCell
                    key={column.key}
                    scope="col"
                    $align={column.align}
                    aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined}
                  >
                    {column.sortable ? (
                      <SortButton type="button" onClick={() => toggleSort(column.key)} data-qa={`sort-${column.key}`}>
                        {column.label}
                        {direction === 'asc' ? <IconSortUp /> : null}
                        {direction === 'desc' ? <IconSortDown /> : null}
                        {direction === undefined ? <IconSort /> : null}
                      </SortButton>
                    ) : (
                      column.label
                    )}
                  </HeaderCell>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={props.rowKey(row)}>
                {columns.map((column) => (
                  <Cell key={column.key} $align={column.align}>
                    {column.render(row)}
                  </Cell>
                ))}
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <Cell colSpan={columns.length} data-qa="data-table-empty">
                  {loading ? <LoadingIndicator /> : (props.emptyText ?? t('table.empty'))}
                </Cell>
              </tr>
            ) : null}
          </tbody>
        </Table>
      </Scroller>
      <Footer>
        {total > 0 ? <span data-qa="data-table-range">{t('table.rowRange', { first, last, total })}</span> : null}
        {lastPage > 1 ? (
          <Pagination
            aria-label={t('table.pagination')}
            currentPage={page}
            lastPage={lastPage}
            onChange={props.onPageChange}
            pageInput={false}
            nextButtonAriaLabel={t('table.nextPage')}
            previousButtonAriaLabel={t('table.previousPage')}
            pageIndicatorText={(current, lastOne) => t('table.pageIndicator', { page: current, lastPage: lastOne })}
            ariaPageIndicatorText={(current, lastOne) => t('table.pageIndicator', { page: current, lastPage: lastOne })}
          />
        ) : null}
      </Footer>
    </Wrapper>
  );
}

const Wrapper = styled.div`
  margin-bottom: ${tokens.spacing.xl};
`;

const Scroller = styled.div`
  overflow-x: auto;
`;

const Table = styled.table`
  ${tokens.typography.bodyTextSmall};
  width: 100%;
  border-collapse: collapse;
  background: ${tokens.colors.whiteBase};

  &[aria-busy='true'] tbody {
    opacity: 0.5;
  }
  tbody tr:nth-child(even) {
    background: ${tokens.colors.highlightLight4};
  }
`;

const Caption = styled.caption<{ $hidden?: boolean }>`
  ${tokens.typography.heading3};
  text-align: left;
  padding-bottom: ${tokens.spacing.s};
  ${({ $hidden }) => $hidden && `position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;`}
`;

const HeaderCell = styled.th<{ $align?: 'left' | 'right' }>`
  ${tokens.typography.bodySemiBoldSmall};
  text-align: ${({ $align }) => $align ?? 'left'};
  padding: ${tokens.spacing.xs} ${tokens.spacing.s};
  border-bottom: 2px solid ${tokens.colors.depthBase};
  white-space: nowrap;
`;

const Cell = styled.td<{ $align?: 'left' | 'right' }>`
  text-align: ${({ $align }) => $align ?? 'left'};
  padding: ${tokens.spacing.xs} ${tokens.spacing.s};
  border-bottom: 1px solid ${tokens.colors.depthLight2};
  vertical-align: top;
`;

const SortButton = styled.button`
  ${tokens.typography.bodySemiBoldSmall};
  display: inline-flex;
  align-items: center;
  gap: ${tokens.spacing.xxs};
  padding: 0;
  border: 0;
  background: none;
  color: ${tokens.colors.highlightBase};
  cursor: pointer;

  &:focus-visible {
    ${tokens.focuses.boxShadowFocus};
  }
  .fi-icon {
    width: 16px;
    height: 16px;
    fill: currentColor;
  }
`;

const Footer = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${tokens.spacing.s};
  margin-top: ${tokens.spacing.s};
`;
