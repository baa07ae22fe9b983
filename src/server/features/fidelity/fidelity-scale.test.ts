import { describe, expect, it } from 'vitest';
import { fidelityBand } from '../../../contract/fidelity.js';
import { loadFidelityScale, reviewTotals } from './fidelity-scale.js';

describe('the IPS fidelity scale as data', () => {
  const scale = loadFidelityScale();

  it('has 25 items numbered in order: 3 staffing, 8 organisation, 14 services, each with five anchors and three languages', () => {
    expect(scale.items.map((item) => item.number)).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
    expect(scale.items.filter((item) => item.group === 'staffing').map((item) => item.number)).toEqual([1, 2, 3]);
    expect(scale.items.filter((item) => item.group === 'organisation').map((item) => item.number)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(scale.items.every((item) => Object.keys(item.anchors).length === 5 && item.title.fi && item.title.sv && item.title.en)).toBe(
      true,
    );
    expect(new Set(scale.items.map((item) => item.key)).size).toBe(25);
  });

  it('states the bands of the scale, which the band function follows', () => {
    for (const { band, min, max } of scale.bands) {
      expect([fidelityBand(min), fidelityBand(max)]).toEqual([band, band]);
    }
  });
});

describe('fidelity bands at their boundaries', () => {
  it.each([
    [125, 'exemplary'],
    [115, 'exemplary'],
    [114, 'good'],
    [100, 'good'],
    [99, 'fair'],
    [74, 'fair'],
    [73, 'not_ips'],
    [25, 'not_ips'],
  ])('a total of %d is %s', (total, band) => {
    expect(fidelityBand(total)).toBe(band);
  });

  it('gives a band only when all 25 items are scored', () => {
    const allFours = Array.from({ length: 25 }, () => 4);
    expect(reviewTotals(allFours)).toEqual({ total: 100, scoredItems: 25, band: 'good' });
    expect(reviewTotals([...allFours.slice(0, 24), null])).toEqual({ total: 96, scoredItems: 24, band: null });
    expect(reviewTotals([...Array.from({ length: 10 }, () => 5), ...Array.from({ length: 15 }, () => 4)])).toEqual({
      total: 110,
      scoredItems: 25,
      band: 'good',
    });
  });
});
