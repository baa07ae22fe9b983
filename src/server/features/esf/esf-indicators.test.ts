import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { esfIndicators } from '../../../contract/esf-indicators.js';
import {
  computeEsfIndicators,
  esfCompleteness,
  suppressSmallCounts,
  type IndicatorCounts,
  type ParticipationRecord,
  type SupportedEmployer,
} from './esf-indicators.js';

type Participant = NonNullable<ParticipationRecord['participant']>;

const base: Participant = {
  gender: 'female',
  labourMarketStatus: 'unemployed',
  unemployedSince: null,
  iscedLevel: 3,
  disability: 'no',
  foreignBackground: 'no',
  minority: 'no',
  homeless: 'no',
  thirdCountryNational: false,
  ruralArea: false,
  exit: null,
  sixMonthImprovement: null,
};
const noExit = { jobSearching: false, inEducation: false, gainedQualification: false, employed: false };

function person(
  record: Omit<ParticipationRecord, 'participant' | 'sixMonthSituation' | 'endDate'> & Partial<ParticipationRecord>,
  participant: Partial<Participant> | null,
): ParticipationRecord {
  return { endDate: null, sixMonthSituation: null, ...record, participant: participant === null ? null : { ...base, ...participant } };
}

/** The period 2026-01-01 … 2026-06-30; each person's comment says what they count in. */
const records: ParticipationRecord[] = [
  // P1 woman, 35, unemployed 13 months at entry (long-term), ISCED 3, disability, minority declined, rural;
  // left 31.5. employed with a qualification; in work at six months.
  person(
    { startDate: '2026-02-01', endDate: '2026-05-31', dateOfBirth: '1990-05-05', sixMonthSituation: 'work' },
    {
      unemployedSince: '2025-01-01',
      disability: 'yes',
      minority: 'declined',
      ruralArea: true,
      exit: { ...noExit, gainedQualification: true, employed: true },
    },
  ),
  // P2 man, 22, unemployed 5 months (under 25: long-term from 6 months, so not), ISCED 2, disability declined,
  // foreign background, homeless, third-country national; still enrolled.
  person(
    { startDate: '2026-03-01', dateOfBirth: '2004-01-01' },
    {
      gender: 'male',
      unemployedSince: '2025-10-01',
      iscedLevel: 2,
      disability: 'declined',
      foreignBackground: 'yes',
      homeless: 'yes',
      thirdCountryNational: true,
    },
  ),
  // P3 non-binary, 17, inactive, ISCED 1; left 30.4. job searching and in education; in education at six months.
  person(
    { startDate: '2026-01-15', endDate: '2026-04-30', dateOfBirth: '2009-01-01', sixMonthSituation: 'education' },
    { gender: 'non_binary', labourMarketStatus: 'inactive', iscedLevel: 1, exit: { ...noExit, jobSearching: true, inEducation: true } },
  ),
  // P4 woman, 58, employed, ISCED 6, foreign background declined, rural; left 15.6. employed; promoted by six months.
  person(
    { startDate: '2026-04-01', endDate: '2026-06-15', dateOfBirth: '1968-03-01', sixMonthSituation: 'work' },
    {
      labourMarketStatus: 'employed',
      iscedLevel: 6,
      foreignBackground: 'declined',
      ruralArea: true,
      exit: { ...noExit, employed: true },
      sixMonthImprovement: 'promotion',
    },
  ),
  // P5 woman, self-employed, entered before the period (no output); left 28.2. employed; no improvement recorded ('none').
  person(
    { startDate: '2025-11-01', endDate: '2026-02-28', dateOfBirth: '1980-08-08', sixMonthSituation: 'entrepreneurship' },
    { labourMarketStatus: 'self_employed', exit: { ...noExit, employed: true }, sixMonthImprovement: 'none' },
  ),
  // P6 man, no date of birth (12-month rule), unemployed 30 months: long-term; ISCED 5; entered on the last day.
  person({ startDate: '2026-06-30', dateOfBirth: null }, { gender: 'male', unemployedSince: '2024-01-01', iscedLevel: 5 }),
  // P7 woman, entered the day after the period: counts nowhere.
  person({ startDate: '2026-07-01', dateOfBirth: '1990-01-01' }, {}),
  // P8 entered in the period without ESF+ data: only in the completeness figures.
  person({ startDate: '2026-02-10', dateOfBirth: '1990-01-01' }, null),
  // P9 man, unemployed at entry before the period; left 31.3. without exit data; in work at six months.
  person(
    { startDate: '2025-09-01', endDate: '2026-03-31', dateOfBirth: '1996-06-01', sixMonthSituation: 'work' },
    { gender: 'male', unemployedSince: '2025-01-01' },
  ),
  // P10 woman, inactive, left 30.6. neither searching, studying nor working; six-month follow-up not yet recorded.
  person({ startDate: '2025-12-01', endDate: '2026-06-30', dateOfBirth: '1985-01-01' }, { labourMarketStatus: 'inactive', exit: noExit }),
];

/** Employers the programme supported in the period, one of each kind. */
const employers: SupportedEmployer[] = [
  { economySector: 'public', sizeClass: 'large' }, // E1 a city department
  { economySector: 'public', sizeClass: 'unknown' }, // E2 public: counted whatever its size
  { economySector: 'private', sizeClass: 'micro' }, // E3
  { economySector: 'third_sector', sizeClass: 'small' }, // E4 a social enterprise
  { economySector: 'private', sizeClass: 'medium' }, // E5
  { economySector: 'private', sizeClass: 'large' }, // E6 not an SME
  { economySector: 'private', sizeClass: 'unknown' }, // E7 size not recorded: not counted, shown as missing
];

function byCode(rows: readonly IndicatorCounts[]) {
  return Object.fromEntries(rows.map((row) => [row.code, [row.female, row.male, row.nonBinary, row.total]]));
}

describe('ESF+ common indicators', () => {
  it('counts each indicator by gender on a hand-made dataset', () => {
    const counts = byCode(computeEsfIndicators(records, employers, '2026-01-01', '2026-06-30'));
    // Entered in the period with data: P1, P2, P3, P4, P6 (women P1 P4, men P2 P6, non-binary P3).
    expect(counts).toEqual({
      EECO01: [2, 2, 1, 5], // every entrant has a labour-market status: 3 unemployed + 1 inactive + 1 employed
      EECO02: [1, 2, 0, 3], // P1, P2, P6
      EECO03: [1, 1, 0, 2], // P1 (13 months), P6 (30 months); not P2 (22 years old, 5 months)
      EECO04: [0, 0, 1, 1], // P3
      EECO05: [1, 0, 0, 1], // P4
      EECO06: [0, 0, 1, 1], // P3, 17
      EECO07: [0, 1, 0, 1], // P2, 22
      EECO08: [1, 0, 0, 1], // P4, 58; P6's age is unknown
      EECO09: [0, 1, 1, 2], // P2 ISCED 2, P3 ISCED 1
      EECO10: [1, 0, 0, 1], // P1 ISCED 3
      EECO11: [1, 1, 0, 2], // P4 ISCED 6, P6 ISCED 5
      EECO12: [1, 0, 0, 1], // P1; P2 declined and is not counted
      EECO13: [0, 1, 0, 1], // P2
      EECO14: [0, 1, 0, 1], // P2; P4 declined
      EECO15: [0, 0, 0, 0], // P1 declined
      EECO16: [0, 1, 0, 1], // P2
      EECO17: [2, 0, 0, 2], // P1, P4
      // Employers supported, not people: no gender breakdown.
      EECO18: [null, null, null, 2], // E1, E2
      EECO19: [null, null, null, 3], // E3, E4, E5
      // Left in the period with data: P1, P3, P4, P5, P9, P10.
      EECR01: [0, 0, 1, 1], // P3 inactive at entry, job searching upon leaving; P10 inactive but not searching
      EECR02: [0, 0, 1, 1], // P3
      EECR03: [1, 0, 0, 1], // P1
      EECR04: [3, 0, 0, 3], // P1, P4, P5; P9 has no exit data
      EECR05: [3, 1, 0, 4], // P1, P4 work, P5 entrepreneurship, P9 work; P3 education, P10 not recorded
      EECR06: [2, 1, 0, 3], // P1 and P9 unemployed → work, P4 employed → promoted; P5 'none'; P3 education
    });
  });

  it('reports who is missing from the indicators', () => {
    expect(esfCompleteness(records, employers, '2026-01-01', '2026-06-30')).toEqual({
      enrolmentsStarted: 6, // P1 P2 P3 P4 P6 P8
      startedWithoutEntryData: 1, // P8
      enrolmentsEnded: 6, // P1 P3 P4 P5 P9 P10
      endedWithoutExitData: 1, // P9
      endedWithoutSixMonthFollowUp: 1, // P10
      supportedEmployersWithoutSizeClass: 1, // E7
    });
  });

  it('hides counts of one to four people, and the next smallest count when one alone would be revealed', () => {
    const row = (female: number, male: number, nonBinary: number): IndicatorCounts => ({
      code: 'EECO02',
      group: 'output',
      female,
      male,
      nonBinary,
      total: female + male + nonBinary,
    });
    const shown = (rows: IndicatorCounts[]) => suppressSmallCounts(rows).map((r) => [r.female, r.male, r.nonBinary, r.total]);
    expect(shown([row(5, 2, 0), row(3, 3, 0), row(0, 0, 0), row(6, 0, 0), row(0, 0, 2), row(46, 59, 2), row(7, 5, 0)])).toEqual([
      [null, null, 0, 7], // men 2 hidden; 7 − 5 would reveal it, so the women's 5 goes too
      [null, null, 0, 6], // two hidden cells: the total does not separate them
      [0, 0, 0, 0], // zero says nothing about anybody
      [6, 0, 0, 6],
      [0, 0, null, null], // a total of 2 is itself a small count
      [null, 59, null, 107], // the smallest other count (46) is hidden, not the total
      [7, 5, 0, 12],
    ]);
    // Two employers are not two people: an entity count is never hidden.
    const entities: IndicatorCounts = { code: 'EECO19', group: 'entity_output', female: null, male: null, nonBinary: null, total: 2 };
    expect(suppressSmallCounts([entities])).toEqual([entities]);
  });

  it('lists the indicators of the shipped reference table with the regulation’s English names', () => {
    const lines = readFileSync(new URL('../../../../reference-data/esf_plus_indicators.csv', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    const rows = lines.map((line) => {
      const [code, group, , ...rest] = line.split(',');
      const name = rest.slice(0, -1).join(',').replace(/^"|"$/g, '');
      return { code, group, name };
    });
    expect(esfIndicators.map((indicator) => ({ code: indicator.code, group: indicator.group, name: indicator.name.en }))).toEqual(rows);
  });
});
