import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { z } from 'zod';
import type { meetingStatusSummary, MeetingStatus } from '../../../contract/enrolments';
import { formatDate } from '../../format';
import { StatusTag, type Tone } from './StatusTag';

const tones: Record<MeetingStatus, Tone> = { overdue: 'alert', due_soon: 'warning', ok: 'success' };

/** The meeting rhythm of an enrolment: status in words, the rule's reason and the dates behind it. */
export function MeetingStatusLine({ meeting }: { meeting: z.infer<typeof meetingStatusSummary> }) {
  const { t } = useTranslation('client');
  return (
    <Wrapper data-qa="client-meeting-status" data-status={meeting.status ?? 'none'}>
      {meeting.status ? (
        <div>
          <StatusTag tone={tones[meeting.status]}>{t(`meetingStatus.${meeting.status}`)}</StatusTag>
          {meeting.reason ? <Reason data-qa="client-meeting-reason"> {meeting.reason}</Reason> : null}
        </div>
      ) : null}
      <Dates>
        {meeting.lastMeetingOn ? t('header.lastMeeting', { date: formatDate(meeting.lastMeetingOn) }) : t('header.noMeetings')}
        {meeting.nextMeetingDueOn ? ` · ${t('header.nextMeetingDue', { date: formatDate(meeting.nextMeetingDueOn) })}` : null}
      </Dates>
    </Wrapper>
  );
}

const Wrapper = styled.div`
  margin-bottom: ${tokens.spacing.xxs};
`;

const Reason = styled.span`
  ${tokens.typography.bodyTextSmall};
`;

const Dates = styled.div`
  ${tokens.typography.bodyTextSmall};
  color: ${tokens.colors.blackLight1};
`;
