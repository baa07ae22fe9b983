import { industrySections } from '../../../../contract/employers.js';
import { jobDemands, languageLevels, licences, workingTimeForms } from '../../../../contract/opportunities.js';

/** Strings become small integers inside the index: arrays of numbers are compact and compare fast. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  /** -1 when the value was never seen (nothing in the index can match it). */
  find(value: string): number {
    return this.ids.get(value) ?? -1;
  }

  get size(): number {
    return this.values.length;
  }
}

/** The interners one index shares between its profiles and opportunities. */
export class Vocabulary {
  readonly skills = new Interner();
  readonly occupations = new Interner();
  /** ISCO-08 codes of every length ("5223", "522", "52") in one space. */
  readonly iscoGroups = new Interner();
  readonly languages = new Interner();
  readonly organisations = new Interner();
  /** Index 0 is "no municipality". */
  readonly municipalities = new Interner();

  constructor() {
    this.municipalities.intern('');
  }
}

const bitOf = <T extends string>(values: readonly T[]) => {
  const bits = new Map<string, number>(values.map((value, index) => [value, 1 << index]));
  return (list: readonly string[]) => list.reduce((mask, value) => mask | (bits.get(value) ?? 0), 0) >>> 0;
};
export const licenceMask = bitOf(licences);
export const demandMask = bitOf(jobDemands);
export const workingTimeFormMask = bitOf(workingTimeForms);
export const sectionMask = bitOf(industrySections);

export const maskValues = <T>(mask: number, values: readonly T[]): T[] => values.filter((_, index) => (mask >>> index) & 1);

export function popcount(mask: number): number {
  let value = mask >>> 0;
  let count = 0;
  while (value) {
    value &= value - 1;
    count++;
  }
  return count;
}

/** CEFR A1..C2 as 1..6. */
export const languageLevelNumber = (level: string) => languageLevels.indexOf(level as (typeof languageLevels)[number]) + 1;

export const noDay = -2147483648;
/** An ISO date as days since 1970-01-01 (noDay for null). */
export const dayNumber = (date: string | null) => (date ? Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000) : noDay);
export const dayToIso = (day: number) => (day === noDay ? null : new Date(day * 86_400_000).toISOString().slice(0, 10));

/** The ISCO group codes an occupation belongs to, from the unit group (4 digits) up to the sub-major group (2). */
export function iscoLevels(code: string | null): [string | null, string | null, string | null] {
  if (!code || !/^\d{2,4}$/.test(code)) return [null, null, null];
  return [code.length >= 4 ? code.slice(0, 4) : null, code.length >= 3 ? code.slice(0, 3) : null, code.slice(0, 2)];
}
