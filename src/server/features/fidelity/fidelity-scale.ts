import { readFileSync } from 'node:fs';
import { fidelityBand, fidelityItemCount, fidelityScale, type FidelityBand, type FidelityScale } from '../../../contract/fidelity.js';
import { referenceDataFolder } from '../../reference/reference.load.js';

export const fidelityScaleFile = 'ips_fidelity_scale.json';

/** Staffing 3, organisation 8, services 14: a file that says otherwise is not the IPS-25 scale. */
const itemsPerGroup = { staffing: 3, organisation: 8, services: 14 } as const;

/** Reads and checks the scale shipped in reference-data; a broken file stops start-up rather than a review. */
export function loadFidelityScale(folder = referenceDataFolder): FidelityScale {
  const scale = fidelityScale.parse(JSON.parse(readFileSync(folder + fidelityScaleFile, 'utf8')));
  scale.items.forEach((item, index) => {
    if (item.number !== index + 1) throw new Error(`${fidelityScaleFile}: item ${index + 1} is numbered ${item.number}`);
  });
  for (const [group, expected] of Object.entries(itemsPerGroup)) {
    const actual = scale.items.filter((item) => item.group === group).length;
    if (actual !== expected) throw new Error(`${fidelityScaleFile}: ${group} has ${actual} items, expected ${expected}`);
  }
  return scale;
}

/** Total of the final scores so far; the band only once every item has one (a partial total would mislead). */
export function reviewTotals(finalScores: readonly (number | null)[]): { total: number; scoredItems: number; band: FidelityBand | null } {
  const scored = finalScores.filter((score): score is number => score !== null);
  const total = scored.reduce((sum, score) => sum + score, 0);
  return { total, scoredItems: scored.length, band: scored.length === fidelityItemCount ? fidelityBand(total) : null };
}
