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
import { JobCarvingPage } from './features/opportunities/JobCarvingPage';
import { OpportunitiesPage } from './features/opportunities/OpportunitiesPage';
import { OpportunityFormPage } from './features/opportunities/OpportunityFormPage';
import { OpportunityPage } from './features/opportunities/OpportunityPage';
import { AssignmentBoardPage } from './features/assignments/AssignmentBoardPage';
import { AssignmentPage } from './features/assignments/AssignmentPage';
import { NewAssignmentPage } from './features/assignments/NewAssignmentPage';
import { ResponseSettingsPage } from './features/assignments/ResponseSettingsPage';
import { MatchingWeightsPage } from './features/matching/MatchingWeightsPage';
import { PlacementPage } from './features/placements/PlacementPage';
import { EmployerImportPage } from './features/employers/import/EmployerImportPage';
import { EmployerPage } from './features/employers/EmployerPage';
import { EmployersPage } from './features/employers/EmployersPage';
import { NewEmployerPage } from './features/employers/NewEmployerPage';
import { SectorOwnersPage } from './features/employers/SectorOwnersPage';
import { TeamPage } from './features/team/TeamPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { DrillDownPage } from './features/dashboard/DrillDownPage';
import { MonthlyReportPage } from './features/dashboard/MonthlyReportPage';
import { TargetsPage } from './features/dashboard/TargetsPage';
import { EsfReportPage } from './features/esf/EsfReportPage';
import { FeedbackAnswerPage } from './features/feedback/FeedbackAnswerPage';
import { FeedbackDeliveryPage } from './features/feedback/FeedbackDeliveryPage';
import { FeedbackResultsPage } from './features/feedback/FeedbackResultsPage';
import { FeedbackTemplatesPage } from './features/feedback/FeedbackTemplatesPage';
import { FidelityReviewPage } from './features/fidelity/FidelityReviewPage';
import { FidelityReviewsPage } from './features/fidelity/FidelityReviewsPage';
import { NewFidelityReviewPage } from './features/fidelity/NewFidelityReviewPage';
import { BenefitFinancingPage } from './features/benefit-financing/BenefitFinancingPage';
import { GroupFormPage } from './features/groups/GroupFormPage';
import { GroupPage } from './features/groups/GroupPage';
import { GroupsPage } from './features/groups/GroupsPage';

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
  { path: '/dashboard', page: <DashboardPage />, access: ['team_lead', 'admin', 'analyst'] },
  { path: '/dashboard/people', page: <DrillDownPage />, access: ['team_lead'] },
  { path: '/dashboard/targets', page: <TargetsPage />, access: ['team_lead', 'admin', 'analyst'] },
  { path: '/dashboard/monthly', page: <MonthlyReportPage />, access: ['team_lead', 'admin', 'analyst'] },
  { path: '/dashboard/:view', page: <DashboardPage />, access: ['team_lead', 'admin', 'analyst'] },
  { path: '/esf-report', page: <EsfReportPage />, access: ['team_lead', 'admin', 'analyst'] },
  { path: '/clients/new', page: <NewClientPage />, access: ['coach', 'team_lead'] },
  { path: '/clients/import', page: <ClientImportPage />, access: ['team_lead', 'admin'] },
  { path: '/clients/:id', page: <ClientPage />, access: ['coach', 'employer_coordinator', 'team_lead'] },
  { path: '/opportunities', page: <OpportunitiesPage />, access: ['coach', 'employer_coordinator', 'team_lead'] },
  { path: '/opportunities/:id', page: <OpportunityPage />, access: ['coach', 'employer_coordinator', 'team_lead'] },
  { path: '/opportunities/:id/edit', page: <OpportunityFormPage />, access: ['coach', 'employer_coordinator', 'team_lead'] },
  {
    path: '/employers/:employerId/opportunities/new',
    page: <OpportunityFormPage />,
    access: ['coach', 'employer_coordinator', 'team_lead'],
  },
  { path: '/employers/:employerId/job-carving', page: <JobCarvingPage />, access: ['coach', 'employer_coordinator', 'team_lead'] },
  { path: '/placements/:id', page: <PlacementPage />, access: ['coach', 'employer_coordinator', 'team_lead'] },
  { path: '/assignments', page: <AssignmentBoardPage />, access: ['coach', 'employer_coordinator', 'team_lead'] },
  { path: '/assignments/new', page: <NewAssignmentPage />, access: ['coach', 'employer_coordinator', 'team_lead'] },
  { path: '/assignments/settings', page: <ResponseSettingsPage />, access: ['team_lead', 'admin'] },
  { path: '/matching/settings', page: <MatchingWeightsPage />, access: ['team_lead', 'admin'] },
  { path: '/assignments/:id', page: <AssignmentPage />, access: ['coach', 'employer_coordinator', 'team_lead'] },
  { path: '/groups', page: <GroupsPage />, access: ['coach', 'employer_coordinator', 'team_lead'] },
  { path: '/groups/new', page: <GroupFormPage />, access: ['coach', 'team_lead'] },
  { path: '/groups/:id', page: <GroupPage />, access: ['coach', 'employer_coordinator', 'team_lead'] },
  { path: '/groups/:id/edit', page: <GroupFormPage />, access: ['coach', 'team_lead'] },
  { path: '/employers', page: <EmployersPage />, access: ['coach', 'employer_coordinator', 'team_lead'] },
  { path: '/employers/new', page: <NewEmployerPage />, access: ['coach', 'employer_coordinator', 'team_lead'] },
  { path: '/employers/import', page: <EmployerImportPage />, access: ['employer_coordinator', 'team_lead', 'admin'] },
  { path: '/employers/sectors', page: <SectorOwnersPage />, access: ['team_lead', 'admin'] },
  { path: '/employers/:id', page: <EmployerPage />, access: ['coach', 'employer_coordinator', 'team_lead'] },
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
  { path: '/feedback', page: <FeedbackResultsPage />, access: ['team_lead', 'admin', 'analyst'] },
  { path: '/feedback/templates', page: <FeedbackTemplatesPage />, access: ['team_lead', 'admin'] },
  { path: '/feedback/invitations', page: <FeedbackDeliveryPage />, access: ['team_lead', 'admin'] },
  /** The survey answer page: public, the token in the link is the key. */
  { path: '/feedback/:token', page: <FeedbackAnswerPage />, access: 'public' },
  { path: '/fidelity', page: <FidelityReviewsPage />, access: ['team_lead', 'admin', 'analyst', 'coach'] },
  { path: '/fidelity/new', page: <NewFidelityReviewPage />, access: ['team_lead', 'admin'] },
  { path: '/fidelity/:id', page: <FidelityReviewPage />, access: ['team_lead', 'admin', 'analyst', 'coach'] },
  { path: '/benefit-financing', page: <BenefitFinancingPage />, access: ['team_lead', 'admin'] },
];
