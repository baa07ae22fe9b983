import { describe, expect, it } from 'vitest';
import type { BreakdownRow, Figure } from '../../../contract/reports.js';
import { suppressBreakdown, suppressFigure } from './suppression.js';

const row = (key: string, value: number): BreakdownRow => ({ key, value, numerator: value, denominator: 30, suppressed: false });
const figure: Figure = {
  indicatorId: 'x',
  value: 0.25,
  numerator: 1,
  denominator: 4,
  suppressed: false,
  notApplicable: false,
  breakdown: [],
};

describe('small-cell suppression', () => {
  it('hides a figure about one to four people and shows one about none or five', () => {
    expect(suppressFigure(figure, 4)).toMatchObject({ value: null, numerator: null, denominator: null, suppressed: true });
    expect(suppressFigure(figure, 1).suppressed).toBe(true);
    expect(suppressFigure(figure, 5)).toEqual(figure);
    expect(suppressFigure({ ...figure, value: 0 }, 0).value).toBe(0);
  });

  it('hides each small key, and with a single small key also the next smallest so the total cannot reveal it', () => {
    // work 20, education 7, pension 3 (small), zero 0: pension is hidden, and education with it.
    const rows = [row('work', 20), row('education', 7), row('pension', 3), row('moved_away', 0)];
    const result = suppressBreakdown(rows, [20, 7, 3, 0]);
    expect(result.map((entry) => [entry.key, entry.value, entry.suppressed])).toEqual([
      ['work', 20, false],
      ['education', null, true],
      ['pension', null, true],
      ['moved_away', 0, false],
    ]);
  });

  it('needs no second key when two or more are already hidden', () => {
    const result = suppressBreakdown([row('a', 2), row('b', 3), row('c', 10)], [2, 3, 10]);
    expect(result.map((entry) => entry.suppressed)).toEqual([true, true, false]);
  });
});
