import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { Locale } from '../../../contract/common';
import { countsPeople, esfIndicator, esfPopulations, type EsfIndicatorGroup } from '../../../contract/esf-indicators';
import type { EsfReport, EsfReportRow } from '../../../contract/esf';

const genderColumns = ['female', 'male', 'nonBinary', 'total'] as const;
type CountColumn = (typeof genderColumns)[number];

/**
 * One group of indicators (outputs for people or for entities, immediate or longer-term results):
 * whom the group counts, and each indicator's rule under its name. Entities have one count, no genders.
 */
export function EsfIndicatorTable({ report, group }: { report: EsfReport; group: EsfIndicatorGroup }) {
  const { t, i18n } = useTranslation('esf');
  const locale = (['fi', 'sv', 'en'].includes(i18n.language) ? i18n.language : 'fi') as Locale;
  const rows = report.rows.filter((row) => row.group === group);
  const columns: readonly CountColumn[] = countsPeople(group) ? genderColumns : ['total'];
  const cell = (row: EsfReportRow, column: CountColumn) => {
    const value = row[column];
    return value === null ? <abbr title={t('report.suppressedCell')}>..</abbr> : value;
  };
  return (
    <Scroller>
      <Table data-qa={`esf-table-${group}`}>
        <caption>
          {t(`report.groups.${group}`)}
          <Definition>{esfPopulations[group][locale]}</Definition>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('report.columns.indicator')}</th>
            {columns.map((column) => (
              <th scope="col" key={column} className="count">
                {t(`report.columns.${countsPeople(group) ? column : 'count'}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const indicator = esfIndicator(row.code);
            return (
              <tr key={row.code} data-qa={`esf-row-${row.code}`}>
                <th scope="row">
                  <span className="code">{row.code}</span> {indicator.name[locale]}
                  <Definition>{indicator.rule[locale]}</Definition>
                </th>
                {columns.map((column) => (
                  <td key={column} className="count" data-qa={`esf-${row.code}-${column}`}>
                    {cell(row, column)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </Table>
    </Scroller>
  );
}

const Scroller = styled.div`
  overflow-x: auto;
  margin-bottom: ${tokens.spacing.l};
`;

const Table = styled.table`
  width: 100%;
  border-collapse: collapse;
  background: ${tokens.colors.whiteBase};

  caption {
    ${tokens.typography.heading3};
    text-align: left;
    padding-bottom: ${tokens.spacing.s};
  }
  th,
  td {
    padding: ${tokens.spacing.xs} ${tokens.spacing.s};
    border-bottom: 1px solid ${tokens.colors.depthLight2};
    text-align: left;
    vertical-align: top;
  }
  thead th {
    ${tokens.typography.bodySemiBoldSmall};
    border-bottom: 2px solid ${tokens.colors.depthLight1};
  }
  tbody th {
    ${tokens.typography.bodyText};
  }
  .code {
    ${tokens.typography.bodySemiBoldSmall};
  }
  .count {
    text-align: right;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
`;

const Definition = styled.span`
  display: block;
  ${tokens.typography.bodyTextSmall};
  color: ${tokens.colors.blackLight1};
`;
