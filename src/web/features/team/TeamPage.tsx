import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { CaseloadRow } from '../../../contract/caseload';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { useTableSearchParams } from '../../components/table-state';
import { caseloadQueryOf, defaultCaseloadSort, useCaseloadFilters } from '../caseload/caseload-filters';
import { CaseloadFilterBar } from '../caseload/CaseloadFilterBar';
import { CaseloadTable, clientName } from '../caseload/CaseloadTable';
import { useTeamCaseload } from '../caseload/queries';
import { SummaryTiles } from '../caseload/SummaryTiles';
import { CoachCountsTable } from './CoachCountsTable';
import { ReassignDialog } from './ReassignDialog';
import { TeamCoachFilter } from './TeamCoachFilter';

/** A team lead's view: every coach's load, the whole team's clients, and moving a client to another coach. */
export function TeamPage() {
  const { t } = useTranslation(['team', 'caseload']);
  const table = useTableSearchParams(defaultCaseloadSort);
  const { filters, setFilters, clearFilters, filtered } = useCaseloadFilters();
  const team = useTeamCaseload(caseloadQueryOf(filters, table.page, table.sort));
  const [reassigning, setReassigning] = useState<CaseloadRow | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const clientsHeading = useRef<HTMLHeadingElement>(null);

  return (
    <div data-qa="team-page">
      <PageHeading>{t('title')}</PageHeading>
      <Paragraph mb="l">{t('intro')}</Paragraph>
      {done ? <Notice data-qa="reassign-done">{done}</Notice> : null}
      <ErrorBanner error={team.error} />

      <Heading variant="h2" mb="s">
        {t('coaches.title')}
      </Heading>
      <CoachCountsTable
        onShowClients={(coach) => {
          setFilters({ coachId: coach.coachId });
          clientsHeading.current?.scrollIntoView({ block: 'start' });
          clientsHeading.current?.focus();
        }}
      />

      <Heading variant="h2" mb="s" ref={clientsHeading} tabIndex={-1}>
        {t('clients.title')}
      </Heading>
      <SummaryTiles summary={team.data?.summary} filters={filters} setFilters={setFilters} />
      <CaseloadFilterBar filters={filters} setFilters={setFilters} clearFilters={clearFilters} filtered={filtered}>
        <TeamCoachFilter coachId={filters.coachId ?? null} onChange={(coachId) => setFilters({ coachId })} />
      </CaseloadFilterBar>
      <CaseloadTable
        caption={t('clients.caption')}
        showCoach
        rows={team.data?.items ?? []}
        total={team.data?.total ?? 0}
        page={table.page}
        sort={table.sort}
        onPageChange={table.setPage}
        onSortChange={table.setSort}
        loading={team.isFetching}
        emptyText={filtered ? t('caseload:table.emptyFiltered') : t('clients.empty')}
        rowAction={(row) => (
          <Button
            variant="secondary"
            aria-label={t('reassign.buttonLabel', { name: clientName(row) })}
            onClick={() => {
              setDone(null);
              setReassigning(row);
            }}
            data-qa={`reassign-open-${row.clientId}`}
          >
            {t('reassign.button')}
          </Button>
        )}
      />
      <ReassignDialog
        row={reassigning}
        onClose={() => setReassigning(null)}
        onDone={(client) =>
          setDone(t('reassign.done', { client: `${client.firstName} ${client.lastName}`, coach: client.responsibleUserName ?? '' }))
        }
      />
    </div>
  );
}
