import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { Activity } from '../../../../contract/activities';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { LoadingIndicator } from '../../../components/LoadingIndicator';
import { useSession } from '../../../auth/session';
import { formatDate } from '../../../format';
import { activityPageSize, useActivities } from '../queries';
import { SectionHeader } from '../SectionHeader';
import { ActivityForm } from './ActivityForm';
import { ProtectedNote } from './ProtectedNote';

type ActivitiesSectionProps = { clientId: string; canWrite: boolean; canReadProtected: boolean };

/**
 * Tapaamiset: meetings and contacts, newest first, with the quick log form on top. The recorder of
 * an entry may correct it in place ('correcting' names it); one form is open at a time.
 */
export function ActivitiesSection({ clientId, canWrite, canReadProtected }: ActivitiesSectionProps) {
  const { t } = useTranslation(['client', 'common']);
  const session = useSession();
  const [page, setPage] = useState(1);
  const [logging, setLogging] = useState(false);
  const [correcting, setCorrecting] = useState<string | null>(null);
  // Someone saved the entry this form had loaded: the reloaded form reopens with the notice.
  const [stale, setStale] = useState(false);
  const correct = (activityId: string | null) => {
    setStale(false);
    setLogging(false);
    setCorrecting(activityId);
  };
  const activities = useActivities(clientId, page);
  const items = activities.data?.items ?? [];
  const lastPage = Math.max(1, Math.ceil((activities.data?.total ?? 0) / activityPageSize));

  return (
    <section data-qa="activities-section">
      <SectionHeader title={t('activities.title')}>
        {canWrite && !logging && correcting === null ? (
          <Button onClick={() => setLogging(true)} data-qa="activity-log-open">
            {t('activities.log')}
          </Button>
        ) : null}
      </SectionHeader>
      {logging ? (
        <ActivityForm
          clientId={clientId}
          canWriteProtected={canReadProtected}
          onDone={() => {
            setLogging(false);
            setPage(1);
          }}
        />
      ) : null}
      <ErrorBanner error={activities.error} />
      {activities.isPending ? <LoadingIndicator /> : null}
      {activities.isSuccess && items.length === 0 ? <Paragraph data-qa="activities-empty">{t('activities.empty')}</Paragraph> : null}
      {items.length > 0 ? (
        <List aria-label={t('activities.list')} data-qa="activity-list">
          {items.map((activity) => (
            <ActivityItem key={activity.id} activity={activity} canReadProtected={canReadProtected}>
              {correcting === activity.id ? (
                <ActivityForm
                  key={activity.version}
                  clientId={clientId}
                  canWriteProtected={false}
                  activity={activity}
                  stale={stale}
                  onDone={() => correct(null)}
                  onStale={() => setStale(true)}
                />
              ) : canWrite && !logging && correcting === null && activity.recordedBy === session.data?.user.id ? (
                <Button
                  variant="secondaryNoBorder"
                  onClick={() => correct(activity.id)}
                  aria-label={t('activities.correctLabel', { date: formatDate(activity.occurredOn) })}
                  data-qa="activity-correct"
                >
                  {t('activities.correct')}
                </Button>
              ) : null}
            </ActivityItem>
          ))}
        </List>
      ) : null}
      {lastPage > 1 ? (
        <Pagination
          aria-label={t('common:table.pagination')}
          currentPage={page}
          lastPage={lastPage}
          onChange={setPage}
          pageInput={false}
          nextButtonAriaLabel={t('common:table.nextPage')}
          previousButtonAriaLabel={t('common:table.previousPage')}
          pageIndicatorText={(current, last) => t('common:table.pageIndicator', { page: current, lastPage: last })}
          ariaPageIndicatorText={(current, last) => t('common:table.pageIndicator', { page: current, lastPage: last })}
        />
      ) : null}
    </section>
  );
}

type ActivityItemProps = { activity: Activity; canReadProtected: boolean; children: ReactNode };

function ActivityItem({ activity, canReadProtected, children }: ActivityItemProps) {
  const { t } = useTranslation('client');
  return (
    <Item data-qa={`activity-${activity.id}`}>
      <Meta>
        <strong>{formatDate(activity.occurredOn)}</strong>
        <span data-qa="activity-mode-label">{t(`labels.mode.${activity.mode}`)}</span>
        <span>{t('activities.minutes', { count: activity.durationMinutes })}</span>
        <span>
          {t('activities.participants')}: {activity.participants.map((participant) => t(`labels.participant.${participant}`)).join(', ')}
        </span>
      </Meta>
      <Summary data-qa="activity-summary-text">{activity.summary ?? t('activities.noSummary')}</Summary>
      {activity.recordedByName ? <RecordedBy>{t('activities.recordedBy', { name: activity.recordedByName })}</RecordedBy> : null}
      {activity.hasProtectedNote ? <ProtectedNote activityId={activity.id} canRead={canReadProtected} /> : null}
      {children}
    </Item>
  );
}

const List = styled.ol`
  margin: 0 0 ${tokens.spacing.m};
  padding: 0;
  list-style: none;
`;

const Item = styled.li`
  padding: ${tokens.spacing.s} ${tokens.spacing.m};
  border: 1px solid ${tokens.colors.depthLight1};
  background: ${tokens.colors.whiteBase};

  & + & {
    border-top: 0;
  }
`;

const Meta = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.xxs} ${tokens.spacing.m};
`;

const Summary = styled.p`
  margin: ${tokens.spacing.xxs} 0 0;
  white-space: pre-wrap;
`;

const RecordedBy = styled.div`
  ${tokens.typography.bodyTextSmall};
  color: ${tokens.colors.blackLight1};
  margin-top: ${tokens.spacing.xxs};
`;
