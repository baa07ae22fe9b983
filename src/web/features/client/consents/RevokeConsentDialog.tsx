import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { z } from 'zod';
import { revokeConsentRequest, type Consent } from '../../../../contract/consents';
import { useFormErrors } from '../../../api/form-errors';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DateField } from '../../../components/DateField';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { todayInHelsinki } from '../form-helpers';
import { useClientMutation } from '../queries';

export function RevokeConsentDialog({ consent, onDone }: { consent: Consent; onDone: () => void }) {
  const { t } = useTranslation('client');
  const form = useFormErrors();
  const [revokedOn, setRevokedOn] = useState(todayInHelsinki);
  const revoke = useClientMutation<z.input<typeof revokeConsentRequest>>(consent.clientId, 'POST', `/api/consents/${consent.id}/revoke`, {
    onSuccess: onDone,
    onError: form.showError,
  });

  const confirm = () => {
    const body = form.validate(revokeConsentRequest, { revokedOn });
    if (body) revoke.mutate(body);
  };

  return (
    <ConfirmDialog
      visible
      title={t('consents.revokeTitle')}
      confirmText={t('consents.revoke')}
      onConfirm={confirm}
      onCancel={onDone}
      busy={revoke.isPending}
      data-qa="consent-revoke-dialog"
    >
      <Paragraph mb="s">
        <strong>{t(`labels.consentKind.${consent.kind}`)}</strong>
        {consent.scope ? ` – ${consent.scope}` : null}
      </Paragraph>
      <Paragraph mb="m">{t('consents.revokeBody')}</Paragraph>
      <ErrorBanner error={form.error} />
      <DateField
        labelText={t('consents.revokedOn')}
        value={revokedOn}
        onChange={setRevokedOn}
        error={form.fieldError('revokedOn')}
        data-qa="consent-revoked-on"
      />
    </ConfirmDialog>
  );
}
