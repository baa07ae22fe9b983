import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { consentChannels, consentKinds, createConsentRequest } from '../../../../contract/consents';
import { useFormErrors } from '../../../api/form-errors';
import { Button } from '../../../components/Button';
import { DateField } from '../../../components/DateField';
import { DropdownField } from '../../../components/DropdownField';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormActions } from '../../../components/FormActions';
import { TextareaField } from '../../../components/TextareaField';
import { FieldRow } from '../FieldRow';
import { emptyToNull, optionsOf, todayInHelsinki } from '../form-helpers';
import { FormPanel } from '../FormPanel';
import { useClientMutation } from '../queries';

export function ConsentForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const { t } = useTranslation(['client', 'common']);
  const form = useFormErrors();
  const [kind, setKind] = useState<(typeof consentKinds)[number] | null>(null);
  const [channel, setChannel] = useState<(typeof consentChannels)[number]>('in_person');
  const [scope, setScope] = useState('');
  const [givenOn, setGivenOn] = useState(todayInHelsinki);
  const [validUntil, setValidUntil] = useState('');
  const create = useClientMutation<z.input<typeof createConsentRequest>>(clientId, 'POST', `/api/clients/${clientId}/consents`, {
    onSuccess: onDone,
    onError: form.showError,
  });

  const submit = () => {
    const body = form.validate(createConsentRequest, { kind, channel, scope, givenOn, validUntil: emptyToNull(validUntil) });
    if (body) create.mutate(body);
  };

  return (
    <FormPanel title={t('consents.addTitle')} onSubmit={submit} data-qa="consent-form">
      <ErrorBanner error={form.error} />
      <FieldRow>
        <DropdownField
          labelText={t('consents.kind')}
          options={optionsOf(consentKinds, (value) => t(`labels.consentKind.${value}`))}
          value={kind}
          onChange={setKind}
          error={form.fieldError('kind')}
          data-qa="consent-kind"
        />
        <DropdownField
          labelText={t('consents.channel')}
          options={optionsOf(consentChannels, (value) => t(`labels.consentChannel.${value}`))}
          value={channel}
          onChange={setChannel}
          error={form.fieldError('channel')}
          data-qa="consent-channel"
        />
      </FieldRow>
      <TextareaField
        labelText={t('consents.scope')}
        hintText={t('consents.scopeHint')}
        optional
        fullWidth
        rows={2}
        value={scope}
        onChange={setScope}
        error={form.fieldError('scope')}
        data-qa="consent-scope"
      />
      <FieldRow>
        <DateField
          labelText={t('consents.givenOn')}
          value={givenOn}
          onChange={setGivenOn}
          error={form.fieldError('givenOn')}
          data-qa="consent-given-on"
        />
        <DateField
          labelText={t('consents.validUntil')}
          optional
          value={validUntil}
          onChange={setValidUntil}
          error={form.fieldError('validUntil')}
          data-qa="consent-valid-until"
        />
      </FieldRow>
      <FormActions>
        <Button type="submit" busy={create.isPending} data-qa="consent-submit">
          {t('common:actions.save')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-qa="consent-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
