import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { z } from 'zod';
import type { Client, identityCodeResponse } from '../../../../contract/clients';
import { apiGet } from '../../../api/client';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { TextField } from '../../../components/TextField';

/**
 * The identity code stays hidden until asked for. Each reveal is an audited read, so the user
 * confirms it and may give a reason; the code is kept only in this component, never cached.
 */
export function IdentityCodeReveal({ client }: { client: Client }) {
  const { t } = useTranslation('client');
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (!client.hasIdentityCode) return <span data-qa="identity-code-value">{t('identityCode.none')}</span>;

  const reveal = async () => {
    setBusy(true);
    setError(null);
    try {
      const response = await apiGet<z.infer<typeof identityCodeResponse>>(`/api/clients/${client.id}/identity-code`, {
        reason: reason.trim(),
      });
      setCode(response.identityCode);
      setAsking(false);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  if (code !== null) {
    return (
      <span>
        <strong data-qa="identity-code-value">{code}</strong>{' '}
        <Button variant="secondaryNoBorder" onClick={() => setCode(null)} data-qa="identity-code-hide">
          {t('identityCode.hide')}
        </Button>
      </span>
    );
  }

  return (
    <span>
      <span data-qa="identity-code-value">{t('identityCode.hidden')}</span>
      {client.permissions.readIdentityCode ? (
        <>
          {' '}
          <Button variant="secondaryNoBorder" onClick={() => setAsking(true)} data-qa="identity-code-reveal">
            {t('identityCode.reveal')}
          </Button>
          <ConfirmDialog
            visible={asking}
            title={t('identityCode.dialogTitle')}
            confirmText={t('identityCode.confirm')}
            onConfirm={() => void reveal()}
            onCancel={() => setAsking(false)}
            busy={busy}
            data-qa="identity-code-dialog"
          >
            <Paragraph mb="m">{t('identityCode.dialogBody')}</Paragraph>
            <ErrorBanner error={error} />
            <TextField
              labelText={t('identityCode.reason')}
              hintText={t('identityCode.reasonHint')}
              optional
              maxLength={200}
              fullWidth
              value={reason}
              onChange={setReason}
              data-qa="identity-code-reason"
            />
          </ConfirmDialog>
        </>
      ) : null}
    </span>
  );
}
