import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { SectionHeader } from '../client/SectionHeader';
import { PlacementTable } from './PlacementTable';
import { useEmployerPlacements } from './queries';

/** The employer page's placements: the job seekers who started work there, of the clients the user may read. */
export function EmployerPlacementsSection({ employerId }: { employerId: string }) {
  const { t } = useTranslation('placements');
  const placements = useEmployerPlacements(employerId);
  const items = placements.data?.items ?? [];
  return (
    <section data-qa="employer-placements">
      <SectionHeader title={t('employer.title')} />
      <ErrorBanner error={placements.error} />
      {placements.isPending ? <LoadingIndicator /> : null}
      {placements.isSuccess && items.length === 0 ? <Paragraph mb="l">{t('employer.empty')}</Paragraph> : null}
      {items.length > 0 ? (
        <PlacementTable placements={items} named="client" caption={t('employer.caption')} data-qa="employer-placement-table" />
      ) : null}
    </section>
  );
}
