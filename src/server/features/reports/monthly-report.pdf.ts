import PDFDocument from 'pdfkit';
import type { Locale } from '../../../contract/common.js';
import type { IndicatorUnit, MonthlyReport } from '../../../contract/reports.js';
import { reportRows, type ReportCell } from './monthly-report.rows.js';
import { reportTexts } from './report-texts.js';

const numberLocales = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

function formatCell(cell: ReportCell, unit: IndicatorUnit, locale: Locale): string {
  if ('text' in cell) return cell.text;
  const options: Intl.NumberFormatOptions =
    unit === 'share'
      ? { style: 'percent', maximumFractionDigits: 1 }
      : unit === 'euros'
        ? { style: 'currency', currency: 'EUR' }
        : { maximumFractionDigits: unit === 'count' ? 0 : unit === 'ratio' ? 2 : 1 };
  return new Intl.NumberFormat(numberLocales[locale], options).format(cell.value);
}

/** The built-in PDF fonts know Latin-1 and a few more; arrows and narrow spaces are written in characters they have. */
const printable = (text: string) => text.replaceAll('→', '->').replace(/[\u202f\u00a0]/g, ' ');

/** The printable monthly report: one table, the same rows as the XLSX. */
export function monthlyReportPdf(report: MonthlyReport, locale: Locale): Promise<Buffer> {
  const texts = reportTexts[locale];
  const document = new PDFDocument({ size: 'A4', margin: 40, info: { Title: `${texts.monthlyReport} ${report.month}`, Author: 'Polku' } });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));

  document
    .fontSize(16)
    .font('Helvetica-Bold')
    .text(printable(`${texts.monthlyReport} ${report.month}`));
  document.moveDown(0.5).fontSize(10).font('Helvetica');
  document.text(printable(`${texts.organisation}: ${report.organisationName}`));
  document.text(printable(`${texts.team}: ${report.teamName ?? texts.wholeOrganisation}`));
  document.text(`${texts.generatedAt}: ${report.generatedAt}`);
  document.text(`${texts.computedAt}: ${report.computedAt}`);
  if (report.suppression) document.text(printable(texts.suppressionNote));
  document.moveDown();

  const columns = [40, 330, 430];
  const writeRow = (cells: string[], bold: boolean) => {
    if (document.y > 780) document.addPage();
    const y = document.y;
    document.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    document.text(printable(cells[0]!), columns[0], y, { width: 280 });
    const after = document.y;
    document.text(printable(cells[1]!), columns[1], y, { width: 90, align: 'right' });
    document.text(printable(cells[2]!), columns[2], y, { width: 110, align: 'right' });
    document.y = Math.max(after, document.y) + 2;
  };
  writeRow([texts.indicator, texts.monthValue, texts.yearToDate], true);
  for (const row of reportRows(report, locale)) {
    writeRow(
      [row.key ? `    ${row.label}` : row.label, formatCell(row.month, row.unit, locale), formatCell(row.yearToDate, row.unit, locale)],
      row.key === null,
    );
  }
  document.end();
  return done;
}
