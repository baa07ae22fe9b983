import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { LoadingIndicator } from '../../../components/LoadingIndicator';
import { Notice } from '../../../components/Notice';
import { useConsents, useEnrolments } from '../queries';
import { SectionHeader } from '../SectionHeader';
import { EnrolmentCard } from './EnrolmentCard';
import { EnrolmentForm } from './EnrolmentForm';

/** Asiakkuus: the client's enrolments, the active ones first, each with its phase timeline. */
export function EnrolmentsSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation('client');
  const enrolments = useEnrolments(clientId);
  const consents = useConsents(clientId);
  const [starting, setStarting] = useState(false);
  const items = enrolments.data?.items ?? [];
  const permissions = enrolments.data?.permissions ?? { write: false, followUpWrite: false };
  const active = items.filter((enrolment) => enrolment.endDate === null);
  const ended = items.filter((enrolment) => enrolment.endDate !== null);
  const hasEnrolmentConsent = consents.data?.items.some((consent) => consent.kind === 'enrolment' && consent.status === 'active');

  return (
    <section data-qa="enrolments-section">
      <SectionHeader title={t('enrolments.title')}>
        {permissions.write && !starting ? (
          <Button onClick={() => setStarting(true)} data-qa="enrolment-start-open">
            {t('enrolments.start')}
          </Button>
        ) : null}
      </SectionHeader>
      <ErrorBanner error={enrolments.error} />
      {enrolments.isPending ? <LoadingIndicator /> : null}
      {starting && consents.isSuccess && !hasEnrolmentConsent ? (
        <Notice data-qa="enrolment-consent-missing">{t('enrolments.consentMissing')}</Notice>
      ) : null}
      {starting ? <EnrolmentForm clientId={clientId} onDone={() => setStarting(false)} /> : null}
      {enrolments.isSuccess && items.length === 0 && !starting ? (
        <Paragraph data-qa="enrolments-empty">{t('enrolments.empty')}</Paragraph>
      ) : null}
      {active.map((enrolment) => (
        <EnrolmentCard key={enrolment.id} enrolment={enrolment} permissions={permissions} />
      ))}
      {ended.length > 0 ? (
        <Heading variant="h3" mb="s">
          {t('enrolments.earlier')}
        </Heading>
      ) : null}
      {ended.map((enrolment) => (
        <EnrolmentCard key={enrolment.id} enrolment={enrolment} permissions={permissions} />
      ))}
    </section>
  );
}
