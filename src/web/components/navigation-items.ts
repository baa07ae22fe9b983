import type { Role } from '../../contract/auth';
import type { fi } from '../i18n/common';

/** A group of pages shown as one main menu entry, with its pages in a row of their own below it. */
export type NavigationSection = keyof typeof fi.navigationSections;

export type NavigationItem = {
  /** Key under common:navigation, and the data-qa name ("nav-<name>"). */
  name: Exclude<keyof typeof fi.navigation, 'label' | 'sectionLabel'>;
  qa: string;
  path: string;
  /** Shown to anyone holding one of these roles in any organisation; everyone when absent. */
  roles?: readonly Role[];
  section?: NavigationSection;
};

export const navigationItems: readonly NavigationItem[] = [
  { name: 'caseload', qa: 'caseload', path: '/', roles: ['coach', 'team_lead', 'employer_coordinator'] },
  { name: 'newClient', qa: 'new-client', path: '/clients/new', roles: ['coach', 'team_lead'] },
  { name: 'employers', qa: 'employers', path: '/employers', roles: ['coach', 'employer_coordinator', 'team_lead'] },
  { name: 'opportunities', qa: 'opportunities', path: '/opportunities', roles: ['coach', 'employer_coordinator', 'team_lead'] },
  { name: 'assignments', qa: 'assignments', path: '/assignments', roles: ['coach', 'employer_coordinator', 'team_lead'] },
  { name: 'groups', qa: 'groups', path: '/groups', roles: ['coach', 'employer_coordinator', 'team_lead'] },
  { name: 'team', qa: 'team', path: '/team', roles: ['team_lead'] },
  { name: 'dashboard', qa: 'dashboard', path: '/dashboard', roles: ['team_lead', 'admin', 'analyst'], section: 'management' },
  { name: 'esfReport', qa: 'esf-report', path: '/esf-report', roles: ['team_lead', 'admin', 'analyst'], section: 'management' },
  { name: 'fidelity', qa: 'fidelity', path: '/fidelity', roles: ['team_lead', 'admin', 'analyst'], section: 'management' },
  { name: 'benefitFinancing', qa: 'benefit-financing', path: '/benefit-financing', roles: ['team_lead', 'admin'], section: 'management' },
  { name: 'feedback', qa: 'feedback', path: '/feedback', roles: ['team_lead', 'admin', 'analyst'], section: 'management' },
  {
    name: 'feedbackDelivery',
    qa: 'feedback-delivery',
    path: '/feedback/invitations',
    roles: ['team_lead', 'admin'],
    section: 'management',
  },
  { name: 'admin', qa: 'admin', path: '/admin', roles: ['admin'] },
  { name: 'audit', qa: 'audit', path: '/audit', roles: ['admin'] },
  { name: 'assignmentSettings', qa: 'assignment-settings', path: '/assignments/settings', roles: ['admin'] },
  { name: 'matchingSettings', qa: 'matching-settings', path: '/matching/settings', roles: ['team_lead', 'admin'] },
  { name: 'clientImport', qa: 'client-import', path: '/clients/import', roles: ['team_lead', 'admin'] },
  // Coordinators and team leads find the employer import on the employer list; admins do not see that list.
  { name: 'employerImport', qa: 'employer-import', path: '/employers/import', roles: ['admin'] },
  { name: 'about', qa: 'about', path: '/about' },
];
