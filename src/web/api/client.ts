import { errorStatus, type ApiError, type ErrorCode, type FieldError } from '../../contract/errors';

/** A failed API call: the API's error body, or one made up for answers that carried none. */
export class ApiRequestError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[];

  constructor(
    /** HTTP status; 0 when the server could not be reached at all. */
    readonly status: number,
    body: ApiError,
  ) {
    super(body.error.message);
    this.name = 'ApiRequestError';
    this.code = body.error.code;
    this.fields = body.error.fields ?? [];
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryParameters = Record<string, string | number | boolean | null | undefined>;

type RequestOptions = {
  method?: Method;
  body?: unknown;
  query?: QueryParameters;
  signal?: AbortSignal;
};

const csrfState: { token: string | null } = { token: null };

/** The session response carries the token that every state-changing request must echo back. */
export function setCsrfToken(token: string | null): void {
  csrfState.token = token;
}

export async function apiRequest<Result>(path: string, options: RequestOptions = {}): Promise<Result> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    // <html lang> always follows the UI language, so API messages come back in the same language.
    'Accept-Language': document.documentElement.lang || 'fi',
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfState.token) headers['x-csrf-token'] = csrfState.token;

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiRequestError(0, { error: { code: 'internal', message: 'network' } });
  }

  if (!response.ok) throw new ApiRequestError(response.status, await errorBody(response));
  if (response.status === 204) return undefined as Result;
  return (await response.json()) as Result;
}

export const apiGet = <Result>(path: string, query?: QueryParameters, signal?: AbortSignal) => apiRequest<Result>(path, { query, signal });
export const apiPost = <Result>(path: string, body?: unknown) => apiRequest<Result>(path, { method: 'POST', body });
export const apiPut = <Result>(path: string, body?: unknown) => apiRequest<Result>(path, { method: 'PUT', body });
export const apiPatch = <Result>(path: string, body?: unknown) => apiRequest<Result>(path, { method: 'PATCH', body });
export const apiDelete = <Result>(path: string) => apiRequest<Result>(path, { method: 'DELETE' });

function withQuery(path: string, query: QueryParameters | undefined): string {
  if (!query) return path;
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') parameters.set(name, String(value));
  }
  const text = parameters.toString();
  return text ? `${path}?${text}` : path;
}

async function errorBody(response: Response): Promise<ApiError> {
  try {
    const body: unknown = await response.json();
    if (isApiError(body)) return body;
  } catch {
    // Proxies and gateways answer in HTML; fall through to a body derived from the status.
  }
  return { error: { code: codeOfStatus(response.status), message: response.statusText } };
}

function isApiError(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = body.error;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && error.code in errorStatus;
}

function codeOfStatus(status: number): ErrorCode {
  const match = (Object.entries(errorStatus) as [ErrorCode, number][]).find(([, codeStatus]) => codeStatus === status);
  return match?.[0] ?? 'internal';
}
