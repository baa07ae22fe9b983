/** Synthetic Finnish business IDs (Y-tunnus): seven digits, a hyphen and a check digit. */
const weights = [7, 9, 10, 5, 8, 4, 2];

/**
 * The business ID of a seven-digit number with its check digit, or null for a number whose
 * weighted sum leaves remainder 1 modulo 11: such numbers have no check digit and are never issued.
 */
export function businessIdOf(number: number): string | null {
  const digits = String(number).padStart(7, '0');
  const remainder = [...digits].reduce((sum, digit, position) => sum + Number(digit) * (weights[position] as number), 0) % 11;
  if (remainder === 1) return null;
  return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
}
