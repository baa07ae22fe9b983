import { describe, expect, it } from 'vitest';
import { isValidBusinessId } from './business-id.js';

describe('Finnish business ID validation', () => {
  it('accepts real business IDs whose check digit matches', () => {
    expect(isValidBusinessId('0246246-0')).toBe(true); // Kela: remainder 0 gives check digit 0
    expect(isValidBusinessId('0187690-1')).toBe(true); // City of Oulu
    expect(isValidBusinessId('0112038-9')).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    expect(isValidBusinessId('0187690-2')).toBe(false);
    expect(isValidBusinessId('0246246-1')).toBe(false);
  });

  it('refuses every ID whose weighted sum leaves remainder 1, as no such ID is ever issued', () => {
    for (let check = 0; check <= 9; check++) expect(isValidBusinessId(`8000000-${check}`)).toBe(false);
  });

  it('refuses anything but seven digits, a hyphen and one digit', () => {
    for (const value of ['187690-1', '01876901', '0187690-', '0187690-11', 'A187690-1', ' 0187690-1', '']) {
      expect(isValidBusinessId(value)).toBe(false);
    }
  });
});
