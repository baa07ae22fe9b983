import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { hasAnyRole, useSession } from '../../auth/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ExposureSection } from './ExposureSection';
import { FinancingSettingsForm } from './FinancingSettingsForm';
import { useFinancingSettings } from './queries';

/** /benefit-financing: the configured tiers with their sources, and for team leads the municipality's worklist. */
export function BenefitFinancingPage() {
  const { t } = useTranslation('benefitFinancing');
  const { data: session } = useSession();
  const settings = useFinancingSettings();
  const canSeeClients = session ? hasAnyRole(session, ['team_lead']) : false;
  return (
    <div data-qa="benefit-financing-page">
      <PageHeading>{t('title')}</PageHeading>
      <Paragraph mb="m">{t('intro')}</Paragraph>
      <ErrorBanner error={settings.error} />
      {settings.isPending ? <LoadingIndicator /> : null}
      {settings.data && !settings.data.configured ? <Notice data-qa="financing-not-configured">{t('notConfigured')}</Notice> : null}
      {settings.data ? <FinancingSettingsForm key={settings.data.organisationId} settings={settings.data} /> : null}
      {canSeeClients ? <ExposureSection defaultMunicipality={null} /> : null}
    </div>
  );
}
