import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../api/client';
import { errorMessageOf } from '../../api/error-message';

/**
 * A failed move has no form field to show its reason next to (a transition not allowed, a consent
 * missing, someone else was faster): the banner names the field problem itself when there is one.
 */
export function useMoveErrorText() {
  const { t } = useTranslation(['common', 'errors']);
  return (error: unknown): string | null => {
    if (!error) return null;
    const field = error instanceof ApiRequestError ? error.fields[0] : undefined;
    return field ? t(`errors:fields.${field.code}`) : errorMessageOf(error, t);
  };
}
