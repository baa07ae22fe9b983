import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { Notice } from '../../components/Notice';
import { SectionHeader } from '../client/SectionHeader';
import { ClientProposals } from '../proposals/ClientProposals';
import { PlacementTable } from './PlacementTable';
import { useClientPlacements } from './queries';
import { RecordPlacementForm } from './RecordPlacementForm';
import { useWorkPhaseText } from './work-phase-text';

/** The client page's "Work" tab: proposals to employers, placements, and recording a placement directly. */
export function ClientEmploymentSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation('placements');
  const placements = useClientPlacements(clientId);
  const workPhaseText = useWorkPhaseText();
  const [recording, setRecording] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const items = placements.data?.items ?? [];

  return (
    <section data-qa="employment-section">
      <SectionHeader title={t('client.title')} />
      {notice ? <Notice data-qa="placement-notice">{notice}</Notice> : null}
      <ClientProposals clientId={clientId} />
      <SectionHeader title={t('client.placements')} level="h3">
        {placements.data?.permissions.write && !recording ? (
          <Button
            onClick={() => {
              setNotice(null);
              setRecording(true);
            }}
            data-qa="placement-record-open"
          >
            {t('client.record')}
          </Button>
        ) : null}
      </SectionHeader>
      {recording ? (
        <RecordPlacementForm
          clientId={clientId}
          onDone={(started) => {
            setRecording(false);
            if (started) setNotice(workPhaseText(started.workPhase));
          }}
        />
      ) : null}
      <ErrorBanner error={placements.error} />
      {placements.isPending ? <LoadingIndicator /> : null}
      {placements.isSuccess && items.length === 0 ? <Paragraph mb="m">{t('client.empty')}</Paragraph> : null}
      {items.length > 0 ? (
        <PlacementTable placements={items} named="employer" caption={t('client.caption')} data-qa="client-placement-table" />
      ) : null}
    </section>
  );
}
