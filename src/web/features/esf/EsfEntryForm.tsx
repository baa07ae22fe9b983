import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { esfAnswers, esfEntryRequest, esfGenders, labourMarketStatuses, type EsfEnrolmentData } from '../../../contract/esf';
import { ApiRequestError } from '../../api/client';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { RadioGroupField } from '../../components/RadioGroupField';
import { FieldRow } from '../client/FieldRow';
import { emptyToNull, optionsOf } from '../client/form-helpers';
import { FormPanel } from '../client/FormPanel';
import { useIscedLevels } from '../client/queries';
import { iscedOptions, yesNo, type YesNo } from './esf-labels';
import { useEsfSave } from './queries';

type Answer = (typeof esfAnswers)[number];
const sensitive = ['disability', 'foreignBackground', 'minority', 'homeless'] as const;

/** Entry data; the first recording starts from what the client record already says. */
export function EsfEntryForm({
  clientId,
  data,
  onDone,
  onStale,
}: {
  clientId: string;
  data: EsfEnrolmentData;
  onDone: (saved: boolean) => void;
  onStale: () => void;
}) {
  const { t, i18n } = useTranslation(['esf', 'common']);
  const form = useFormErrors();
  const isced = useIscedLevels();
  const entry = data.participant?.entry;
  const [values, setValues] = useState({
    gender: entry?.gender ?? data.prefill.gender,
    labourMarketStatus: entry?.labourMarketStatus ?? null,
    unemployedSince: entry?.unemployedSince ?? data.prefill.unemployedSince ?? '',
    iscedLevel: String(entry?.iscedLevel ?? data.prefill.iscedLevel ?? ''),
    disability: entry?.disability ?? null,
    foreignBackground: entry?.foreignBackground ?? null,
    minority: entry?.minority ?? null,
    homeless: entry?.homeless ?? null,
    thirdCountryNational: entry ? (entry.thirdCountryNational ? 'yes' : 'no') : null,
    ruralArea: entry ? (entry.ruralArea ? 'yes' : 'no') : null,
  } as Record<string, string | null>);
  const set = (name: string) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  const save = useEsfSave(clientId, data.enrolmentId, 'entry', {
    onSuccess: () => onDone(true),
    onError: (error) => {
      if (error instanceof ApiRequestError && error.status === 409 && error.fields.some((field) => field.code === 'stale_version'))
        onStale();
      else form.showError(error);
    },
  });

  const submit = () => {
    const body = form.validate(esfEntryRequest, {
      ...values,
      unemployedSince: emptyToNull(values.unemployedSince ?? ''),
      iscedLevel: values.iscedLevel === '' ? undefined : Number(values.iscedLevel),
      thirdCountryNational: values.thirdCountryNational === null ? undefined : values.thirdCountryNational === 'yes',
      ruralArea: values.ruralArea === null ? undefined : values.ruralArea === 'yes',
      version: data.participant?.version ?? 0,
    });
    if (body) save.mutate(body);
  };

  const answerOptions = optionsOf<Answer>(esfAnswers, (value) => t(`labels.answer.${value}`));
  const yesNoOptions = optionsOf<YesNo>(yesNo, (value) => t(`labels.boolean.${value}`));
  return (
    <FormPanel title={data.participant ? t('section.editEntry') : t('section.recordEntry')} onSubmit={submit} data-qa="esf-entry-form">
      <ErrorBanner error={form.error} />
      <Paragraph mb="m">{t('section.intro')}</Paragraph>
      <FieldRow>
        <RadioGroupField
          labelText={t('fields.gender')}
          name="esf-gender"
          options={optionsOf(esfGenders, (value) => t(`labels.gender.${value}`))}
          value={values.gender ?? null}
          onChange={set('gender')}
          error={form.fieldError('gender')}
          data-qa="esf-gender"
        />
        <RadioGroupField
          labelText={t('fields.labourMarketStatus')}
          name="esf-labour-market-status"
          options={optionsOf(labourMarketStatuses, (value) => t(`labels.labourMarketStatus.${value}`))}
          value={values.labourMarketStatus ?? null}
          onChange={set('labourMarketStatus')}
          error={form.fieldError('labourMarketStatus')}
          data-qa="esf-labour-market-status"
        />
      </FieldRow>
      <FieldRow>
        {values.labourMarketStatus === 'unemployed' ? (
          <DateField
            labelText={t('fields.unemployedSince')}
            hintText={t('fields.unemployedSinceHint')}
            value={values.unemployedSince ?? ''}
            onChange={set('unemployedSince')}
            error={form.fieldError('unemployedSince')}
            data-qa="esf-unemployed-since"
          />
        ) : null}
        <DropdownField
          labelText={t('fields.iscedLevel')}
          options={iscedOptions(isced.data?.items ?? [], i18n.language)}
          value={values.iscedLevel || null}
          onChange={set('iscedLevel')}
          error={form.fieldError('iscedLevel')}
          data-qa="esf-isced-level"
        />
      </FieldRow>
      <FieldRow>
        {sensitive.map((name) => (
          <RadioGroupField
            key={name}
            labelText={t(`fields.${name}`)}
            name={`esf-${name}`}
            options={answerOptions}
            value={values[name] ?? null}
            onChange={set(name)}
            error={form.fieldError(name)}
            data-qa={`esf-${name}`}
          />
        ))}
        <RadioGroupField
          labelText={t('fields.thirdCountryNational')}
          name="esf-third-country-national"
          options={yesNoOptions}
          value={values.thirdCountryNational ?? null}
          onChange={set('thirdCountryNational')}
          error={form.fieldError('thirdCountryNational')}
          data-qa="esf-thirdCountryNational"
        />
        <RadioGroupField
          labelText={t('fields.ruralArea')}
          name="esf-rural-area"
          options={yesNoOptions}
          value={values.ruralArea ?? null}
          onChange={set('ruralArea')}
          error={form.fieldError('ruralArea')}
          data-qa="esf-ruralArea"
        />
      </FieldRow>
      <FormActions>
        <Button type="submit" busy={save.isPending} data-qa="esf-entry-submit">
          {t('common:actions.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)} data-qa="esf-entry-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
