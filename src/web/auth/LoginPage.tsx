import { Navigate, useLocation } from 'react-router-dom';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { CredentialsStep } from './CredentialsStep';
import type { ReturnState } from './RequireSession';
import { useSession } from './session';
import { TotpSetupStep } from './TotpSetupStep';
import { TotpStep } from './TotpStep';

/** The step shown follows the session: each successful step answers with the session's next stage. */
export function LoginPage() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <LoadingIndicator />;
  switch (session.data?.stage) {
    case 'active':
      return <Navigate to={returnPath(location.state)} replace />;
    case 'totp':
      return <TotpStep />;
    case 'totp_setup':
      return <TotpSetupStep />;
    default:
      return <CredentialsStep />;
  }
}

function returnPath(state: unknown): string {
  const from = (state as ReturnState | null)?.from;
  return from && from.pathname !== '/login' ? `${from.pathname}${from.search}` : '/';
}
