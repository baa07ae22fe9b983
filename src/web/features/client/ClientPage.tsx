import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { ClientGroupsSection } from '../groups/ClientGroupsSection';
import { ClientMatchSection } from '../matching/ClientMatchSection';
import { ClientEmploymentSection } from '../placements/ClientEmploymentSection';
import { ActivitiesSection } from './activities/ActivitiesSection';
import { ClientHeader } from './ClientHeader';
import { ClientTabs } from './ClientTabs';
import { CompetenceProfileSection } from './competence-profile/CompetenceProfileSection';
import { ConsentsSection } from './consents/ConsentsSection';
import { EnrolmentsSection } from './enrolments/EnrolmentsSection';
import { PlanSection } from './plan/PlanSection';
import { ProfileSection } from './profile/ProfileSection';
import { useClient } from './queries';
import { ReferralsSection } from './referrals/ReferralsSection';

/** The coach's working view of one job seeker: summary on top, the record's sections as tabs. */
export function ClientPage() {
  const { t } = useTranslation('client');
  const clientId = useParams().id ?? '';
  const client = useClient(clientId);
  const heading = client.data ? `${client.data.firstName} ${client.data.lastName}` : t('title');

  return (
    <div data-qa="client-page">
      <PageHeading data-qa="client-name">{heading}</PageHeading>
      {/* A malformed id and an unreadable client look the same: the record's existence does not leak. */}
      <ErrorBanner error={client.error} messages={{ not_found: t('notFound'), validation: t('notFound'), forbidden: t('notFound') }} />
      {client.isPending ? <LoadingIndicator /> : null}
      {client.data ? (
        <>
          <ClientHeader client={client.data} />
          <ClientTabs>
            {(section) => {
              switch (section) {
                case 'profile':
                  return <ProfileSection client={client.data} />;
                case 'competence':
                  return <CompetenceProfileSection clientId={clientId} />;
                case 'matches':
                  return <ClientMatchSection clientId={clientId} />;
                case 'enrolments':
                  return <EnrolmentsSection clientId={clientId} />;
                case 'plan':
                  return <PlanSection clientId={clientId} canWrite={client.data.permissions.update} />;
                case 'activities':
                  return (
                    <ActivitiesSection
                      clientId={clientId}
                      canWrite={client.data.permissions.update}
                      canReadProtected={client.data.permissions.readProtected}
                    />
                  );
                case 'groups':
                  return <ClientGroupsSection clientId={clientId} />;
                case 'referrals':
                  return <ReferralsSection clientId={clientId} canWrite={client.data.permissions.update} />;
                case 'employment':
                  return <ClientEmploymentSection clientId={clientId} />;
                case 'consents':
                  return <ConsentsSection clientId={clientId} canWrite={client.data.permissions.update} />;
              }
            }}
          </ClientTabs>
        </>
      ) : null}
    </div>
  );
}
