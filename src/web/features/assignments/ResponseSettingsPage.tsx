import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import {
  responseTimeUnits,
  updateAssignmentResponseSettingsRequest,
  type AssignmentResponseSettings,
  type ResponseTimeUnit,
} from '../../../contract/assignments';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { FormColumn } from '../admin/FormColumn';
import { parseClock } from './clock';
import { settingsRoles, useOrganisationChoice } from './organisation-choice';
import { useResponseSettings, useSaveResponseSettings } from './queries';
import { useAssignmentFormat } from './use-assignment-format';

/** /assignments/settings: the organisation's agreed response time to employer assignments (team leads and admins). */
export function ResponseSettingsPage() {
  const { t } = useTranslation('assignments');
  const organisation = useOrganisationChoice(settingsRoles);
  const settings = useResponseSettings(organisation.organisationId);
  return (
    <div data-qa="response-settings-page">
      <PageHeading>{t('settings.title')}</PageHeading>
      <Paragraph mb="l">{t('settings.intro')}</Paragraph>
      <FormColumn>
        {organisation.options.length > 1 ? (
          <DropdownField
            labelText={t('settings.organisation')}
            options={organisation.options}
            value={organisation.organisationId}
            onChange={organisation.choose}
            fullWidth
            data-qa="settings-organisation"
          />
        ) : null}
        <ErrorBanner error={settings.error} />
        {settings.isPending ? <LoadingIndicator /> : null}
        {settings.data ? <SettingsForm key={settings.data.organisationId + settings.data.updatedAt} settings={settings.data} /> : null}
      </FormColumn>
    </div>
  );
}

function SettingsForm({ settings }: { settings: AssignmentResponseSettings }) {
  const { t } = useTranslation('assignments');
  const format = useAssignmentFormat();
  const form = useFormErrors();
  const save = useSaveResponseSettings();
  const [saved, setSaved] = useState(false);
  const [values, setValues] = useState({
    amount: String(settings.amount),
    unit: settings.unit,
    workdayStart: format.clock(settings.workdayStartMinute),
    workdayEnd: format.clock(settings.workdayEndMinute),
  });
  const set = <Name extends keyof typeof values>(name: Name, value: (typeof values)[Name]) => {
    setSaved(false);
    setValues((current) => ({ ...current, [name]: value }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(updateAssignmentResponseSettingsRequest, {
      organisationId: settings.organisationId,
      amount: values.amount.trim() === '' ? undefined : Number(values.amount),
      unit: values.unit,
      // An unreadable time goes on as text so that the schema reports it at its field.
      workdayStartMinute: parseClock(values.workdayStart) ?? values.workdayStart,
      workdayEndMinute: parseClock(values.workdayEnd) ?? values.workdayEnd,
    });
    if (body) save.mutate(body, { onSuccess: () => setSaved(true), onError: form.showError });
  };

  return (
    <>
      {saved ? <Notice data-qa="settings-saved">{t('settings.saved')}</Notice> : null}
      <Paragraph mb="m" data-qa="settings-state">
        {settings.isDefault || !settings.updatedAt
          ? t('settings.defaultInUse')
          : t('settings.lastChanged', { name: settings.updatedByName ?? '', when: format.dateTime(settings.updatedAt) })}
      </Paragraph>
      <ErrorBanner error={form.error} />
      <form onSubmit={submit} noValidate data-qa="settings-form">
        <TextField
          labelText={t('settings.amount')}
          type="number"
          min={1}
          value={values.amount}
          onChange={(amount) => set('amount', amount)}
          error={form.fieldError('amount')}
          data-qa="settings-amount"
        />
        <DropdownField<ResponseTimeUnit>
          labelText={t('settings.unit')}
          options={responseTimeUnits.map((unit) => ({ value: unit, label: t(`units.${unit}`) }))}
          value={values.unit}
          onChange={(unit) => set('unit', unit)}
          error={form.fieldError('unit')}
          data-qa="settings-unit"
        />
        <TextField
          labelText={t('settings.workdayStart')}
          hintText={t('settings.timeHint')}
          value={values.workdayStart}
          onChange={(workdayStart) => set('workdayStart', workdayStart)}
          error={form.fieldError('workdayStartMinute')}
          data-qa="settings-workday-start"
        />
        <TextField
          labelText={t('settings.workdayEnd')}
          hintText={t('settings.endHint')}
          value={values.workdayEnd}
          onChange={(workdayEnd) => set('workdayEnd', workdayEnd)}
          error={form.fieldError('workdayEndMinute')}
          data-qa="settings-workday-end"
        />
        <FormActions>
          <Button type="submit" busy={save.isPending} data-qa="settings-save">
            {t('settings.save')}
          </Button>
        </FormActions>
      </form>
    </>
  );
}
