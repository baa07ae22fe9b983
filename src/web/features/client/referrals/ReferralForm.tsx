import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { createReferralRequest, referralServices, referralStatuses } from '../../../../contract/activities';
import { useFormErrors } from '../../../api/form-errors';
import { Button } from '../../../components/Button';
import { DateField } from '../../../components/DateField';
import { DropdownField } from '../../../components/DropdownField';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormActions } from '../../../components/FormActions';
import { TextareaField } from '../../../components/TextareaField';
import { FieldRow } from '../FieldRow';
import { optionsOf, todayInHelsinki } from '../form-helpers';
import { FormPanel } from '../FormPanel';
import { useClientMutation } from '../queries';

export function ReferralForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const { t } = useTranslation(['client', 'common']);
  const form = useFormErrors();
  const [service, setService] = useState<(typeof referralServices)[number] | null>(null);
  const [status, setStatus] = useState<(typeof referralStatuses)[number]>('planned');
  const [referredOn, setReferredOn] = useState(todayInHelsinki);
  const [note, setNote] = useState('');
  const create = useClientMutation<z.input<typeof createReferralRequest>>(clientId, 'POST', `/api/clients/${clientId}/referrals`, {
    onSuccess: onDone,
    onError: form.showError,
  });

  const submit = () => {
    const body = form.validate(createReferralRequest, { service, status, referredOn, note });
    if (body) create.mutate(body);
  };

  return (
    <FormPanel title={t('referrals.addTitle')} onSubmit={submit} data-qa="referral-form">
      <ErrorBanner error={form.error} />
      <FieldRow>
        <DropdownField
          labelText={t('referrals.service')}
          options={optionsOf(referralServices, (value) => t(`labels.service.${value}`))}
          value={service}
          onChange={setService}
          error={form.fieldError('service')}
          data-qa="referral-service"
        />
        <DateField
          labelText={t('referrals.referredOn')}
          value={referredOn}
          onChange={setReferredOn}
          error={form.fieldError('referredOn')}
          data-qa="referral-referred-on"
        />
        <DropdownField
          labelText={t('referrals.status')}
          hintText={t('referrals.statusHint')}
          options={optionsOf(referralStatuses, (value) => t(`labels.referralStatus.${value}`))}
          value={status}
          onChange={setStatus}
          error={form.fieldError('status')}
          data-qa="referral-status"
        />
      </FieldRow>
      <TextareaField
        labelText={t('referrals.note')}
        optional
        fullWidth
        rows={3}
        value={note}
        onChange={setNote}
        error={form.fieldError('note')}
        data-qa="referral-note"
      />
      <FormActions>
        <Button type="submit" busy={create.isPending} data-qa="referral-submit">
          {t('common:actions.save')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-qa="referral-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
