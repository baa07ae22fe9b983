import type { ParseKeys } from 'i18next';
import type { ComponentType } from 'react';
import type { Employer } from '../../../contract/employers';
import type { Namespace } from '../../i18n/resources';
import { EmployerAssignmentsSection } from '../assignments/EmployerAssignmentsSection';
import { EmployerOpportunitiesSection } from '../opportunities/EmployerOpportunitiesSection';
import { EmployerPlacementsSection } from '../placements/EmployerPlacementsSection';
import { ContactsSection } from './contacts/ContactsSection';
import { ProfileSection } from './profile/ProfileSection';
import { RelationshipSection } from './relationship/RelationshipSection';
import { WorkplacesSection } from './workplaces/WorkplacesSection';

/** What every part of the employer page receives; a part may use only the id. */
export type EmployerSectionProps = { employerId: string; employer: Employer };

/** One tab of the employer page: its name in the address (?section=…), its title as a text key of any namespace, and its panel. */
export type EmployerPageSection = {
  key: string;
  title: ParseKeys<Namespace[]>;
  Panel: ComponentType<EmployerSectionProps>;
};

/**
 * The employer page's tabs, in order; the first opens by default.
 *
 * OTHER FEATURES ADD THEIR PART OF THE EMPLOYER PAGE HERE: one import above and one line below, e.g.
 *   import { EmployerAssignmentsSection } from '../assignments/EmployerAssignmentsSection';
 *   { key: 'assignments', title: 'assignments:employerSection.title', Panel: EmployerAssignmentsSection },
 */
export const employerPageSections: readonly EmployerPageSection[] = [
  { key: 'relationship', title: 'employers:page.tabs.relationship', Panel: RelationshipSection },
  { key: 'profile', title: 'employers:page.tabs.profile', Panel: ProfileSection },
  { key: 'contacts', title: 'employers:page.tabs.contacts', Panel: ContactsSection },
  { key: 'workplaces', title: 'employers:page.tabs.workplaces', Panel: WorkplacesSection },
  { key: 'opportunities', title: 'opportunities:employerSection.title', Panel: EmployerOpportunitiesSection },
  { key: 'assignments', title: 'assignments:employerSection.title', Panel: EmployerAssignmentsSection },
  { key: 'placements', title: 'placements:employer.title', Panel: EmployerPlacementsSection },
];
