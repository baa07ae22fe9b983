import { clientImportListedRows } from '../../../contract/client-import.js';
import type { Locale } from '../../../contract/common.js';
import type { FieldErrorCode } from '../../../contract/errors.js';
import { errorMessages } from '../../../contract/messages.js';

/** `field` is the file's column name, or 'row' for a problem of the row as a whole. */
export type ImportProblem = { field: string; code: FieldErrorCode };

/** What an import decided for one row; `recordId` is the record created or updated (on a dry run, updated only). */
export type PlannedImportRow =
  { line: number; action: 'reject'; problems: ImportProblem[] } | { line: number; action: 'create' | 'update'; recordId: string | null };

export type ImportSummaryRow = {
  row: number;
  action: PlannedImportRow['action'];
  errors: (ImportProblem & { message: string })[];
  recordId?: string;
};

/** Every row counts (client and employer imports alike); the answer lists the first rejects and the first accepted rows, in file order, the reasons in the caller's language. */
export function summariseImport<Mode extends string>(mode: Mode, planned: readonly PlannedImportRow[], locale: Locale) {
  const messages = errorMessages[locale].fields;
  const counts = { create: 0, update: 0, reject: 0 };
  const rows: ImportSummaryRow[] = [];
  let listedRejects = 0;
  let listedAccepted = 0;
  for (const row of planned) {
    counts[row.action] += 1;
    if (row.action === 'reject') {
      if (listedRejects++ >= clientImportListedRows) continue;
      rows.push({
        row: row.line,
        action: 'reject',
        errors: row.problems.map((problem) => ({ ...problem, message: messages[problem.code] })),
      });
    } else {
      if (listedAccepted++ >= clientImportListedRows) continue;
      rows.push({ row: row.line, action: row.action, errors: [], ...(row.recordId ? { recordId: row.recordId } : {}) });
    }
  }
  return { mode, counts, rows, unlistedRows: planned.length - rows.length };
}
