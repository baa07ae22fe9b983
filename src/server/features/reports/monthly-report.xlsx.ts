import ExcelJS from 'exceljs';
import type { Locale } from '../../../contract/common.js';
import type { IndicatorUnit, MonthlyReport } from '../../../contract/reports.js';
import { findIndicator } from './indicators/registry.js';
import { reportRows, type ReportCell } from './monthly-report.rows.js';
import { reportTexts } from './report-texts.js';

const numberFormats: Record<IndicatorUnit, string> = {
  count: '0',
  share: '0.0%',
  days: '0.0',
  ratio: '0.00',
  euros: '#,##0.00 "€"',
  score: '0.0',
};

const cellValue = (cell: ReportCell) => ('value' in cell ? cell.value : cell.text);

/**
 * The monthly report as a workbook: the figures sheet (numbers stay numbers, formatted by unit, so
 * they can be summed and charted) and a sheet of the definitions the figures follow.
 */
export async function monthlyReportWorkbook(report: MonthlyReport, locale: Locale): Promise<Buffer> {
  const texts = reportTexts[locale];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Polku';
  workbook.created = new Date(report.generatedAt);
  const sheet = workbook.addWorksheet(texts.monthlyReport);
  sheet.columns = [{ width: 48 }, { width: 12 }, { width: 16 }, { width: 16 }];
  sheet.addRow([`${texts.monthlyReport} ${report.month}`]).font = { bold: true, size: 14 };
  sheet.addRow([texts.organisation, report.organisationName]);
  sheet.addRow([texts.team, report.teamName ?? texts.wholeOrganisation]);
  sheet.addRow([texts.month, report.month]);
  sheet.addRow([texts.generatedAt, report.generatedAt]);
  sheet.addRow([texts.computedAt, report.computedAt]);
  if (report.suppression) sheet.addRow([texts.suppressionNote]);
  sheet.addRow([]);
  const header = sheet.addRow([texts.indicator, texts.unit, texts.monthValue, texts.yearToDate]);
  header.font = { bold: true };
  for (const row of reportRows(report, locale)) {
    const added = sheet.addRow([
      row.key ? `   ${row.label}` : row.label,
      texts.units[row.unit],
      cellValue(row.month),
      cellValue(row.yearToDate),
    ]);
    if (!row.key) added.getCell(1).font = { bold: true };
    for (const column of [3, 4]) {
      const cell = added.getCell(column);
      if (typeof cell.value === 'number') cell.numFmt = numberFormats[row.unit];
      else cell.alignment = { horizontal: 'right' };
    }
  }

  const definitions = workbook.addWorksheet(texts.definitions);
  definitions.columns = [{ width: 40 }, { width: 90 }, { width: 90 }];
  definitions.addRow([texts.indicator, texts.definition, texts.source]).font = { bold: true };
  for (const row of report.rows) {
    const indicator = findIndicator(row.indicatorId)!;
    const added = definitions.addRow([indicator.name[locale], indicator.definition[locale], indicator.source?.[locale] ?? '']);
    added.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
