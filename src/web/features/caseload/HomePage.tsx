import { Navigate } from 'react-router-dom';
import type { Role } from '../../../contract/auth';
import { hasAnyRole, useSession } from '../../auth/session';
import { CaseloadPage } from './CaseloadPage';

/** Roles whose work starts from a caseload (GET /api/caseload grants exactly these). */
export const caseloadRoles: readonly Role[] = ['coach', 'team_lead', 'employer_coordinator'];

/** '/' is the caseload for those who have one; everyone else starts from their own main page. */
export function HomePage() {
  const { data: session } = useSession();
  if (session && hasAnyRole(session, caseloadRoles)) return <CaseloadPage />;
  return <Navigate to={session && hasAnyRole(session, ['admin']) ? '/admin' : '/about'} replace />;
}
