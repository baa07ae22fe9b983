import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { sessionQueryKey } from '../auth/session';
import { ApiRequestError } from './client';

/**
 * One QueryClient per app. A 401 from any call means the session has ended or still owes a second
 * factor: cached personal data is dropped and the session is re-read, which sends the user to login.
 */
export function createQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Client errors do not go away by asking again; only retry when the server or network failed.
        retry: (failureCount, error) =>
          failureCount < 2 && (!(error instanceof ApiRequestError) || error.status === 0 || error.status >= 500),
      },
    },
  });

  function handleError(error: unknown): void {
    if (!(error instanceof ApiRequestError) || error.status !== 401) return;
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
    void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  }

  return queryClient;
}
