import type { ReactElement } from 'react';
import type { Role } from '../contract/auth';
import { LoginPage } from './auth/LoginPage';
import { PasswordPage } from './auth/PasswordPage';
import { AboutPage } from './features/about/AboutPage';
import { NewUserPage } from './features/admin/NewUserPage';
import { OrganisationFormPage } from './features/admin/OrganisationFormPage';
import { OrganisationsPage } from './features/admin/OrganisationsPage';
import { ProgrammeFormPage } from './features/admin/ProgrammeFormPage';
import { ProgrammesPage } from './features/admin/ProgrammesPage';
import { UserPage } from './features/admin/UserPage';
import { UsersPage } from './features/admin/UsersPage';
import { AuditPage } from './features/audit/AuditPage';
import { ClientPage } from './features/client/ClientPage';
import { ClientImportPage } from './features/client-import/ClientImportPage';
import { HomePage } from './features/caseload/HomePage';
import { NewClientPage } from './features/new-client/NewClientPage';
import { TeamPage } from './features/team/TeamPage';

export type AppRoute = {
  path: string;
  page: ReactElement;
  /** public: anyone; signed-in: any logged-in user; a role list: users holding one of the roles. */
  access: 'public' | 'signed-in' | readonly Role[];
};

/** Every page of the app, one line each. Pages live in features/<domain>/PageName.tsx. */
export const routes: readonly AppRoute[] = [
  { path: '/login', page: <LoginPage />, access: 'public' },
  { path: '/about', page: <AboutPage />, access: 'public' },
  { path: '/password', page: <PasswordPage />, access: 'signed-in' },
  { path: '/', page: <HomePage />, access: 'signed-in' },
  { path: '/team', page: <TeamPage />, access: ['team_lead'] },
  { path: '/clients/new', page: <NewClientPage />, access: ['coach', 'team_lead'] },
  { path: '/clients/import', page: <ClientImportPage />, access: ['team_lead', 'admin'] },
  { path: '/clients/:id', page: <ClientPage />, access: ['coach', 'employer_coordinator', 'team_lead'] },
  { path: '/admin', page: <UsersPage />, access: ['admin'] },
  { path: '/admin/users/new', page: <NewUserPage />, access: ['admin'] },
  { path: '/admin/users/:id', page: <UserPage />, access: ['admin'] },
  { path: '/admin/organisations', page: <OrganisationsPage />, access: ['admin'] },
  { path: '/admin/organisations/new', page: <OrganisationFormPage />, access: ['admin'] },
  { path: '/admin/organisations/:id', page: <OrganisationFormPage />, access: ['admin'] },
  { path: '/admin/programmes', page: <ProgrammesPage />, access: ['admin'] },
  { path: '/admin/programmes/new', page: <ProgrammeFormPage />, access: ['admin'] },
  { path: '/admin/programmes/:id', page: <ProgrammeFormPage />, access: ['admin'] },
  { path: '/audit', page: <AuditPage />, access: ['admin'] },
];
