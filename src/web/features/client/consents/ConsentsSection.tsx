import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { ConsentStatus } from '../../../../contract/consents';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { LoadingIndicator } from '../../../components/LoadingIndicator';
import { formatDate } from '../../../format';
import { useConsents } from '../queries';
import { RecordTable } from '../RecordTable';
import { SectionHeader } from '../SectionHeader';
import { StatusTag, type Tone } from '../StatusTag';
import { ConsentForm } from './ConsentForm';
import { RevokeConsentDialog } from './RevokeConsentDialog';

const tones: Record<ConsentStatus, Tone> = { active: 'success', expired: 'neutral', revoked: 'alert' };

/** Suostumukset: consents as data — given when, for what, until when, revoked when. */
export function ConsentsSection({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const { t } = useTranslation(['client', 'common']);
  const consents = useConsents(clientId);
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<string | null>(null);
  const items = consents.data?.items ?? [];
  const revoked = items.find((consent) => consent.id === revoking);

  return (
    <section data-qa="consents-section">
      <SectionHeader title={t('consents.title')}>
        {canWrite && !adding ? (
          <Button onClick={() => setAdding(true)} data-qa="consent-add">
            {t('consents.add')}
          </Button>
        ) : null}
      </SectionHeader>
      <Paragraph mb="m">{t('consents.intro')}</Paragraph>
      {adding ? <ConsentForm clientId={clientId} onDone={() => setAdding(false)} /> : null}
      <ErrorBanner error={consents.error} />
      {consents.isPending ? <LoadingIndicator /> : null}
      {consents.isSuccess && items.length === 0 ? <Paragraph data-qa="consents-empty">{t('consents.empty')}</Paragraph> : null}
      {items.length > 0 ? (
        <RecordTable caption={t('consents.list')} hideCaption data-qa="consent-table">
          <thead>
            <tr>
              <th scope="col">{t('consents.kind')}</th>
              <th scope="col">{t('consents.channel')}</th>
              <th scope="col">{t('consents.givenOn')}</th>
              <th scope="col">{t('consents.validUntil')}</th>
              <th scope="col">{t('consents.status')}</th>
              <th scope="col">{t('consents.recordedBy')}</th>
              {canWrite ? <th scope="col">{t('consents.revoke')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {items.map((consent) => (
              <tr key={consent.id} data-qa={`consent-${consent.kind}`} data-status={consent.status}>
                <td>
                  {t(`labels.consentKind.${consent.kind}`)}
                  {consent.scope ? <div>{consent.scope}</div> : null}
                </td>
                <td>{t(`labels.consentChannel.${consent.channel}`)}</td>
                <td>{formatDate(consent.givenOn)}</td>
                <td>{consent.validUntil ? formatDate(consent.validUntil) : t('consents.untilFurtherNotice')}</td>
                <td>
                  <StatusTag tone={tones[consent.status]} data-qa="consent-status">
                    {t(`labels.consentStatus.${consent.status}`)}
                  </StatusTag>
                  {consent.revokedOn ? <div>{t('consents.revokedAt', { date: formatDate(consent.revokedOn) })}</div> : null}
                </td>
                <td>{consent.recordedByName}</td>
                {canWrite ? (
                  <td>
                    {consent.revokedOn === null ? (
                      <Button
                        variant="secondaryNoBorder"
                        onClick={() => setRevoking(consent.id)}
                        aria-label={`${t('consents.revoke')}: ${t(`labels.consentKind.${consent.kind}`)}`}
                        data-qa="consent-revoke"
                      >
                        {t('consents.revoke')}
                      </Button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </RecordTable>
      ) : null}
      {revoked ? <RevokeConsentDialog consent={revoked} onDone={() => setRevoking(null)} /> : null}
    </section>
  );
}
