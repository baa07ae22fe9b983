import type { BreakdownRow, Figure } from '../../../contract/reports.js';

/**
 * Small-cell suppression: a figure about 1–4 people is not shown to users who may not see the
 * people behind it (analysts, admins, partners), because such a figure can point to a person.
 * Zero is shown: it says nothing about anybody.
 */
export const smallCellLimit = 5;

export const isSmallCell = (persons: number) => persons > 0 && persons < smallCellLimit;

export function suppressFigure(figure: Figure, persons: number): Figure {
  if (!isSmallCell(persons)) return figure;
  return { ...figure, value: null, numerator: null, denominator: null, suppressed: true };
}

const hidden = (row: BreakdownRow): BreakdownRow => ({ ...row, value: null, numerator: null, suppressed: true });

/**
 * Each key about 1–4 people is hidden. When exactly one key is hidden its count could be worked
 * out from the total and the others, so the next smallest non-zero key is hidden with it.
 */
export function suppressBreakdown(rows: BreakdownRow[], persons: number[]): BreakdownRow[] {
  const result = rows.map((row, index) => (isSmallCell(persons[index]!) ? hidden(row) : row));
  const hiddenCount = result.filter((row) => row.suppressed).length;
  if (hiddenCount !== 1) return result;
  const candidates = result
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => !row.suppressed && (row.value ?? 0) > 0)
    .sort((first, second) => (first.row.value ?? 0) - (second.row.value ?? 0));
  const next = candidates[0];
  if (next) result[next.index] = hidden(next.row);
  return result;
}
