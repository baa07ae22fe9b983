import type { Locale } from '../../../contract/common';
import type { IndicatorUnit } from '../../../contract/reports';

export type ExportColumn = { label: string; unit?: IndicatorUnit };
export type ExportCell = string | number | null;
/** A table as the user sees it, numbers kept as numbers so a spreadsheet can compute with them. */
export type ExportTable = { title: string; fileName: string; columns: ExportColumn[]; rows: ExportCell[][] };

const excelFormats: Record<IndicatorUnit, string> = {
  count: '0',
  share: '0.0%',
  days: '0.0',
  ratio: '0.00',
  euros: '#,##0 "€"',
  score: '0.0',
};

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * CSV the way spreadsheets of the language read it: Finnish and Swedish Excel expect semicolons
 * and decimal commas, English commas and points. A byte-order mark tells Excel it is UTF-8.
 */
export function toCsv(table: ExportTable, language: Locale): string {
  const separator = language === 'en' ? ',' : ';';
  const cell = (value: ExportCell) => {
    if (value === null) return '';
    const text = typeof value === 'number' ? (language === 'en' ? String(value) : String(value).replace('.', ',')) : value;
    return /[";,\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [table.columns.map((column) => cell(column.label)), ...table.rows.map((row) => row.map(cell))];
  return `\ufeff${lines.map((line) => line.join(separator)).join('\r\n')}\r\n`;
}

export function downloadCsv(table: ExportTable, language: Locale) {
  save(new Blob([toCsv(table, language)], { type: 'text/csv;charset=utf-8' }), `${table.fileName}.csv`);
}

/** exceljs is loaded only when someone downloads a workbook: it is bigger than the rest of the dashboard. */
export async function downloadXlsx(table: ExportTable) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Polku';
  // Sheet names are at most 31 characters and may not contain : \ / ? * [ ].
  const sheet = workbook.addWorksheet(table.title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31));
  sheet.addRow(table.columns.map((column) => column.label)).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(row);
    table.columns.forEach((column, index) => {
      const cell = added.getCell(index + 1);
      if (column.unit && typeof cell.value === 'number') cell.numFmt = excelFormats[column.unit];
    });
  }
  sheet.columns.forEach((column, index) => {
    column.width = Math.min(60, Math.max(12, table.columns[index]!.label.length + 4));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  save(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${table.fileName}.xlsx`);
}
