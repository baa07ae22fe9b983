import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { sessionResponse, type Role, type SessionResponse } from '../../contract/auth';
import { ApiRequestError, apiGet, apiPost, setCsrfToken } from '../api/client';

export const sessionQueryKey = ['session'] as const;

/** The current session, or null when nobody is logged in. */
export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 60_000 });
}

async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const session = sessionResponse.parse(await apiGet<unknown>('/api/auth/session'));
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/**
 * Puts the session answered by login or a second-factor step in place without asking again; an
 * answer that is not a session (e.g. { ok: true }) makes the session be read anew instead.
 */
export function storeSession(queryClient: QueryClient, response: unknown): void {
  const parsed = sessionResponse.safeParse(response);
  if (!parsed.success) {
    void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    return;
  }
  setCsrfToken(parsed.data.csrfToken);
  queryClient.setQueryData(sessionQueryKey, parsed.data);
}

export function hasAnyRole(session: SessionResponse, roles: readonly Role[]): boolean {
  return session.memberships.some((membership) => roles.includes(membership.role));
}

/** Ends the session on the server and forgets every cached answer, which may hold personal data. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => apiPost<unknown>('/api/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.removeQueries();
      queryClient.setQueryData(sessionQueryKey, null);
      void navigate('/login', { replace: true });
    },
  });
}
