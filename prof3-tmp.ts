import { parse } from 'csv-parse/sync';
import { generateImportFile } from './bench/client-import/generate.js';
const file = generateImportFile({ rows: 30000, seed: 1, coachEmails: ['a@b.fi'] });
const time = (name: string, work: () => unknown) => { const t = performance.now(); work(); console.log(name, Math.round(performance.now() - t)); };
const base = { delimiter: ',', bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, skip_records_with_empty_values: true } as const;
for (let i = 0; i < 3; i++) {
  time('info', () => parse(file.csv, { ...base, info: true }));
  time('on_record', () => parse(file.csv, { ...base, on_record: (record: string[], context: { lines: number }) => ({ record, line: context.lines }) }));
  time('none', () => parse(file.csv, { ...base }));
}
