import type { z } from 'zod';
import type { clientImportModes } from '../../../contract/client-import';
import { errorStatus, type ApiError } from '../../../contract/errors';
import { ApiRequestError, type QueryParameters } from '../../api/client';

export type ImportMode = (typeof clientImportModes)[number];

/**
 * POST an import endpoint (/api/clients/import, /api/employers/import) with the file as a text/csv
 * body. The shared API client sends JSON only, so this one request is made here, with the same
 * headers and the same error type.
 */
export async function postCsvImport<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  csv: string,
  query: { mode: ImportMode; organisationId?: string },
  csrfToken: string,
): Promise<z.infer<Schema>> {
  const parameters = new URLSearchParams(
    Object.entries(query as QueryParameters).flatMap(([name, value]) => (value ? [[name, String(value)]] : [])),
  );
  let response: Response;
  try {
    response = await fetch(`${path}?${parameters.toString()}`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Accept-Language': document.documentElement.lang || 'fi',
        'Content-Type': 'text/csv; charset=utf-8',
        'x-csrf-token': csrfToken,
      },
      body: csv,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiRequestError(0, { error: { code: 'internal', message: 'network' } });
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new ApiRequestError(response.status, apiErrorOf(body, response));
  return schema.parse(body);
}

function apiErrorOf(body: unknown, response: Response): ApiError {
  const error = (body as Partial<ApiError> | null)?.error;
  if (error && typeof error.code === 'string' && error.code in errorStatus) return { error };
  const code = response.status === 401 ? 'unauthenticated' : response.status === 403 ? 'forbidden' : 'internal';
  return { error: { code, message: response.statusText } };
}
