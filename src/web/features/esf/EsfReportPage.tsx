import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { esfIndicatorGroups } from '../../../contract/esf-indicators';
import { esfReportQuery, type EsfReportQuery } from '../../../contract/esf';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../format';
import { useProgrammes } from '../caseload/queries';
import { FieldRow } from '../client/FieldRow';
import { todayInHelsinki } from '../client/form-helpers';
import { SummaryList } from '../client/SummaryList';
import { EsfIndicatorTable } from './EsfIndicatorTable';
import { useEsfReport } from './queries';

function downloadUrl(format: 'xlsx' | 'csv', query: EsfReportQuery, locale: string): string {
  const parameters = new URLSearchParams({ ...query, locale });
  return `/api/esf/report.${format}?${parameters.toString()}`;
}

/** The ESF+ common indicators of a programme for a period, by gender, with XLSX and CSV downloads. */
export function EsfReportPage() {
  const { t, i18n } = useTranslation(['esf', 'common']);
  const programmes = useProgrammes();
  const esfProgrammes = (programmes.data?.items ?? []).filter((programme) => programme.esfFunded);
  const form = useFormErrors();
  const today = todayInHelsinki();
  const [values, setValues] = useState({ programmeId: null as string | null, from: `${today.slice(0, 4)}-01-01`, to: today });
  const [query, setQuery] = useState<EsfReportQuery | null>(null);
  const report = useEsfReport(query);
  const programmeId = values.programmeId ?? esfProgrammes[0]?.id ?? null;

  const show = () => {
    const parsed = form.validate(esfReportQuery, { ...values, programmeId: programmeId ?? undefined });
    if (parsed) setQuery(parsed);
  };

  return (
    <div data-qa="esf-report-page">
      <PageHeading>{t('report.title')}</PageHeading>
      <Paragraph mb="l">{t('report.intro')}</Paragraph>
      <ErrorBanner error={form.error ?? programmes.error ?? report.error} />
      {programmes.isSuccess && esfProgrammes.length === 0 ? <Notice data-qa="esf-no-programmes">{t('report.noProgrammes')}</Notice> : null}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          show();
        }}
        data-qa="esf-report-form"
      >
        <FieldRow>
          <DropdownField
            labelText={t('report.programme')}
            options={esfProgrammes.map((programme) => ({ value: programme.id, label: programme.name }))}
            value={programmeId}
            onChange={(value) => setValues((current) => ({ ...current, programmeId: value }))}
            error={form.fieldError('programmeId')}
            data-qa="esf-report-programme"
          />
          <DateField
            labelText={t('report.from')}
            value={values.from}
            onChange={(from) => setValues((current) => ({ ...current, from }))}
            error={form.fieldError('from')}
            data-qa="esf-report-from"
          />
          <DateField
            labelText={t('report.to')}
            value={values.to}
            onChange={(to) => setValues((current) => ({ ...current, to }))}
            error={form.fieldError('to')}
            data-qa="esf-report-to"
          />
        </FieldRow>
        <FormActions>
          <Button type="submit" disabled={esfProgrammes.length === 0} data-qa="esf-report-show">
            {t('report.show')}
          </Button>
        </FormActions>
      </form>
      {report.isFetching ? <LoadingIndicator /> : null}
      {report.data && query ? (
        <section aria-labelledby="esf-report-result" data-qa="esf-report-result">
          <Heading variant="h2" id="esf-report-result" mb="s">
            {t('report.caption', {
              programme: report.data.programmeName,
              from: formatDate(report.data.from),
              to: formatDate(report.data.to),
            })}
          </Heading>
          <Downloads>
            <a href={downloadUrl('xlsx', query, i18n.language)} download data-qa="esf-download-xlsx">
              {t('report.downloadXlsx')}
            </a>
            <a href={downloadUrl('csv', query, i18n.language)} download data-qa="esf-download-csv">
              {t('report.downloadCsv')}
            </a>
          </Downloads>
          {report.data.suppressed ? (
            <Paragraph mb="m" data-qa="esf-suppressed-note">
              {t('report.suppressed')}
            </Paragraph>
          ) : null}
          {esfIndicatorGroups.map((group) => (
            <EsfIndicatorTable key={group} report={report.data} group={group} />
          ))}
          <Heading variant="h3" mb="s">
            {t('report.completeness.title')}
          </Heading>
          <SummaryList
            columns={2}
            items={(Object.keys(report.data.completeness) as (keyof typeof report.data.completeness)[]).map((key) => ({
              label: t(`report.completeness.${key}`),
              value: report.data.completeness[key],
              qa: `esf-completeness-${key}`,
            }))}
          />
        </section>
      ) : null}
    </div>
  );
}

const Downloads = styled.p`
  display: flex;
  gap: ${tokens.spacing.l};
  margin: 0 0 ${tokens.spacing.m};
`;
