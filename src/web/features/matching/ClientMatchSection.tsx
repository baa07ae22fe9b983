import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import type { MatchLabels, OpportunityMatch } from '../../../contract/match-lists';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { Notice } from '../../components/Notice';
import { SectionHeader } from '../client/SectionHeader';
import { useEmployerLabels } from '../employers/labels';
import { MatchFilterBar } from './MatchFilterBar';
import { MatchList, ProposeOutcome } from './MatchList';
import { MatchRow } from './MatchRow';
import { noMatchFilters, useClientMatches, useProposeMatch } from './queries';

/** On the client page: what this person could do, and where — open jobs ranked by their profile and wishes. */
export function ClientMatchSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation(['matching', 'opportunities']);
  const { municipality } = useEmployerLabels();
  const [filters, setFilters] = useState(noMatchFilters);
  const matches = useClientMatches(clientId, filters);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [proposingId, setProposingId] = useState<string | null>(null);
  const propose = useProposeMatch({
    onSuccess: (proposal) => {
      setProposingId(null);
      setAnnouncement(t('row.announcement', { name: proposal.opportunityTitle ?? proposal.employerName }));
    },
  });
  const data = matches.data;
  const mayPropose = Boolean(data?.canPropose && data.proposable);

  const renderRow = (labels: MatchLabels) => (row: OpportunityMatch, rank: number) => (
    <MatchRow
      key={row.opportunityId}
      rank={rank}
      name={row.title}
      title={
        <RouterLink asComponent={Link} to={`/opportunities/${row.opportunityId}`}>
          {row.title}
        </RouterLink>
      }
      facts={[row.employerName, t(`opportunities:labels.kind.${row.kind}`), municipality(row.municipalityCode)].filter(Boolean).join(' · ')}
      explanation={row.explanation}
      labels={labels}
      proposal={row.proposal}
      onPropose={
        mayPropose
          ? () => {
              setAnnouncement(null);
              setProposingId(row.opportunityId);
              propose.mutate({ clientId, opportunityId: row.opportunityId });
            }
          : null
      }
      proposing={propose.isPending && proposingId === row.opportunityId}
      data-qa="match-row"
      data-id={row.opportunityId}
    />
  );

  return (
    <section data-qa="client-matches">
      <SectionHeader title={t('opportunities.title')} />
      <Paragraph mb="m">{t('opportunities.intro')}</Paragraph>
      {data && !data.hasProfile ? <Notice data-qa="match-no-profile">{t('opportunities.noProfile')}</Notice> : null}
      {data?.hasProfile && !data.proposable ? <Notice data-qa="match-no-consent">{t('opportunities.noConsent')}</Notice> : null}
      <MatchFilterBar direction="opportunities" filters={filters} onChange={setFilters} />
      <ProposeOutcome announcement={announcement} error={propose.error} />
      <ErrorBanner error={matches.error} />
      {matches.isPending ? <LoadingIndicator /> : null}
      {data?.hasProfile ? (
        <MatchList
          items={data.items}
          nearMisses={data.nearMisses}
          renderRow={renderRow(data.labels)}
          texts={{
            list: t('opportunities.list'),
            empty: t('opportunities.empty'),
            nearMisses: t('opportunities.nearMisses'),
            nearMissesIntro: t('opportunities.nearMissesIntro'),
            nearMissList: t('opportunities.nearMissList'),
          }}
        />
      ) : null}
    </section>
  );
}
