import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import type { z } from 'zod';
import { loginRequest } from '../../contract/auth';
import { apiPost } from '../api/client';
import { useFormErrors } from '../api/form-errors';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../components/TextField';
import { AuthColumn } from './AuthColumn';
import { storeSession } from './session';

export function CredentialsStep() {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: (body: z.infer<typeof loginRequest>) => apiPost<unknown>('/api/auth/login', body),
    onSuccess: (response) => storeSession(queryClient, response),
    onError: form.showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(loginRequest, { email: email.trim(), password });
    if (body) login.mutate(body);
  };

  return (
    <AuthColumn>
      <PageHeading>{t('login.title')}</PageHeading>
      <Paragraph mb="l">{t('login.intro')}</Paragraph>
      <ErrorBanner error={form.error} messages={{ unauthenticated: t('login.failed') }} />
      <form onSubmit={submit} noValidate>
        <TextField
          labelText={t('login.email')}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={form.fieldError('email')}
          fullWidth
          data-qa="login-email"
        />
        <TextField
          labelText={t('login.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={form.fieldError('password')}
          fullWidth
          mb="l"
          data-qa="login-password"
        />
        <Button type="submit" busy={login.isPending} data-qa="login-submit">
          {t('login.submit')}
        </Button>
      </form>
      <Paragraph mt="xl">
        <RouterLink asComponent={Link} to="/about" data-qa="login-about">
          {t('login.about')}
        </RouterLink>
      </Paragraph>
    </AuthColumn>
  );
}
