import type { Municipality } from '../../../contract/reference';
import type { JobDemand, Licence, Opportunity, OpportunityFieldsInput, OpportunityKind, SkillView } from '../../../contract/opportunities';
import { municipalityCodeOf } from '../admin/MunicipalityField';
import type { ChosenOccupation } from './OccupationField';

/** What the opportunity form holds: text as typed, choices as chosen; requestOf turns it into the API's body. */
export type OpportunityFormValues = {
  title: string;
  kind: OpportunityKind | null;
  description: string;
  occupation: ChosenOccupation | null;
  requiredSkills: SkillView[];
  niceToHaveSkills: SkillView[];
  languages: { code: string; level: string }[];
  licences: Licence[];
  demands: JobDemand[];
  workplaceId: string;
  /** The municipality's name as typed or picked. */
  municipality: string;
  hoursPerWeek: string;
  workingTimeForm: string;
  startDate: string;
  durationMonths: string;
  positions: string;
};

export type SetValue = <Key extends keyof OpportunityFormValues>(key: Key, value: OpportunityFormValues[Key]) => void;

/** Dropdowns cannot hold an empty value, so "none" has a name of its own. */
export const noChoice = 'none';

const textOf = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));

export function emptyOpportunityValues(kind: OpportunityKind | null = null): OpportunityFormValues {
  return {
    title: '',
    kind,
    description: '',
    occupation: null,
    requiredSkills: [],
    niceToHaveSkills: [],
    languages: [],
    licences: [],
    demands: [],
    workplaceId: noChoice,
    municipality: '',
    hoursPerWeek: '',
    workingTimeForm: noChoice,
    startDate: '',
    durationMonths: '',
    positions: '1',
  };
}

export function valuesOf(opportunity: Opportunity, municipalities: readonly Municipality[]): OpportunityFormValues {
  const municipality = municipalities.find((candidate) => candidate.code === opportunity.municipalityCode);
  return {
    title: opportunity.title,
    kind: opportunity.kind,
    description: opportunity.description ?? '',
    occupation: opportunity.occupation,
    requiredSkills: opportunity.requiredSkills,
    niceToHaveSkills: opportunity.niceToHaveSkills,
    languages: opportunity.languages,
    licences: opportunity.licences,
    demands: opportunity.demands,
    workplaceId: opportunity.workplaceId ?? noChoice,
    municipality: municipality?.name.fi ?? opportunity.municipalityCode ?? '',
    hoursPerWeek: textOf(opportunity.hoursPerWeek),
    workingTimeForm: opportunity.workingTimeForm ?? noChoice,
    startDate: opportunity.startDate ?? '',
    durationMonths: textOf(opportunity.durationMonths),
    positions: String(opportunity.positions),
  };
}

/** '' is "not given"; other text becomes a number, or stays text for the schema to refuse as invalid. */
export function numberOf(text: string): number | string | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isNaN(value) ? trimmed : value;
}

const withoutViewLabels = (skills: readonly SkillView[]) => skills.map((skill) => ({ uri: skill.uri, label: skill.label }));
const nullWhenNone = (value: string) => (value === noChoice || value === '' ? null : value);

/** The request body; the contract's schema validates it before it is sent (see useFormErrors). */
export function requestOf(values: OpportunityFormValues, municipalities: readonly Municipality[], taskIds: readonly string[] = []) {
  return {
    title: values.title,
    kind: values.kind,
    description: values.description,
    escoOccupationUri: values.occupation?.uri ?? null,
    iscoCode: values.occupation?.iscoCode ?? null,
    requiredSkills: withoutViewLabels(values.requiredSkills),
    niceToHaveSkills: withoutViewLabels(values.niceToHaveSkills),
    languages: values.languages,
    licences: values.licences,
    demands: values.demands,
    workplaceId: nullWhenNone(values.workplaceId),
    municipalityCode: nullWhenNone(municipalityCodeOf(values.municipality, municipalities)),
    hoursPerWeek: numberOf(values.hoursPerWeek),
    workingTimeForm: nullWhenNone(values.workingTimeForm),
    startDate: nullWhenNone(values.startDate),
    durationMonths: numberOf(values.durationMonths),
    positions: numberOf(values.positions) ?? 1,
    taskIds: [...taskIds],
  } as unknown as OpportunityFieldsInput;
}
