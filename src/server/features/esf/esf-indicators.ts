import type { EsfIndicatorCode, EsfIndicatorGroup } from '../../../contract/esf-indicators.js';
import { esfIndicators } from '../../../contract/esf-indicators.js';
import type { economySectors, employerSizeClasses } from '../../../contract/employers.js';
import type { EsfReportRow, esfAnswers, esfGenders, labourMarketStatuses, sixMonthImprovements } from '../../../contract/esf.js';
import { monthsBetween } from '../../time.js';
import { ageOn } from '../clients/client-derivations.js';
import { isSmallCell } from '../reports/suppression.js';

type Gender = (typeof esfGenders)[number];
type Answer = (typeof esfAnswers)[number];

/** One enrolment of the programme as the indicators need it; `participant` is null until entry data is recorded. */
export type ParticipationRecord = {
  startDate: string;
  endDate: string | null;
  dateOfBirth: string | null;
  participant: {
    gender: Gender;
    labourMarketStatus: (typeof labourMarketStatuses)[number];
    unemployedSince: string | null;
    iscedLevel: number;
    disability: Answer;
    foreignBackground: Answer;
    minority: Answer;
    homeless: Answer;
    thirdCountryNational: boolean;
    ruralArea: boolean;
    exit: { jobSearching: boolean; inEducation: boolean; gainedQualification: boolean; employed: boolean } | null;
    sixMonthImprovement: (typeof sixMonthImprovements)[number] | null;
  } | null;
  /** The situation recorded at the six-month follow-up (an enrolment outcome), or null. */
  sixMonthSituation: string | null;
};

/** An employer the programme supported (see esfPopulations.entity_output). */
export type SupportedEmployer = { sizeClass: (typeof employerSizeClasses)[number]; economySector: (typeof economySectors)[number] };

type Participant = NonNullable<ParticipationRecord['participant']>;
type Counted = { record: ParticipationRecord; participant: Participant };

/** Commission guidance: over 6 months for those under 25, over 12 months from 25 on; without an age, 12. */
export function isLongTermUnemployed(
  participant: Pick<Participant, 'labourMarketStatus' | 'unemployedSince'>,
  age: number | null,
  startDate: string,
) {
  if (participant.labourMarketStatus !== 'unemployed' || participant.unemployedSince === null) return false;
  if (participant.unemployedSince > startDate) return false;
  const threshold = age !== null && age < 25 ? 6 : 12;
  return monthsBetween(participant.unemployedSince, startDate) >= threshold;
}

const inWork = (situation: string | null) => situation === 'work' || situation === 'entrepreneurship';
const employedAtEntry = (participant: Participant) =>
  participant.labourMarketStatus === 'employed' || participant.labourMarketStatus === 'self_employed';

function age(counted: Counted): number | null {
  return ageOn(counted.record.dateOfBirth, counted.record.startDate);
}

type EntityCode = 'EECO18' | 'EECO19';
type PersonCode = Exclude<EsfIndicatorCode, EntityCode>;

/** A private or third-sector employer: an enterprise in the EU sense, whatever its legal form. */
const isEnterprise = (employer: SupportedEmployer) => employer.economySector !== 'public';
const isSme = (employer: SupportedEmployer) => isEnterprise(employer) && ['micro', 'small', 'medium'].includes(employer.sizeClass);

/** Which supported employers each entity indicator counts. */
const entityRules: Record<EntityCode, (employer: SupportedEmployer) => boolean> = {
  EECO18: (employer) => employer.economySector === 'public',
  EECO19: isSme,
};

/** Who each indicator counts, among the participations its group looks at. */
const rules: Record<PersonCode, (counted: Counted) => boolean> = {
  EECO01: ({ participant }) => ['unemployed', 'inactive', 'employed', 'self_employed'].includes(participant.labourMarketStatus),
  EECO02: ({ participant }) => participant.labourMarketStatus === 'unemployed',
  EECO03: (counted) => isLongTermUnemployed(counted.participant, age(counted), counted.record.startDate),
  EECO04: ({ participant }) => participant.labourMarketStatus === 'inactive',
  EECO05: ({ participant }) => employedAtEntry(participant),
  EECO06: (counted) => (age(counted) ?? Infinity) < 18,
  EECO07: (counted) => {
    const years = age(counted);
    return years !== null && years >= 18 && years <= 29;
  },
  EECO08: (counted) => (age(counted) ?? -Infinity) >= 55,
  EECO09: ({ participant }) => participant.iscedLevel <= 2,
  EECO10: ({ participant }) => participant.iscedLevel === 3 || participant.iscedLevel === 4,
  EECO11: ({ participant }) => participant.iscedLevel >= 5,
  EECO12: ({ participant }) => participant.disability === 'yes',
  EECO13: ({ participant }) => participant.thirdCountryNational,
  EECO14: ({ participant }) => participant.foreignBackground === 'yes',
  EECO15: ({ participant }) => participant.minority === 'yes',
  EECO16: ({ participant }) => participant.homeless === 'yes',
  EECO17: ({ participant }) => participant.ruralArea,
  EECR01: ({ participant }) => participant.labourMarketStatus === 'inactive' && participant.exit?.jobSearching === true,
  EECR02: ({ participant }) => participant.exit?.inEducation === true,
  EECR03: ({ participant }) => participant.exit?.gainedQualification === true,
  EECR04: ({ participant }) => participant.exit?.employed === true,
  EECR05: ({ record }) => inWork(record.sixMonthSituation),
  EECR06: ({ record, participant }) =>
    employedAtEntry(participant)
      ? participant.sixMonthImprovement !== null && participant.sixMonthImprovement !== 'none'
      : inWork(record.sixMonthSituation),
};

const within = (date: string | null, from: string, to: string) => date !== null && date >= from && date <= to;

type Counts = { code: EsfIndicatorCode; total: number };
/** People are counted by gender; entities only in total (their gender cells are null). */
export type IndicatorCounts =
  | (Counts & { group: Exclude<EsfIndicatorGroup, 'entity_output'> } & Record<'female' | 'male' | 'nonBinary', number>)
  | (Counts & { group: 'entity_output' } & Record<'female' | 'male' | 'nonBinary', null>);

/**
 * The ESF+ common indicators of the participations of a programme for the period [from, to]:
 * output indicators over those who entered in the period, result indicators over those who left,
 * entity indicators over the employers the programme supported in the period.
 */
export function computeEsfIndicators(
  records: readonly ParticipationRecord[],
  employers: readonly SupportedEmployer[],
  from: string,
  to: string,
): IndicatorCounts[] {
  const withData = (record: ParticipationRecord): Counted[] => (record.participant ? [{ record, participant: record.participant }] : []);
  const entered = records.filter((record) => within(record.startDate, from, to)).flatMap(withData);
  const left = records.filter((record) => within(record.endDate, from, to)).flatMap(withData);
  return esfIndicators.map(({ code, group }) => {
    if (group === 'entity_output') {
      const total = employers.filter(entityRules[code as EntityCode]).length;
      return { code, group, female: null, male: null, nonBinary: null, total };
    }
    const population = group === 'output' ? entered : left;
    const counted = population.filter(rules[code as PersonCode]);
    const byGender = (gender: Gender) => counted.filter((entry) => entry.participant.gender === gender).length;
    return { code, group, female: byGender('female'), male: byGender('male'), nonBinary: byGender('non_binary'), total: counted.length };
  });
}

/** Completeness of the data behind the indicators, so gaps are visible rather than silently uncounted. */
export function esfCompleteness(
  records: readonly ParticipationRecord[],
  employers: readonly SupportedEmployer[],
  from: string,
  to: string,
) {
  const entered = records.filter((record) => within(record.startDate, from, to));
  const left = records.filter((record) => within(record.endDate, from, to));
  return {
    enrolmentsStarted: entered.length,
    startedWithoutEntryData: entered.filter((record) => record.participant === null).length,
    enrolmentsEnded: left.length,
    endedWithoutExitData: left.filter((record) => record.participant?.exit == null).length,
    endedWithoutSixMonthFollowUp: left.filter((record) => record.sixMonthSituation === null).length,
    supportedEmployersWithoutSizeClass: employers.filter((employer) => isEnterprise(employer) && employer.sizeClass === 'unknown').length,
  };
}

/**
 * Hides counts of 1–4 people from users who may not see the people behind them. When exactly one
 * gender cell of a row is hidden, the total and the other cells would give it away, so the next
 * smallest non-zero cell is hidden with it (as the dashboards do); a total of 1–4 is hidden too.
 */
export function suppressSmallCounts(rows: readonly IndicatorCounts[]): EsfReportRow[] {
  return rows.map((row) => {
    if (row.group === 'entity_output') return row;
    const keys = ['female', 'male', 'nonBinary'] as const;
    const hidden = new Set<(typeof keys)[number]>(keys.filter((key) => isSmallCell(row[key])));
    if (hidden.size === 1) {
      const next = keys.filter((key) => !hidden.has(key) && row[key] > 0).sort((first, second) => row[first] - row[second])[0];
      if (next) hidden.add(next);
    }
    const shown = (key: (typeof keys)[number]) => (hidden.has(key) ? null : row[key]);
    return {
      ...row,
      female: shown('female'),
      male: shown('male'),
      nonBinary: shown('nonBinary'),
      total: isSmallCell(row.total) ? null : row.total,
    };
  });
}
