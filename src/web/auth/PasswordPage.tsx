import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { z } from 'zod';
import { minimumPasswordLength, passwordChangeRequest } from '../../contract/auth';
import { apiPost } from '../api/client';
import { useFormErrors } from '../api/form-errors';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { FormActions } from '../components/FormActions';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../components/TextField';
import { AuthColumn } from './AuthColumn';
import { sessionQueryKey } from './session';

const emptyValues = { currentPassword: '', newPassword: '', confirmation: '' };

export function PasswordPage() {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const [values, setValues] = useState(emptyValues);
  // A typo in a new password locks the user out, so it is typed twice; only the browser compares.
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: (body: z.infer<typeof passwordChangeRequest>) => apiPost<unknown>('/api/auth/password', body),
    onSuccess: () => {
      setValues(emptyValues);
      // The server may rotate the session (and its CSRF token) when the password changes.
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
    onError: form.showError,
  });

  const set = (name: keyof typeof emptyValues) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.reset();
    const body = form.validate(passwordChangeRequest, values);
    const confirmed = values.confirmation === values.newPassword;
    setMismatch(!confirmed);
    if (body && confirmed) change.mutate(body);
  };

  return (
    <AuthColumn>
      <PageHeading>{t('password.title')}</PageHeading>
      <Paragraph mb="l">{t('password.intro')}</Paragraph>
      {change.isSuccess ? <Notice data-qa="password-changed">{t('password.changed')}</Notice> : null}
      <ErrorBanner error={form.error} />
      <form onSubmit={submit} noValidate>
        <TextField
          labelText={t('password.current')}
          type="password"
          name="currentPassword"
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={set('currentPassword')}
          error={form.fieldError('currentPassword')}
          fullWidth
          data-qa="password-current"
        />
        <TextField
          labelText={t('password.new')}
          hintText={t('password.newHint', { minimum: minimumPasswordLength })}
          type="password"
          name="newPassword"
          autoComplete="new-password"
          value={values.newPassword}
          onChange={set('newPassword')}
          error={form.fieldError('newPassword')}
          fullWidth
          data-qa="password-new"
        />
        <TextField
          labelText={t('password.confirmation')}
          type="password"
          name="confirmation"
          autoComplete="new-password"
          value={values.confirmation}
          onChange={set('confirmation')}
          error={mismatch ? t('password.mismatch') : undefined}
          fullWidth
          data-qa="password-confirmation"
        />
        <FormActions>
          <Button type="submit" busy={change.isPending} data-qa="password-submit">
            {t('password.submit')}
          </Button>
        </FormActions>
      </form>
    </AuthColumn>
  );
}
