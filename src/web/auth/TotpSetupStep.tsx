import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { z } from 'zod';
import { totpRequest, totpSetupResponse } from '../../contract/auth';
import { apiPost } from '../api/client';
import { useFormErrors } from '../api/form-errors';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { FormActions } from '../components/FormActions';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { PageHeading } from '../components/PageHeading';
import { AuthColumn } from './AuthColumn';
import { storeSession, useLogout } from './session';
import { TotpCodeField } from './TotpCodeField';

/** Admins must enrol an authenticator app before their session becomes active. */
export function TotpSetupStep() {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const logout = useLogout();
  const [code, setCode] = useState('');
  // A query rather than a mutation so that a re-render never asks for a second secret;
  // gcTime 0 keeps the secret in memory only while this step is on screen.
  const setup = useQuery({
    queryKey: ['totp-setup'],
    queryFn: async () => totpSetupResponse.parse(await apiPost<unknown>('/api/auth/totp/setup')),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const enable = useMutation({
    mutationFn: (body: z.infer<typeof totpRequest>) => apiPost<unknown>('/api/auth/totp/enable', body),
    onSuccess: (response) => storeSession(queryClient, response),
    onError: form.showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(totpRequest, { code: code.replace(/\s/g, '') });
    if (body) enable.mutate(body);
  };

  return (
    <AuthColumn>
      <PageHeading>{t('totpSetup.title')}</PageHeading>
      <Paragraph mb="l">{t('totpSetup.intro')}</Paragraph>
      <ErrorBanner error={setup.error ?? form.error} messages={{ unauthenticated: t('totp.failed') }} />
      {setup.isPending ? <LoadingIndicator /> : null}
      {setup.data ? (
        <Steps aria-label={t('totpSetup.stepsLabel')}>
          <li>
            <Paragraph>{t('totpSetup.stepApp')}</Paragraph>
          </li>
          <li>
            <Paragraph>{t('totpSetup.stepSecret')}</Paragraph>
            <SecretLabel id="totp-secret-label">{t('totpSetup.secret')}</SecretLabel>
            <Secret aria-labelledby="totp-secret-label" data-qa="totp-secret">
              {groupsOfFour(setup.data.secret)}
            </Secret>
            <Paragraph mb="xs">{t('totpSetup.keepSecret')}</Paragraph>
            <Paragraph>
              {t('totpSetup.openInApp')} <Link href={setup.data.otpauthUrl}>{t('totpSetup.openInAppLink')}</Link>
            </Paragraph>
          </li>
          <li>
            <Paragraph mb="s">{t('totpSetup.stepCode')}</Paragraph>
            <form onSubmit={submit} noValidate>
              <TotpCodeField value={code} onChange={setCode} invalid={form.fieldError('code') !== undefined} />
              <FormActions>
                <Button type="submit" busy={enable.isPending} data-qa="totp-setup-submit">
                  {t('totpSetup.submit')}
                </Button>
                <Button variant="secondary" onClick={() => logout.mutate()} disabled={logout.isPending} data-qa="totp-cancel">
                  {t('totp.cancel')}
                </Button>
              </FormActions>
            </form>
          </li>
        </Steps>
      ) : null}
    </AuthColumn>
  );
}

/** Authenticator apps ask for the key by hand on desktop; blocks of four are easier to copy. */
function groupsOfFour(secret: string): string {
  return (secret.replace(/\s/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

const Steps = styled.ol`
  margin: 0;
  padding-left: ${tokens.spacing.m};

  li {
    margin-bottom: ${tokens.spacing.l};
  }
`;

const SecretLabel = styled.div`
  ${tokens.typography.bodySemiBoldSmall};
  margin-top: ${tokens.spacing.s};
`;

const Secret = styled.code`
  display: inline-block;
  margin: ${tokens.spacing.xxs} 0 ${tokens.spacing.s};
  padding: ${tokens.spacing.xs} ${tokens.spacing.s};
  font-family: 'Consolas', 'Menlo', 'DejaVu Sans Mono', monospace;
  font-size: 22px;
  letter-spacing: 0.08em;
  word-spacing: 0.3em;
  background: ${tokens.colors.highlightLight4};
  border: 1px solid ${tokens.colors.highlightLight2};
  border-radius: 2px;
`;
