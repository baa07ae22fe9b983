import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { z } from 'zod';
import { totpRequest } from '../../contract/auth';
import { apiPost } from '../api/client';
import { useFormErrors } from '../api/form-errors';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { FormActions } from '../components/FormActions';
import { PageHeading } from '../components/PageHeading';
import { AuthColumn } from './AuthColumn';
import { storeSession, useLogout } from './session';
import { TotpCodeField } from './TotpCodeField';

export function TotpStep() {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const logout = useLogout();
  const [code, setCode] = useState('');
  const verify = useMutation({
    mutationFn: (body: z.infer<typeof totpRequest>) => apiPost<unknown>('/api/auth/totp', body),
    onSuccess: (response) => storeSession(queryClient, response),
    onError: form.showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(totpRequest, { code: code.replace(/\s/g, '') });
    if (body) verify.mutate(body);
  };

  return (
    <AuthColumn>
      <PageHeading>{t('totp.title')}</PageHeading>
      <Paragraph mb="l">{t('totp.intro')}</Paragraph>
      <ErrorBanner error={form.error} messages={{ unauthenticated: t('totp.failed'), mfa_required: t('totp.failed') }} />
      <form onSubmit={submit} noValidate>
        <TotpCodeField value={code} onChange={setCode} invalid={form.fieldError('code') !== undefined} />
        <FormActions>
          <Button type="submit" busy={verify.isPending} data-qa="totp-submit">
            {t('totp.submit')}
          </Button>
          <Button variant="secondary" onClick={() => logout.mutate()} disabled={logout.isPending} data-qa="totp-cancel">
            {t('totp.cancel')}
          </Button>
        </FormActions>
      </form>
    </AuthColumn>
  );
}
