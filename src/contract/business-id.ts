/**
 * Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The check digit is
 * 11 minus the remainder of the weighted sum (weights 7, 9, 10, 5, 8, 4, 2) modulo 11; remainder 0
 * gives 0 and remainder 1 is never issued, so such an ID is invalid.
 */
const weights = [7, 9, 10, 5, 8, 4, 2];

export function isValidBusinessId(value: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(value);
  if (!match) return false;
  const [, digits, check] = match as unknown as [string, string, string];
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  return (remainder === 0 ? 0 : 11 - remainder) === Number(check);
}
