import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { fieldCodeOfIssue, fieldErrorCodes, type FieldError, type FieldErrorCode } from '../../contract/errors';
import { ApiRequestError } from './client';

/**
 * Error state of one form. Field errors from the client-side schema and from the API arrive in the
 * same shape ({ path, code }), so a field shows the same translated text whichever side found it.
 *
 *   const form = useFormErrors();
 *   const save = useMutation({ mutationFn: ..., onError: form.showError });
 *   const onSubmit = () => { const body = form.validate(schema, values); if (body) save.mutate(body); };
 *   <ErrorBanner error={form.error} />
 *   <TextField ... error={form.fieldError('email')} />
 */
export function useFormErrors() {
  const { t } = useTranslation(['common', 'errors']);
  const [error, setError] = useState<unknown>(null);
  const fields = useMemo(() => (error instanceof ApiRequestError ? error.fields : []), [error]);

  useEffect(() => {
    // Keyboard and screen-reader users land on the first field that needs fixing.
    if (fields.length > 0) document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus();
  }, [fields]);

  const fieldError = useCallback(
    (path: string): string | undefined => {
      const field = fields.find((candidate) => candidate.path === path);
      return field ? t(`errors:fields.${field.code}`) : undefined;
    },
    [fields, t],
  );

  const validate = useCallback(<Schema extends z.ZodType>(schema: Schema, values: unknown): z.output<Schema> | null => {
    const result = schema.safeParse(values);
    if (result.success) {
      setError(null);
      return result.data;
    }
    setError(clientValidationError(result.error.issues));
    return null;
  }, []);

  const clear = useCallback(() => setError(null), []);

  return { error, fieldError, validate, showError: setError, clear };
}

/** Client-side schema problems in the API's own 400 shape. */
export function clientValidationError(issues: readonly z.core.$ZodIssue[]): ApiRequestError {
  const fields = issues.map((issue): FieldError => ({ path: issue.path.join('.'), code: codeOfIssue(issue), message: issue.message }));
  return new ApiRequestError(400, { error: { code: 'validation', message: 'validation', fields } });
}

/** Schemas may name a field code as the issue message (e.g. 'password_too_short'); that wins. */
function codeOfIssue(issue: z.core.$ZodIssue): FieldErrorCode {
  const named = fieldErrorCodes.find((code) => code === issue.message);
  return named ?? fieldCodeOfIssue(issue);
}
