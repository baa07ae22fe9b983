import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { targetRequest, type IndicatorDefinition, type ReportOptions } from '../../../contract/reports';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { useFigureFormat } from './figure-format';
import { useCreateTarget } from './queries';

/** A new target: programme, organisation, indicator (those that can be cut by programme), value and period. */
export function TargetForm({ options, indicators }: { options: ReportOptions; indicators: IndicatorDefinition[] }) {
  const { t } = useTranslation('dashboard');
  const format = useFigureFormat();
  const form = useFormErrors();
  const create = useCreateTarget();
  const targetable = indicators.filter((indicator) => indicator.cuts.includes('programmeId'));
  const [values, setValues] = useState({
    programmeId: options.programmes[0]?.id ?? '',
    organisationId: options.organisations[0]?.id ?? '',
    indicatorId: targetable[0]?.id ?? '',
    targetValue: '',
    periodStart: `${options.today.slice(0, 4)}-01-01`,
    periodEnd: `${options.today.slice(0, 4)}-12-31`,
  });
  const set = (changes: Partial<typeof values>) => setValues((current) => ({ ...current, ...changes }));
  const unit = targetable.find((indicator) => indicator.id === values.indicatorId)?.unit;

  const submit = () => {
    const number = Number(values.targetValue.replace(',', '.'));
    // Shares are typed as per cents and stored as fractions.
    const targetValue =
      values.targetValue.trim() === '' || Number.isNaN(number) ? values.targetValue : unit === 'share' ? number / 100 : number;
    const body = form.validate(targetRequest, { ...values, targetValue });
    if (body) create.mutate(body, { onError: form.showError, onSuccess: () => set({ targetValue: '' }) });
  };

  return (
    <section aria-labelledby="new-target-heading" data-qa="target-form">
      <Heading variant="h2" id="new-target-heading" mb="m">
        {t('targets.newTarget')}
      </Heading>
      <ErrorBanner error={form.error} />
      {create.isSuccess ? <Notice>{t('targets.saved')}</Notice> : null}
      <Fields>
        <DropdownField
          labelText={t('targets.programme')}
          options={options.programmes.map((programme) => ({ value: programme.id, label: programme.name }))}
          value={values.programmeId || null}
          onChange={(programmeId) => set({ programmeId })}
          error={form.fieldError('programmeId')}
          data-qa="target-programme"
        />
        {options.organisations.length > 1 ? (
          <DropdownField
            labelText={t('targets.organisation')}
            options={options.organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
            value={values.organisationId || null}
            onChange={(organisationId) => set({ organisationId })}
            error={form.fieldError('organisationId')}
          />
        ) : null}
        <DropdownField
          labelText={t('targets.indicator')}
          options={targetable.map((indicator) => ({ value: indicator.id, label: format.text(indicator.name) }))}
          value={values.indicatorId || null}
          onChange={(indicatorId) => set({ indicatorId })}
          error={form.fieldError('indicatorId')}
          data-qa="target-indicator"
        />
        <TextField
          labelText={t('targets.targetValue')}
          hintText={unit === 'share' ? t('targets.targetValueHint') : undefined}
          value={values.targetValue}
          onChange={(targetValue) => set({ targetValue })}
          error={form.fieldError('targetValue')}
          inputMode="decimal"
          data-qa="target-value"
        />
        <DateField
          labelText={t('targets.periodStart')}
          value={values.periodStart}
          onChange={(periodStart) => set({ periodStart })}
          error={form.fieldError('periodStart')}
        />
        <DateField
          labelText={t('targets.periodEnd')}
          value={values.periodEnd}
          onChange={(periodEnd) => set({ periodEnd })}
          error={form.fieldError('periodEnd')}
        />
      </Fields>
      <Button onClick={submit} busy={create.isPending} data-qa="target-add">
        {t('targets.add')}
      </Button>
    </section>
  );
}

const Fields = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
  column-gap: ${tokens.spacing.m};
  align-items: start;
`;
