import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { referralTransitions, updateReferralRequest, type Referral, type ReferralStatus } from '../../../../contract/activities';
import { useFormErrors } from '../../../api/form-errors';
import { Button } from '../../../components/Button';
import { DropdownField } from '../../../components/DropdownField';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormActions } from '../../../components/FormActions';
import { Notice } from '../../../components/Notice';
import { TextareaField } from '../../../components/TextareaField';
import { isStaleVersion, optionsOf } from '../form-helpers';
import { FormPanel } from '../FormPanel';
import { useClientMutation } from '../queries';

type ReferralStatusFormProps = { referral: Referral; onDone: () => void; stale: boolean; onStale: () => void };

/** Offers only the statuses the referral may move to next, as the contract lists them; saved against the version it showed. */
export function ReferralStatusForm({ referral, onDone, stale, onStale }: ReferralStatusFormProps) {
  const { t } = useTranslation(['client', 'common']);
  const form = useFormErrors();
  const allowed = referralTransitions[referral.status];
  const [status, setStatus] = useState<ReferralStatus | null>(allowed[0] ?? null);
  const [note, setNote] = useState(referral.note ?? '');
  const update = useClientMutation<z.input<typeof updateReferralRequest>>(referral.clientId, 'PUT', `/api/referrals/${referral.id}`, {
    onSuccess: onDone,
    onError: (error) => (isStaleVersion(error) ? onStale() : form.showError(error)),
  });

  const submit = () => {
    const body = form.validate(updateReferralRequest, { status, note, version: referral.version });
    if (body) update.mutate(body);
  };

  return (
    <FormPanel
      title={`${t('referrals.statusTitle')}: ${t(`labels.service.${referral.service}`)}`}
      onSubmit={submit}
      data-qa="referral-status-form"
    >
      {stale ? <Notice data-qa="referral-stale">{t('staleRecord')}</Notice> : null}
      <ErrorBanner error={form.error} />
      <DropdownField
        labelText={t('referrals.newStatus')}
        options={optionsOf(allowed, (value) => t(`labels.referralStatus.${value}`))}
        value={status}
        onChange={setStatus}
        error={form.fieldError('status')}
        data-qa="referral-new-status"
      />
      <TextareaField
        labelText={t('referrals.note')}
        optional
        fullWidth
        rows={3}
        value={note}
        onChange={setNote}
        error={form.fieldError('note')}
        data-qa="referral-status-note"
      />
      <FormActions>
        <Button type="submit" busy={update.isPending} data-qa="referral-status-submit">
          {t('common:actions.save')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-qa="referral-status-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
