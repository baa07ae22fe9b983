import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { IconClock, IconMailReceive, IconWarning, Paragraph, RouterLink, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { hasAnyRole, useSession } from '../../auth/session';
import { CountTiles, type CountTile } from '../../components/CountTiles';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeading } from '../../components/PageHeading';
import { useFlashNotice } from '../admin/flash-notice';
import { Notice } from '../../components/Notice';
import { AssignmentFilterBar } from './AssignmentFilterBar';
import { AssignmentTable } from './AssignmentTable';
import { boardPageSize, boardQueryOf, useBoardFilters, type DueFilter } from './board-filters';
import { MonthlyFigures } from './MonthlyFigures';
import { settingsRoles } from './organisation-choice';
import { useAssignmentBoard } from './queries';

/** The assignment board: what is due, what is overdue, what has been answered and how fast; then the monthly figure. */
export function AssignmentBoardPage() {
  const { t } = useTranslation('assignments');
  const session = useSession().data;
  const notice = useFlashNotice();
  const { filters, page, setFilters, setPage, clearFilters, filtered } = useBoardFilters();
  const board = useAssignmentBoard(boardQueryOf(filters, page));
  const summary = board.data?.summary;
  const tile = (key: string, due: DueFilter, icon: CountTile['icon'], count: number | undefined): CountTile => ({
    key,
    label: t(`summary.${key as 'overdue'}`),
    icon,
    count,
    active: filters.due === due,
    attention: due !== 'unanswered',
    select: () => setFilters({ due: filters.due === due ? null : due, status: null }),
  });

  return (
    <div data-qa="assignment-board">
      <PageHeading>{t('board.title')}</PageHeading>
      <Paragraph mb="m">{t('board.intro')}</Paragraph>
      <Links>
        <RouterLink asComponent={Link} to="/assignments/new" data-qa="new-assignment">
          {t('board.newAssignment')}
        </RouterLink>
        {session && hasAnyRole(session, settingsRoles) ? (
          <RouterLink asComponent={Link} to="/assignments/settings" data-qa="assignment-settings-link">
            {t('board.settings')}
          </RouterLink>
        ) : null}
      </Links>
      {notice ? <Notice data-qa="assignment-notice">{notice}</Notice> : null}
      <ErrorBanner error={board.error} />
      <CountTiles
        label={t('summary.label')}
        tiles={[
          tile('overdue', 'overdue', <IconWarning />, summary?.overdue),
          tile('dueSoon', 'due_soon', <IconClock />, summary?.dueSoon),
          tile('unanswered', 'unanswered', <IconMailReceive />, summary?.unanswered),
        ]}
        data-qa="assignment-summary"
      />
      <AssignmentFilterBar filters={filters} setFilters={setFilters} clearFilters={clearFilters} filtered={filtered} />
      <AssignmentTable
        caption={t('board.caption')}
        rows={board.data?.items ?? []}
        total={board.data?.total ?? 0}
        page={page}
        pageSize={boardPageSize}
        onPageChange={setPage}
        loading={board.isFetching}
        emptyText={filtered ? t('board.emptyFiltered') : t('board.empty')}
      />
      <MonthlyFigures />
    </div>
  );
}

const Links = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.l};
  margin-bottom: ${tokens.spacing.l};
`;
