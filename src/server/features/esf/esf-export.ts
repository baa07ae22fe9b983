import ExcelJS from 'exceljs';
import type { Locale } from '../../../contract/common.js';
import { countsPeople, esfIndicator } from '../../../contract/esf-indicators.js';
import type { EsfReport } from '../../../contract/esf.js';
import { exportTexts } from './esf-export.texts.js';

/** A hidden (suppressed) count: the statistical convention for "confidential". */
export const suppressedMark = '..';

/** A gender cell of an entity indicator: organisations have no gender. */
export const notApplicableMark = '–';

const cell = (value: number | null) => (value === null ? suppressedMark : value);

/** The report as rows of a table: the same content in the XLSX sheet and the CSV file. */
export function reportTable(report: EsfReport, locale: Locale): (string | number)[][] {
  const texts = exportTexts[locale];
  return [
    texts.columns,
    ...report.rows.map((row) => {
      const gender = (value: number | null) => (countsPeople(row.group) ? cell(value) : notApplicableMark);
      return [
        row.code,
        texts.groups[row.group],
        esfIndicator(row.code).name[locale],
        gender(row.female),
        gender(row.male),
        gender(row.nonBinary),
        cell(row.total),
      ];
    }),
  ];
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a byte-order mark, so spreadsheet programs read the Nordic letters right. */
export function reportCsv(report: EsfReport, locale: Locale): string {
  return `\uFEFF${reportTable(report, locale)
    .map((row) => row.map(csvField).join(','))
    .join('\r\n')}\r\n`;
}

export async function reportXlsx(report: EsfReport, locale: Locale, generatedOn: string): Promise<Buffer> {
  const texts = exportTexts[locale];
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(`${generatedOn}T12:00:00Z`);
  const sheet = workbook.addWorksheet(texts.sheet);
  sheet.addRow([texts.title]).font = { bold: true, size: 14 };
  sheet.addRow([texts.programme, report.programmeName]);
  sheet.addRow([texts.period, `${report.from} – ${report.to}`]);
  sheet.addRow([texts.generatedOn, generatedOn]);
  sheet.addRow([texts.regulation]);
  if (report.suppressed) sheet.addRow([texts.suppressionNote]);
  sheet.addRow([]);
  const [header, ...rows] = reportTable(report, locale);
  sheet.addRow(header!).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.addRow([]);
  sheet.addRow([texts.completeness.title]).font = { bold: true };
  for (const [key, value] of Object.entries(report.completeness)) {
    sheet.addRow([texts.completeness[key as keyof EsfReport['completeness']], value]);
  }
  sheet.columns.forEach((column, index) => {
    column.width = index === 2 ? 70 : index === 1 ? 24 : 14;
  });

  const definitions = workbook.addWorksheet(texts.definitionsSheet);
  definitions.addRow(texts.definitionColumns).font = { bold: true };
  for (const row of report.rows) {
    const indicator = esfIndicator(row.code);
    definitions.addRow([row.code, indicator.name[locale], indicator.definition[locale]]);
  }
  definitions.columns.forEach((column, index) => {
    column.width = index === 0 ? 10 : 60;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
