import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { RecordTabs } from '../../components/RecordTabs';
import { namespaceNames } from '../../i18n/resources';
import { EmployerHeader } from './EmployerHeader';
import { employerPageSections } from './employer-sections';
import { useEmployer } from './queries';

/** One employer: where the relationship stands on top, the record's parts (ours and other features') as tabs. */
export function EmployerPage() {
  const { t } = useTranslation(namespaceNames);
  const employerId = useParams().id ?? '';
  const employer = useEmployer(employerId);
  const tabs = employerPageSections.map((section) => ({ key: section.key, label: String(t(section.title)) }));
  const notFound = t('employers:page.notFound');
  const data = employer.data;

  return (
    <div data-qa="employer-page">
      <PageHeading data-qa="employer-name">{employer.data?.name ?? t('employers:page.title')}</PageHeading>
      {/* A malformed id and an employer out of reach look the same: the record's existence does not leak. */}
      <ErrorBanner error={employer.error} messages={{ not_found: notFound, validation: notFound, forbidden: notFound }} />
      {employer.isPending ? <LoadingIndicator /> : null}
      {data ? (
        <>
          <EmployerHeader employer={data} />
          <RecordTabs label={t('employers:page.tabs.label')} tabs={tabs} idPrefix="employer">
            {(key) => {
              const section = employerPageSections.find((candidate) => candidate.key === key);
              return section ? <section.Panel employerId={employerId} employer={data} /> : null;
            }}
          </RecordTabs>
        </>
      ) : null}
    </div>
  );
}
