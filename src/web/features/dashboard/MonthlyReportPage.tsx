import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled, { createGlobalStyle } from 'styled-components';
import type { Figure, IndicatorDefinition, IndicatorUnit } from '../../../contract/reports';
import { Button } from '../../components/Button';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime } from '../../format';
import { RecordTable } from '../client/RecordTable';
import { DashboardNav } from './DashboardNav';
import { useFigureFormat } from './figure-format';
import { FiguresComputedAt } from './FiguresComputedAt';
import { reportKeys, useIndicators, useMonthlyReport, useReportOptions } from './queries';

const whole = 'whole';
const monthLocales = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/** The 24 months up to the given one, newest first. */
function recentMonths(today: string): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: 24 }, (_, back) => {
    const index = year * 12 + (month - 1) - back;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** The printable monthly report of an organisation or one of its teams, with XLSX and PDF of the same figures. */
export function MonthlyReportPage() {
  const { t } = useTranslation('dashboard');
  const format = useFigureFormat();
  const options = useReportOptions().data;
  const indicators = new Map(useIndicators().data?.items.map((indicator) => [indicator.id, indicator]));
  const [searchParams, setSearchParams] = useSearchParams();
  const months = options ? recentMonths(options.today) : [];
  const month = searchParams.get('month') ?? months[1] ?? '';
  const organisationId = searchParams.get('organisationId') ?? options?.organisations[0]?.id ?? '';
  const teamId = searchParams.get('teamId');
  const query = { month, organisationId, teamId };
  const report = useMonthlyReport(query, month !== '' && organisationId !== '');
  const set = (name: string, value: string | null) =>
    setSearchParams((current) => {
      const updated = new URLSearchParams(current);
      if (value) updated.set(name, value);
      else updated.delete(name);
      if (name === 'organisationId') updated.delete('teamId');
      return updated;
    });
  const monthName = new Intl.DateTimeFormat(monthLocales[format.language], { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthLabel = (value: string) => monthName.format(new Date(`${value}-01T00:00:00Z`));
  const fileQuery = new URLSearchParams({ month, organisationId, ...(teamId ? { teamId } : {}), language: format.language }).toString();
  const cell = (figure: Figure | Figure['breakdown'][number], unit: IndicatorUnit) =>
    format.figureText({ ...figure, notApplicable: 'notApplicable' in figure ? figure.notApplicable : false }, unit);

  return (
    <div data-qa="monthly-report-page">
      <PrintStyle />
      <PageHeading>{t('monthly.title')}</PageHeading>
      <div data-qa="monthly-controls" className="no-print">
        <DashboardNav current="monthly" />
        <Paragraph mb="m">{t('monthly.intro')}</Paragraph>
        <Controls>
          <DropdownField
            labelText={t('monthly.month')}
            options={months.map((value) => ({ value, label: monthLabel(value) }))}
            value={month || null}
            onChange={(value) => set('month', value)}
            data-qa="monthly-month"
          />
          {(options?.organisations.length ?? 0) > 1 ? (
            <DropdownField
              labelText={t('monthly.organisation')}
              options={options!.organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
              value={organisationId}
              onChange={(value) => set('organisationId', value)}
              data-qa="monthly-organisation"
            />
          ) : null}
          <DropdownField
            labelText={t('monthly.team')}
            options={[
              { value: whole, label: t('monthly.wholeOrganisation') },
              ...(options?.teams ?? [])
                .filter((team) => team.organisationId === organisationId)
                .map((team) => ({ value: team.id, label: team.name })),
            ]}
            value={teamId ?? whole}
            onChange={(value) => set('teamId', value === whole ? null : value)}
            data-qa="monthly-team"
          />
        </Controls>
        <Actions>
          <Button variant="secondary" onClick={() => window.print()} data-qa="monthly-print">
            {t('monthly.print')}
          </Button>
          <a href={`/api/reports/monthly.xlsx?${fileQuery}`} download data-qa="monthly-xlsx">
            {t('monthly.xlsx')}
          </a>
          <a href={`/api/reports/monthly.pdf?${fileQuery}`} download data-qa="monthly-pdf">
            {t('monthly.pdf')}
          </a>
        </Actions>
      </div>
      <ErrorBanner error={report.error} />
      {report.isFetching ? <LoadingIndicator /> : null}
      {report.data ? (
        <>
          <Paragraph mb="s">
            <strong>{report.data.organisationName}</strong> – {report.data.teamName ?? t('monthly.wholeOrganisation')} –{' '}
            {monthLabel(report.data.month)}
          </Paragraph>
          <Paragraph mb="s">{t('monthly.generated', { time: formatDateTime(report.data.generatedAt, format.language) })}</Paragraph>
          <FiguresComputedAt
            computedAt={report.data.computedAt}
            sources={[{ path: '/api/reports/monthly', query, key: reportKeys.monthly(query) }]}
          />
          {report.data.suppression ? <Paragraph mb="m">{t('suppression')}</Paragraph> : null}
          <RecordTable caption={t('monthly.caption', { month: monthLabel(report.data.month) })} data-qa="monthly-report-table">
            <thead>
              <tr>
                <th scope="col">{t('monthly.indicator')}</th>
                <th scope="col">{t('monthly.monthValue')}</th>
                <th scope="col">{t('monthly.yearToDate')}</th>
              </tr>
            </thead>
            <tbody>
              {report.data.rows.map((row) => {
                const indicator: IndicatorDefinition | undefined = indicators.get(row.indicatorId);
                if (!indicator) return null;
                return (
                  <Fragment key={row.indicatorId}>
                    <tr data-qa={`monthly-row-${row.indicatorId}`}>
                      <th scope="row">{format.text(indicator.name)}</th>
                      <td data-qa="monthly-value">{cell(row.month, indicator.unit)}</td>
                      <td data-qa="monthly-year">{cell(row.yearToDate, indicator.unit)}</td>
                    </tr>
                    {row.month.breakdown.map((part) => {
                      const inYear = row.yearToDate.breakdown.find((entry) => entry.key === part.key);
                      return (
                        <tr key={part.key} data-qa={`monthly-row-${row.indicatorId}-${part.key}`}>
                          <SubHeader scope="row">{format.keyLabel(indicator, part.key)}</SubHeader>
                          <td>{cell(part, 'count')}</td>
                          <td>{inYear ? cell(inYear, 'count') : '–'}</td>
                        </tr>
                      );
                    })}
                  </Fragment>
                );
              })}
            </tbody>
          </RecordTable>
        </>
      ) : null}
    </div>
  );
}

/** On paper only the report itself: no site header, navigation or controls. */
const PrintStyle = createGlobalStyle`
  @media print {
    header, footer, nav, .no-print { display: none !important; }
  }
`;

const Controls = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.m};
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.spacing.l};
  margin-bottom: ${tokens.spacing.l};
`;

const SubHeader = styled.th`
  && {
    ${tokens.typography.bodyTextSmall};
    padding-left: ${tokens.spacing.l};
  }
`;
