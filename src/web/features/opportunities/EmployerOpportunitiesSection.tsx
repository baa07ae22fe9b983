import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { formatDate } from '../../format';
import { RecordTable } from '../client/RecordTable';
import { SectionHeader } from '../client/SectionHeader';
import { StatusTag } from '../client/StatusTag';
import { useEmployerOpportunities } from './queries';
import { statusTones } from './status-tones';

/**
 * The employer page's opportunities: every job recorded for the employer, with the ways to add one
 * (a new opportunity, or a job carved from the employer's existing jobs).
 */
export function EmployerOpportunitiesSection({ employerId, canWrite = true }: { employerId: string; canWrite?: boolean }) {
  const { t, i18n } = useTranslation('opportunities');
  const navigate = useNavigate();
  const opportunities = useEmployerOpportunities(employerId);
  const items = opportunities.data?.items ?? [];
  return (
    <section data-qa="employer-opportunities">
      <SectionHeader title={t('employerSection.title')}>
        {canWrite ? (
          <>
            <Button onClick={() => void navigate(`/employers/${employerId}/opportunities/new`)} data-qa="employer-opportunity-new">
              {t('employerSection.newOpportunity')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => void navigate(`/employers/${employerId}/job-carving`)}
              data-qa="employer-job-carving"
            >
              {t('employerSection.carveJob')}
            </Button>
          </>
        ) : null}
      </SectionHeader>
      <ErrorBanner error={opportunities.error} />
      {opportunities.isPending ? <LoadingIndicator /> : null}
      {opportunities.isSuccess && items.length === 0 ? (
        <Paragraph data-qa="employer-opportunities-empty">{t('employerSection.empty')}</Paragraph>
      ) : null}
      {items.length > 0 ? (
        <RecordTable caption={t('employerSection.caption')} hideCaption data-qa="employer-opportunity-table">
          <thead>
            <tr>
              <th scope="col">{t('list.columns.title')}</th>
              <th scope="col">{t('list.columns.kind')}</th>
              <th scope="col">{t('list.columns.status')}</th>
              <th scope="col">{t('list.columns.hours')}</th>
              <th scope="col">{t('list.columns.startDate')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>
                  <RouterLink asComponent={Link} to={`/opportunities/${item.id}`}>
                    {item.title}
                  </RouterLink>
                  {item.carved ? ` (${t('list.carved')})` : null}
                </td>
                <td>{t(`labels.kind.${item.kind}`)}</td>
                <td>
                  <StatusTag tone={statusTones[item.status]}>{t(`labels.status.${item.status}`)}</StatusTag>
                </td>
                <td>{item.hoursPerWeek === null ? '' : item.hoursPerWeek.toLocaleString(i18n.language)}</td>
                <td>{formatDate(item.startDate)}</td>
              </tr>
            ))}
          </tbody>
        </RecordTable>
      ) : null}
    </section>
  );
}
