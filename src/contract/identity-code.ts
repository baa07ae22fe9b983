/**
 * Finnish personal identity code (henkilötunnus): DDMMYYCZZZQ.
 * The century sign set was widened on 1 January 2023 (Y/X/W/V/U for 1900s, B–F for 2000s).
 */
const checkCharacters = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const centuryBySign: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

export type IdentityCodeFacts = { dateOfBirth: string; gender: 'male' | 'female' };

export function parseIdentityCode(raw: string): IdentityCodeFacts | null {
  const code = raw.trim().toUpperCase();
  const match = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(code);
  if (!match) return null;
  const [, day, month, year, sign, individual, check] = match as unknown as string[];
  const century = centuryBySign[sign!];
  if (century === undefined) return null;
  const individualNumber = Number(individual);
  if (individualNumber < 2) return null;
  const expected = checkCharacters[Number(`${day}${month}${year}${individual}`) % 31];
  if (expected !== check) return null;
  const fullYear = century + Number(year);
  const date = new Date(Date.UTC(fullYear, Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== fullYear || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
    return null;
  }
  return {
    dateOfBirth: date.toISOString().slice(0, 10),
    gender: individualNumber % 2 === 1 ? 'male' : 'female',
  };
}

export function isValidIdentityCode(raw: string): boolean {
  return parseIdentityCode(raw) !== null;
}

/** Builds a valid code; used by demo data and tests. */
export function makeIdentityCode(dateOfBirth: string, individualNumber: number): string {
  const [year, month, day] = dateOfBirth.split('-') as [string, string, string];
  const yy = year.slice(2);
  const sign = year.startsWith('18') ? '+' : year.startsWith('19') ? '-' : 'A';
  const individual = String(individualNumber).padStart(3, '0');
  const check = checkCharacters[Number(`${day}${month}${yy}${individual}`) % 31];
  return `${day}${month}${yy}${sign}${individual}${check}`;
}
