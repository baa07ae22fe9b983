import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { hasAnyRole, useSession } from '../../auth/session';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { useTableSearchParams } from '../../components/table-state';
import { formatDate } from '../../format';
import { caseloadQueryOf, defaultCaseloadSort, useCaseloadFilters } from './caseload-filters';
import { CaseloadFilterBar } from './CaseloadFilterBar';
import { CaseloadTable, clientName } from './CaseloadTable';
import { useOwnCaseload } from './queries';
import { QuickLogDialog } from './QuickLogDialog';
import { SummaryTiles } from './SummaryTiles';
import { FollowUpTasks } from '../follow-up-tasks/FollowUpTasks';
import type { CaseloadRow } from '../../../contract/caseload';

/** Meetings are recorded by those who coach; an employer coordinator reads the list only. */
const meetingLoggers = ['coach', 'team_lead'] as const;

/** A coach's own caseload: the landing page, most urgent meeting first. */
export function CaseloadPage() {
  const { t } = useTranslation('caseload');
  const { data: session } = useSession();
  const table = useTableSearchParams(defaultCaseloadSort);
  const { filters, setFilters, clearFilters, filtered } = useCaseloadFilters();
  const caseload = useOwnCaseload(caseloadQueryOf(filters, table.page, table.sort));
  const [logging, setLogging] = useState<CaseloadRow | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const canLog = session ? hasAnyRole(session, meetingLoggers) : false;

  return (
    <div data-qa="caseload-page">
      <PageHeading>{t('title')}</PageHeading>
      <Paragraph mb="l">{t('intro')}</Paragraph>
      {saved ? <Notice data-qa="quick-log-saved">{saved}</Notice> : null}
      <ErrorBanner error={caseload.error} />
      {canLog ? <FollowUpTasks /> : null}
      <SummaryTiles summary={caseload.data?.summary} filters={filters} setFilters={setFilters} />
      <CaseloadFilterBar filters={filters} setFilters={setFilters} clearFilters={clearFilters} filtered={filtered} />
      <CaseloadTable
        caption={t('table.caption')}
        rows={caseload.data?.items ?? []}
        total={caseload.data?.total ?? 0}
        page={table.page}
        sort={table.sort}
        onPageChange={table.setPage}
        onSortChange={table.setSort}
        loading={caseload.isFetching}
        emptyText={filtered ? t('table.emptyFiltered') : t('table.empty')}
        rowAction={
          canLog
            ? (row) => (
                <Button
                  variant="secondary"
                  aria-label={t('quickLog.buttonLabel', { name: clientName(row) })}
                  onClick={() => {
                    setSaved(null);
                    setLogging(row);
                  }}
                  data-qa={`quick-log-open-${row.clientId}`}
                >
                  {t('quickLog.button')}
                </Button>
              )
            : undefined
        }
      />
      <QuickLogDialog
        row={logging}
        onClose={() => setLogging(null)}
        onSaved={(row, activity) => setSaved(t('quickLog.saved', { name: clientName(row), date: formatDate(activity.occurredOn) }))}
      />
    </div>
  );
}
