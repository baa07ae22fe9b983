import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { RecordTable } from '../client/RecordTable';
import { employerWorkRoles, useOrganisationChoice } from './organisation-choice';
import { useMonthlyFigures } from './queries';
import { useAssignmentFormat } from './use-assignment-format';

const monthLocales = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/** The monthly figure per organisation: the share of assignments answered within the agreed response time. */
export function MonthlyFigures() {
  const { t } = useTranslation('assignments');
  const format = useAssignmentFormat();
  const organisation = useOrganisationChoice(employerWorkRoles);
  const figures = useMonthlyFigures(organisation.organisationId);
  const locale = monthLocales[format.language];
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const settings = figures.data?.settings;

  return (
    <section aria-labelledby="monthly-figures-heading" data-qa="monthly-figures">
      <Heading variant="h2" id="monthly-figures-heading" mb="s">
        {t('monthly.title')}
      </Heading>
      {organisation.options.length > 1 ? (
        <DropdownField
          labelText={t('monthly.organisation')}
          options={organisation.options}
          value={organisation.organisationId}
          onChange={organisation.choose}
          data-qa="monthly-organisation"
        />
      ) : null}
      {settings ? (
        <Paragraph mb="s" data-qa="monthly-agreement">
          {t('monthly.agreement', {
            time: format.responseTime(settings.amount, settings.unit),
            start: format.clock(settings.workdayStartMinute),
            end: format.clock(settings.workdayEndMinute),
          })}
        </Paragraph>
      ) : null}
      <Paragraph mb="m">{t('monthly.definition')}</Paragraph>
      <ErrorBanner error={figures.error} />
      {figures.isPending ? <LoadingIndicator /> : null}
      {figures.data ? (
        <RecordTable caption={t('monthly.caption')} hideCaption data-qa="monthly-table">
          <thead>
            <tr>
              <th scope="col">{t('monthly.month')}</th>
              <th scope="col">{t('monthly.received')}</th>
              <th scope="col">{t('monthly.answered')}</th>
              <th scope="col">{t('monthly.answeredInTime')}</th>
              <th scope="col">{t('monthly.measured')}</th>
              <th scope="col">{t('monthly.share')}</th>
            </tr>
          </thead>
          <tbody>
            {[...figures.data.months].reverse().map((month) => (
              <tr key={month.month} data-qa={`monthly-row-${month.month}`}>
                <th scope="row">{monthName.format(new Date(`${month.month}-01T00:00:00Z`))}</th>
                <td>{month.received}</td>
                <td>{month.answered}</td>
                <td>{month.answeredInTime}</td>
                <td>{month.measured}</td>
                <td data-qa="monthly-share">{month.share === null ? t('monthly.noShare') : percent.format(month.share)}</td>
              </tr>
            ))}
          </tbody>
        </RecordTable>
      ) : null}
    </section>
  );
}
