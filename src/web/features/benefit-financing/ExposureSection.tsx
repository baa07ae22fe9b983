import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { recordBenefitDaysRequest, type ExposureResponse } from '../../../contract/benefit-financing';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { Notice } from '../../components/Notice';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../format';
import { RecordTable } from '../client/RecordTable';
import { todayInHelsinki } from '../client/form-helpers';
import { useMunicipalities } from '../client/queries';
import { useExposure, useRecordBenefitDays } from './queries';

/** The municipality's running clients with their paid days, tier and the month's estimated share. */
export function ExposureSection({ defaultMunicipality }: { defaultMunicipality: string | null }) {
  const { t, i18n } = useTranslation('benefitFinancing');
  const [municipalityCode, setMunicipalityCode] = useState<string | null>(defaultMunicipality);
  const exposure = useExposure(municipalityCode, true);
  const municipalities = useMunicipalities().data?.items;
  const options = useMemo(
    () =>
      (municipalities ?? [])
        .map((municipality) => ({ value: municipality.code, label: municipality.name[i18n.language === 'sv' ? 'sv' : 'fi'] }))
        .sort((first, second) => first.label.localeCompare(second.label, i18n.language)),
    [municipalities, i18n.language],
  );
  const euro = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR' });
  const percent = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });

  return (
    <section aria-labelledby="exposure-title" data-qa="financing-exposure">
      <Heading variant="h2" id="exposure-title" mt="xl" mb="s">
        {t('exposure.title')}
      </Heading>
      <Paragraph mb="m">{t('exposure.rule')}</Paragraph>
      <SelectField
        labelText={t('exposure.municipality')}
        options={options}
        value={municipalityCode}
        onChange={setMunicipalityCode}
        data-qa="exposure-municipality"
      />
      <ErrorBanner error={exposure.error} />
      {exposure.isFetching && !exposure.data ? <LoadingIndicator /> : null}
      {exposure.data ? (
        <>
          <Paragraph mb="s">{t('exposure.month', { month: exposure.data.month })}</Paragraph>
          {exposure.data.items.length === 0 ? <Paragraph mb="m">{t('exposure.empty')}</Paragraph> : null}
          <RecordTable caption={t('exposure.caption')} data-qa="exposure-table">
            <thead>
              <tr>
                <th scope="col">{t('exposure.columns.name')}</th>
                <th scope="col">{t('exposure.columns.days')}</th>
                <th scope="col">{t('exposure.columns.currentTier')}</th>
                <th scope="col">{t('exposure.columns.nextTier')}</th>
                <th scope="col">{t('exposure.columns.monthly')}</th>
              </tr>
            </thead>
            <tbody>
              {exposure.data.items.map((item) => (
                <tr key={item.clientId} data-qa={`exposure-row-${item.clientId}`}>
                  <td>
                    <RouterLink asComponent={Link} to={`/clients/${item.clientId}`}>
                      {item.name}
                    </RouterLink>
                  </td>
                  <td>
                    {item.benefitDays === null
                      ? t('exposure.noCount')
                      : t('exposure.daysAsOf', { days: item.benefitDays, date: formatDate(item.asOf) })}
                  </td>
                  <td data-qa="exposure-current-tier">
                    {item.currentTier
                      ? t('exposure.tierShare', { percent: percent.format(item.currentTier.sharePercent), day: item.currentTier.fromDay })
                      : item.benefitDays === null
                        ? t('exposure.none')
                        : t('exposure.belowTiers')}
                  </td>
                  <td data-qa="exposure-next-tier">
                    {item.nextTier
                      ? t('exposure.nextTier', {
                          date: formatDate(item.nextTier.startsOn),
                          percent: percent.format(item.nextTier.sharePercent),
                        })
                      : t('exposure.none')}
                  </td>
                  <td data-qa="exposure-monthly">{item.monthlyShare === null ? t('exposure.none') : euro.format(item.monthlyShare)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={4}>
                  {t('exposure.total')}
                </th>
                <td data-qa="exposure-total">
                  {exposure.data.totalMonthlyShare === null ? t('exposure.none') : euro.format(exposure.data.totalMonthlyShare)}
                </td>
              </tr>
            </tfoot>
          </RecordTable>
          <RecordDaysForm exposure={exposure.data} />
        </>
      ) : null}
    </section>
  );
}

function RecordDaysForm({ exposure }: { exposure: ExposureResponse }) {
  const { t } = useTranslation('benefitFinancing');
  const form = useFormErrors();
  const record = useRecordBenefitDays();
  const [saved, setSaved] = useState(false);
  const [values, setValues] = useState({ clientId: exposure.items[0]?.clientId ?? null, days: '', asOf: todayInHelsinki() });
  if (exposure.items.length === 0) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const days = values.days.trim() === '' ? undefined : Number(values.days);
    const body = form.validate(recordBenefitDaysRequest, { benefitDays: Number.isNaN(days) ? values.days : days, asOf: values.asOf });
    if (body && values.clientId) {
      record.mutate({ clientId: values.clientId, ...body }, { onSuccess: () => setSaved(true), onError: form.showError });
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="record-days-title" data-qa="record-days-form">
      <Heading variant="h3" id="record-days-title" mb="s">
        {t('exposure.record.title')}
      </Heading>
      {saved ? <Notice data-qa="record-days-saved">{t('exposure.record.saved')}</Notice> : null}
      <ErrorBanner error={form.error} />
      <DropdownField
        labelText={t('exposure.record.client')}
        options={exposure.items.map((item) => ({ value: item.clientId, label: item.name }))}
        value={values.clientId}
        onChange={(clientId) => setValues((current) => ({ ...current, clientId }))}
        data-qa="record-days-client"
      />
      <TextField
        labelText={t('exposure.record.days')}
        inputMode="numeric"
        value={values.days}
        onChange={(days) => setValues((current) => ({ ...current, days }))}
        error={form.fieldError('benefitDays')}
        data-qa="record-days-count"
      />
      <DateField
        labelText={t('exposure.record.asOf')}
        value={values.asOf}
        onChange={(asOf) => setValues((current) => ({ ...current, asOf }))}
        error={form.fieldError('asOf')}
        data-qa="record-days-as-of"
      />
      <FormActions>
        <Button type="submit" busy={record.isPending} data-qa="record-days-save">
          {t('exposure.record.save')}
        </Button>
      </FormActions>
    </form>
  );
}
