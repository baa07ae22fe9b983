import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from '../../components/Button';
import { RecordTable } from '../client/RecordTable';
import { EChart, type ChartOption } from './EChart';
import { TableDownloads } from './TableDownloads';
import type { ExportTable } from './table-export';

/** One row of a chart's table view: the shown texts, the exported values and, when allowed, a link to the people. */
export type ChartRow = { key: string; cells: ReactNode[]; values: (string | number | null)[]; drillTo?: string };

type ChartPanelProps = {
  label: string;
  option: ChartOption;
  table: ExportTable;
  rows: ChartRow[];
  onSelect?: (index: number) => void;
  drillLabel?: string;
  'data-qa': string;
};

/**
 * A chart with its table view: the same figures as an HTML table for screen readers, keyboards
 * and copying, both downloadable as CSV and XLSX.
 */
export function ChartPanel({ label, option, table, rows, onSelect, drillLabel, 'data-qa': dataQa }: ChartPanelProps) {
  const { t } = useTranslation('dashboard');
  const [asTable, setAsTable] = useState(false);
  const drill = rows.some((row) => row.drillTo);
  return (
    <div data-qa={dataQa}>
      <Button variant="secondaryNoBorder" onClick={() => setAsTable(!asTable)} aria-pressed={asTable} data-qa={`${dataQa}-toggle`}>
        {asTable ? t('chart.showChart') : t('chart.showTable')}
      </Button>
      {asTable ? (
        <RecordTable caption={label} data-qa={`${dataQa}-table`}>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column.label} scope="col">
                  {column.label}
                </th>
              ))}
              {drill ? <th scope="col">{t('chart.drill')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-qa={`${dataQa}-row-${row.key}`}>
                <th scope="row">{row.cells[0]}</th>
                {row.cells.slice(1).map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
                {drill ? <td>{row.drillTo ? <Link to={row.drillTo}>{drillLabel}</Link> : null}</td> : null}
              </tr>
            ))}
          </tbody>
        </RecordTable>
      ) : (
        <EChart option={option} label={t('chart.label', { name: label })} onSelect={onSelect} data-qa={`${dataQa}-chart`} />
      )}
      <TableDownloads table={table} />
    </div>
  );
}
