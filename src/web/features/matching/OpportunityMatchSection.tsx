import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import type { CandidateMatch, MatchLabels } from '../../../contract/match-lists';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { SectionHeader } from '../client/SectionHeader';
import { StatusTag } from '../client/StatusTag';
import { useEmployerLabels } from '../employers/labels';
import { MatchFilterBar } from './MatchFilterBar';
import { MatchList, ProposeOutcome } from './MatchList';
import { MatchRow } from './MatchRow';
import { noMatchFilters, useOpportunityMatches, useProposeMatch } from './queries';

/**
 * On the opportunity page (and on an assignment's page, for the job it names): who of our consenting
 * clients fits this job, why, and propose them in one step — to the assignment too when there is one.
 */
export function OpportunityMatchSection({ opportunityId, assignmentId }: { opportunityId: string; assignmentId?: string }) {
  const { t } = useTranslation('matching');
  const { municipality } = useEmployerLabels();
  const [filters, setFilters] = useState(noMatchFilters);
  const matches = useOpportunityMatches(opportunityId, filters);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [proposingId, setProposingId] = useState<string | null>(null);
  const propose = useProposeMatch({
    onSuccess: (proposal) => {
      setProposingId(null);
      setAnnouncement(t('row.announcement', { name: proposal.clientName }));
    },
  });
  const data = matches.data;

  const renderRow = (labels: MatchLabels) => (row: CandidateMatch, rank: number) => {
    const name = `${row.firstName} ${row.lastName}`;
    return (
      <MatchRow
        key={row.clientId}
        rank={rank}
        name={name}
        title={
          <RouterLink asComponent={Link} to={`/clients/${row.clientId}`}>
            {name}
          </RouterLink>
        }
        facts={
          <>
            {municipality(row.municipalityCode)}
            {row.inJobSearch ? (
              <>
                {' '}
                <StatusTag tone="highlight">{t('row.inJobSearch')}</StatusTag>
              </>
            ) : null}
          </>
        }
        explanation={row.explanation}
        labels={labels}
        proposal={row.proposal}
        onPropose={
          row.canPropose
            ? () => {
                setAnnouncement(null);
                setProposingId(row.clientId);
                propose.mutate({ clientId: row.clientId, opportunityId, assignmentId: assignmentId ?? null });
              }
            : null
        }
        proposing={propose.isPending && proposingId === row.clientId}
        data-qa="match-row"
        data-id={row.clientId}
      />
    );
  };

  return (
    <section data-qa="opportunity-matches">
      <SectionHeader title={t('candidates.title')} />
      <Paragraph mb="m">{t('candidates.intro')}</Paragraph>
      <MatchFilterBar direction="candidates" filters={filters} onChange={setFilters} />
      <ProposeOutcome announcement={announcement} error={propose.error} />
      <ErrorBanner error={matches.error} />
      {matches.isPending ? <LoadingIndicator /> : null}
      {data && !data.open ? <Paragraph mb="l">{t('candidates.closed')}</Paragraph> : null}
      {data?.open ? (
        <MatchList
          items={data.items}
          nearMisses={data.nearMisses}
          renderRow={renderRow(data.labels)}
          texts={{
            list: t('candidates.list'),
            empty: t('candidates.empty'),
            nearMisses: t('candidates.nearMisses'),
            nearMissesIntro: t('candidates.nearMissesIntro'),
            nearMissList: t('candidates.nearMissList'),
          }}
        />
      ) : null}
    </section>
  );
}
