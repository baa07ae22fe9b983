import type { CompetenceProfile, ProfileOccupation, SkillLevel } from '../../../../contract/competence-profiles';
import type { IndustrySection } from '../../../../contract/employers';
import type { EscoLabels } from '../../../../contract/esco';
import type { JobDemand, Licence } from '../../../../contract/opportunities';
import { noChoice, numberOf } from '../../opportunities/opportunity-form';

export type ChosenOccupation = Pick<ProfileOccupation, 'uri' | 'iscoCode' | 'label'>;
export type ChosenSkill = { uri: string; level: SkillLevel; label: EscoLabels | null };
/** Dropdowns hold text; noChoice is "not chosen". */
export type EducationValues = { iscedLevel: string; field: string; qualification: string; completedYear: string };
export type WorkValues = { employerName: string; title: string; occupation: ChosenOccupation | null; from: string; to: string };

/** What the profile form holds: text as typed, choices as chosen; requestOf turns it into the API's body. */
export type ProfileFormValues = {
  occupationsOfInterest: ChosenOccupation[];
  pastOccupations: ChosenOccupation[];
  skills: ChosenSkill[];
  education: EducationValues[];
  licences: Licence[];
  languages: { code: string; level: string }[];
  workHistory: WorkValues[];
  industrySections: IndustrySection[];
  hoursPerWeekMin: string;
  hoursPerWeekMax: string;
  partTimeOk: boolean;
  shiftWorkOk: boolean;
  remoteWanted: boolean;
  maxCommuteKm: string;
  maxCommuteMinutes: string;
  earliestStartDate: string;
  demandsToAvoid: JobDemand[];
};

export type SetProfileValue = <Key extends keyof ProfileFormValues>(key: Key, value: ProfileFormValues[Key]) => void;
/** A field's translated error by its path in the request, e.g. 'skills.0.level'. */
export type FieldError = (path: string) => string | undefined;

const textOf = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));

export const emptyEducation = (): EducationValues => ({ iscedLevel: noChoice, field: noChoice, qualification: '', completedYear: '' });
export const emptyWork = (): WorkValues => ({ employerName: '', title: '', occupation: null, from: '', to: '' });

export function valuesOf(profile: CompetenceProfile): ProfileFormValues {
  const { preferences } = profile;
  return {
    occupationsOfInterest: profile.occupationsOfInterest,
    pastOccupations: profile.pastOccupations,
    skills: profile.skills,
    education: profile.education.map((entry) => ({
      iscedLevel: String(entry.iscedLevel),
      field: entry.field ?? noChoice,
      qualification: entry.qualification ?? '',
      completedYear: textOf(entry.completedYear),
    })),
    licences: profile.licences,
    languages: profile.languages,
    workHistory: profile.workHistory.map((work) => ({ ...work, to: work.to ?? '' })),
    industrySections: preferences.industrySections,
    hoursPerWeekMin: textOf(preferences.hoursPerWeekMin),
    hoursPerWeekMax: textOf(preferences.hoursPerWeekMax),
    partTimeOk: preferences.partTimeOk,
    shiftWorkOk: preferences.shiftWorkOk,
    remoteWanted: preferences.remoteWanted,
    maxCommuteKm: textOf(preferences.maxCommuteKm),
    maxCommuteMinutes: textOf(preferences.maxCommuteMinutes),
    earliestStartDate: preferences.earliestStartDate ?? '',
    demandsToAvoid: profile.demandsToAvoid,
  };
}

const chosenOrNull = (value: string) => (value === noChoice || value === '' ? null : value);

/** The request body; the contract's schema validates it before it is sent, with the same field paths as the API. */
export function requestOf(values: ProfileFormValues, version: number): unknown {
  return {
    occupationsOfInterest: values.occupationsOfInterest.map(({ uri }) => ({ uri })),
    pastOccupations: values.pastOccupations.map(({ uri }) => ({ uri })),
    skills: values.skills.map(({ uri, level }) => ({ uri, level })),
    education: values.education.map((entry) => ({
      // A level not chosen is left out, so the schema names it as required.
      iscedLevel: entry.iscedLevel === noChoice ? undefined : Number(entry.iscedLevel),
      field: chosenOrNull(entry.field),
      qualification: entry.qualification,
      completedYear: numberOf(entry.completedYear),
    })),
    licences: values.licences,
    languages: values.languages,
    workHistory: values.workHistory.map((work) => ({
      employerName: work.employerName,
      title: work.title,
      occupationUri: work.occupation?.uri ?? null,
      from: work.from,
      to: chosenOrNull(work.to),
    })),
    preferences: {
      industrySections: values.industrySections,
      hoursPerWeekMin: numberOf(values.hoursPerWeekMin),
      hoursPerWeekMax: numberOf(values.hoursPerWeekMax),
      partTimeOk: values.partTimeOk,
      shiftWorkOk: values.shiftWorkOk,
      remoteWanted: values.remoteWanted,
      maxCommuteKm: numberOf(values.maxCommuteKm),
      maxCommuteMinutes: numberOf(values.maxCommuteMinutes),
      earliestStartDate: chosenOrNull(values.earliestStartDate),
    },
    demandsToAvoid: values.demandsToAvoid,
    version,
  };
}
