import type { TFunction } from 'i18next';
import type { ErrorCode } from '../../contract/errors';
import { ApiRequestError } from './client';

export type ErrorTextOverrides = Partial<Record<ErrorCode, string>>;

/** The text to show for a failed request, in the current UI language. */
export function errorMessageOf(error: unknown, t: TFunction<['common', 'errors']>, overrides: ErrorTextOverrides = {}): string {
  if (!(error instanceof ApiRequestError)) return t('errors:internal');
  if (error.isNetworkError) return t('notice.networkError');
  return overrides[error.code] ?? t(`errors:${error.code}`);
}
