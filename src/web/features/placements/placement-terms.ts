import type { PlacementSupport, PlacementType } from '../../../contract/placements';
import { emptyToNull, todayInHelsinki } from '../client/form-helpers';

/** The terms as the form holds them: text while typing, turned into the request body on submit. */
export type PlacementTermsValues = {
  type: PlacementType | null;
  startDate: string;
  plannedEndDate: string;
  hoursPerWeek: string;
  duties: string;
  supportGranted: PlacementSupport[];
  supportNote: string;
  enrolmentId: string | null;
};

export const emptyTerms = (): PlacementTermsValues => ({
  type: null,
  startDate: todayInHelsinki(),
  plannedEndDate: '',
  hoursPerWeek: '',
  duties: '',
  supportGranted: [],
  supportNote: '',
  enrolmentId: null,
});

/** "37,5" and "37.5" are the same hours; text that is no number reaches the schema as text and is reported invalid. */
export function hoursOf(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const hours = Number(trimmed.replace(',', '.'));
  return Number.isNaN(hours) ? trimmed : hours;
}

export function termsBody(values: PlacementTermsValues) {
  return {
    type: values.type,
    startDate: values.startDate,
    plannedEndDate: emptyToNull(values.plannedEndDate),
    hoursPerWeek: hoursOf(values.hoursPerWeek),
    duties: values.duties,
    supportGranted: values.supportGranted,
    supportNote: values.supportNote,
    enrolmentId: values.enrolmentId,
  };
}
