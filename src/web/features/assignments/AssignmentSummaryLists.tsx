import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RouterLink } from 'suomifi-ui-components';
import type { Assignment } from '../../../contract/assignments';
import { SummaryList } from '../client/SummaryList';
import { DueStateTag } from './DueStateTag';
import { useAssignmentFormat } from './use-assignment-format';

/** Where the response to the employer stands: received, due, answered and how fast in working time. */
export function ResponseSummary({ assignment }: { assignment: Assignment }) {
  const { t } = useTranslation('assignments');
  const format = useAssignmentFormat();
  return (
    <SummaryList
      items={[
        { label: t('page.received'), value: format.dateTime(assignment.receivedAt), qa: 'assignment-received' },
        {
          label: t('page.due'),
          value: (
            <>
              {format.dateTime(assignment.responseDueAt)} <DueStateTag state={assignment.dueState} />
            </>
          ),
          qa: 'assignment-due',
        },
        { label: t('page.agreedTime'), value: format.responseTime(assignment.responseTimeAmount, assignment.responseTimeUnit) },
        {
          label: t('page.firstResponse'),
          value: assignment.firstResponseAt ? format.dateTime(assignment.firstResponseAt) : t('table.notAnswered'),
          qa: 'assignment-first-response',
        },
        {
          label: t('page.timeToFirstResponse'),
          value:
            assignment.workingMinutesToFirstResponse === null
              ? t('page.none')
              : format.workingTime(assignment.workingMinutesToFirstResponse),
          qa: 'assignment-time-to-response',
        },
      ]}
    />
  );
}

export function DetailsSummary({ assignment }: { assignment: Assignment }) {
  const { t } = useTranslation('assignments');
  const none = t('page.none');
  return (
    <SummaryList
      items={[
        {
          label: t('page.employer'),
          value: (
            <RouterLink asComponent={Link} to={`/employers/${assignment.employer.id}`}>
              {assignment.employer.name}
            </RouterLink>
          ),
          qa: 'assignment-employer',
        },
        { label: t('page.contact'), value: assignment.contact?.name ?? none },
        { label: t('page.channel'), value: t(`channels.${assignment.channel}`) },
        { label: t('page.requestedRole'), value: assignment.requestedRole },
        { label: t('page.opportunity'), value: assignment.opportunity?.title ?? none },
        { label: t('page.candidatesWanted'), value: String(assignment.candidatesWanted) },
        { label: t('page.responder'), value: assignment.responder?.name ?? none, qa: 'assignment-responder' },
        { label: t('page.team'), value: assignment.responderTeam?.name ?? none },
        { label: t('page.status'), value: t(`statuses.${assignment.status}`), qa: 'assignment-status' },
        { label: t('page.result'), value: assignment.result ? t(`results.${assignment.result}`) : none, qa: 'assignment-result' },
        { label: t('page.detailsText'), value: assignment.details ?? none },
        { label: t('page.createdBy'), value: assignment.createdByName },
      ]}
    />
  );
}
