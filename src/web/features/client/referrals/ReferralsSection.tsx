import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { referralTransitions, type ReferralStatus } from '../../../../contract/activities';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { Notice } from '../../../components/Notice';
import { LoadingIndicator } from '../../../components/LoadingIndicator';
import { formatDate } from '../../../format';
import { useReferrals } from '../queries';
import { RecordTable } from '../RecordTable';
import { SectionHeader } from '../SectionHeader';
import { StatusTag, type Tone } from '../StatusTag';
import { ReferralForm } from './ReferralForm';
import { ReferralStatusForm } from './ReferralStatusForm';

const tones: Record<ReferralStatus, Tone> = {
  planned: 'neutral',
  sent: 'highlight',
  accepted: 'highlight',
  completed: 'success',
  declined: 'alert',
  cancelled: 'neutral',
};

/** Ohjaukset: referrals to services (health check, Kela rehabilitation, …) and where each stands. */
export function ReferralsSection({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const { t } = useTranslation(['client', 'common']);
  const referrals = useReferrals(clientId);
  const [editing, setEditing] = useState<string | null>(null);
  // Someone changed the referral this form had loaded: the reloaded form reopens with the notice.
  const [stale, setStale] = useState(false);
  const edit = (target: string | null) => {
    setStale(false);
    setEditing(target);
  };
  const items = referrals.data?.items ?? [];
  // A referral reloaded in a final status has nothing left to change, so its form closes.
  const changing = items.find((referral) => referral.id === editing && referralTransitions[referral.status].length > 0);
  const formOpen = editing === 'new' || changing !== undefined;

  return (
    <section data-qa="referrals-section">
      <SectionHeader title={t('referrals.title')}>
        {canWrite && !formOpen ? (
          <Button onClick={() => edit('new')} data-qa="referral-add">
            {t('referrals.add')}
          </Button>
        ) : null}
      </SectionHeader>
      {editing === 'new' ? <ReferralForm clientId={clientId} onDone={() => edit(null)} /> : null}
      {changing ? (
        <ReferralStatusForm
          key={`${changing.id}-${changing.version}`}
          referral={changing}
          stale={stale}
          onDone={() => edit(null)}
          onStale={() => setStale(true)}
        />
      ) : null}
      {stale && !formOpen ? <Notice data-qa="referral-stale">{t('staleRecord')}</Notice> : null}
      <ErrorBanner error={referrals.error} />
      {referrals.isPending ? <LoadingIndicator /> : null}
      {referrals.isSuccess && items.length === 0 ? <Paragraph data-qa="referrals-empty">{t('referrals.empty')}</Paragraph> : null}
      {items.length > 0 ? (
        <RecordTable caption={t('referrals.list')} hideCaption data-qa="referral-table">
          <thead>
            <tr>
              <th scope="col">{t('referrals.service')}</th>
              <th scope="col">{t('referrals.referredOn')}</th>
              <th scope="col">{t('referrals.status')}</th>
              <th scope="col">{t('referrals.note')}</th>
              {canWrite ? <th scope="col">{t('referrals.changeStatus')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {items.map((referral) => (
              <tr key={referral.id} data-qa={`referral-${referral.id}`}>
                <td>{t(`labels.service.${referral.service}`)}</td>
                <td>{formatDate(referral.referredOn)}</td>
                <td>
                  <StatusTag tone={tones[referral.status]} data-qa="referral-status-tag">
                    {t(`labels.referralStatus.${referral.status}`)}
                  </StatusTag>
                </td>
                <td>{referral.note}</td>
                {canWrite ? (
                  <td>
                    {referralTransitions[referral.status].length === 0 ? (
                      t('referrals.final')
                    ) : !formOpen ? (
                      <Button
                        variant="secondaryNoBorder"
                        onClick={() => edit(referral.id)}
                        aria-label={`${t('referrals.changeStatus')}: ${t(`labels.service.${referral.service}`)}`}
                        data-qa="referral-change-status"
                      >
                        {t('referrals.changeStatus')}
                      </Button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </RecordTable>
      ) : null}
    </section>
  );
}
