import type { genders, recordedTargetGroups } from '../../../contract/clients';

export type Gender = (typeof genders)[number];
export type RecordedTargetGroup = (typeof recordedTargetGroups)[number];

/** ISCED 2011 levels; the labels are in texts.ts because the reference list has no Swedish names. */
export const iscedLevels = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
/** Education level not asked or not known. */
export const noIscedLevel = 'none';

/** What the form holds while it is being filled in: text as typed, choices as chosen. */
export type ClientFormValues = {
  firstName: string;
  lastName: string;
  identityCode: string;
  dateOfBirth: string;
  gender: Gender;
  municipalityCode: string | null;
  streetAddress: string;
  postalCode: string;
  email: string;
  phone: string;
  motherTongue: string | null;
  languages: string[];
  iscedLevel: string;
  targetGroups: RecordedTargetGroup[];
  unemployedSince: string;
  responsibleUserId: string | null;
};

export type SetClientValue = <Name extends keyof ClientFormValues>(name: Name, value: ClientFormValues[Name]) => void;

/** The props every group of fields takes. */
/** An edited client's stored code stays hidden; the date of birth it gave is shown instead. */
export type StoredIdentityCode = { dateOfBirth: string | null };

export type ClientFieldsProps = {
  values: ClientFormValues;
  set: SetClientValue;
  fieldError: (path: string) => string | undefined;
};

export function emptyClientForm(responsibleUserId: string | null): ClientFormValues {
  return {
    firstName: '',
    lastName: '',
    identityCode: '',
    dateOfBirth: '',
    gender: 'unknown',
    municipalityCode: null,
    streetAddress: '',
    postalCode: '',
    email: '',
    phone: '',
    motherTongue: null,
    languages: [],
    iscedLevel: noIscedLevel,
    targetGroups: [],
    unemployedSince: '',
    responsibleUserId,
  };
}

/**
 * The createClientRequest input. Empty optional fields become null; with an identity code the
 * date of birth is left to the server, which derives it from the code.
 */
export function clientRequestOf(values: ClientFormValues) {
  const hasIdentityCode = values.identityCode.trim() !== '';
  return {
    ...values,
    dateOfBirth: hasIdentityCode || values.dateOfBirth === '' ? null : values.dateOfBirth,
    // Left out rather than '' so that an unchosen municipality reads "required", not "unknown".
    municipalityCode: values.municipalityCode ?? undefined,
    iscedLevel: values.iscedLevel === noIscedLevel ? null : Number(values.iscedLevel),
    unemployedSince: values.unemployedSince === '' ? null : values.unemployedSince,
  };
}
