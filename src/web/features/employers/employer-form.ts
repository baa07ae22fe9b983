import type { Employer, IndustrySection } from '../../../contract/employers';
import type { economySectors, employerSizeClasses } from '../../../contract/employers';

/** What the employer form holds while it is being filled in: text as typed, choices as chosen. */
export type EmployerFormValues = {
  name: string;
  businessId: string;
  industrySection: IndustrySection | null;
  sizeClass: (typeof employerSizeClasses)[number];
  economySector: (typeof economySectors)[number];
  municipalityCode: string | null;
  website: string;
  notes: string;
  ownerUserId: string | null;
};

export type SetEmployerValue = <Name extends keyof EmployerFormValues>(name: Name, value: EmployerFormValues[Name]) => void;

/** A new employer: its owner is the person adding it, who usually goes on to meet it. */
export function emptyEmployerForm(ownerUserId: string | null): EmployerFormValues {
  return {
    name: '',
    businessId: '',
    industrySection: null,
    sizeClass: 'unknown',
    economySector: 'private',
    municipalityCode: null,
    website: '',
    notes: '',
    ownerUserId,
  };
}

export function employerFormOf(employer: Employer): EmployerFormValues {
  return {
    name: employer.name,
    businessId: employer.businessId ?? '',
    industrySection: employer.industrySection,
    sizeClass: employer.sizeClass,
    economySector: employer.economySector,
    municipalityCode: employer.municipalityCode,
    website: employer.website ?? '',
    notes: employer.notes ?? '',
    ownerUserId: employer.ownerUserId,
  };
}
