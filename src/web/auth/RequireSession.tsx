import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import type { Role } from '../../contract/auth';
import { AccessDeniedPage } from '../components/AccessDeniedPage';
import { ErrorBanner } from '../components/ErrorBanner';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { PageHeading } from '../components/PageHeading';
import { hasAnyRole, useSession } from './session';

export type ReturnState = { from?: { pathname: string; search: string } };

/**
 * Shows its page only to a fully logged-in user (with one of the roles, when given); others go to
 * login and come back here afterwards. The API checks access again: this only spares a useless page.
 */
export function RequireSession({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();

  if (session.isPending) return <LoadingIndicator />;
  if (session.isError) {
    return (
      <>
        <PageHeading>{t('appName')}</PageHeading>
        <ErrorBanner error={session.error} />
      </>
    );
  }
  if (session.data?.stage !== 'active') {
    const state: ReturnState = { from: { pathname: location.pathname, search: location.search } };
    return <Navigate to="/login" replace state={state} />;
  }
  if (roles && !hasAnyRole(session.data, roles)) return <AccessDeniedPage />;
  return children;
}
