import { useTranslation } from 'react-i18next';
import { IconCheckCircle, IconClock, IconWarning, Tooltip, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { CaseloadRow } from '../../../contract/caseload';
import type { MeetingStatus } from '../../../contract/enrolments';
import { formatDate } from '../../format';

const statusColours: Record<MeetingStatus, string> = {
  overdue: tokens.colors.alertBase,
  due_soon: tokens.colors.warningBase,
  ok: tokens.colors.successBase,
};

const statusIcons: Record<MeetingStatus, typeof IconWarning> = { overdue: IconWarning, due_soon: IconClock, ok: IconCheckCircle };

/** The status always says itself in words; the icon and colour only repeat it. */
function MeetingStatusLabel({ status, reason }: { status: MeetingStatus; reason?: string | null }) {
  const { t } = useTranslation('caseload');
  const Icon = statusIcons[status];
  return (
    <Status $status={status} title={reason ?? undefined} data-qa={`meeting-status-${status}`}>
      <Icon fill={statusColours[status]} />
      {t(`meetingStatus.${status}`)}
    </Status>
  );
}

/** Next meeting due date with its status, and on request the process-model rule that set it. */
export function NextMeetingDue({ row }: { row: CaseloadRow }) {
  const { t } = useTranslation('caseload');
  if (!row.nextMeetingDueOn || !row.meetingStatus) return <Muted>{t('table.noDueDate')}</Muted>;
  return (
    <Stack>
      <span data-qa="next-meeting-due">{formatDate(row.nextMeetingDueOn)}</span>
      <Line>
        <MeetingStatusLabel status={row.meetingStatus} reason={row.meetingReason} />
        {row.meetingReason ? (
          <Tooltip
            ariaToggleButtonLabelText={t('meetingStatus.reasonButton', { name: `${row.firstName} ${row.lastName}` })}
            ariaCloseButtonLabelText={t('meetingStatus.closeReason')}
            data-qa="meeting-reason-toggle"
          >
            {row.meetingReason}
          </Tooltip>
        ) : null}
      </Line>
    </Stack>
  );
}

export const Muted = styled.span`
  color: ${tokens.colors.depthDark1};
`;

export const Stack = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${tokens.spacing.xxs};
`;

const Line = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.spacing.xxs};
`;

const Status = styled.span<{ $status: MeetingStatus }>`
  display: inline-flex;
  align-items: center;
  gap: ${tokens.spacing.xxs};
  font-weight: ${({ $status }) => ($status === 'ok' ? 'normal' : 600)};
  white-space: nowrap;

  .fi-icon {
    flex: none;
    width: 16px;
    height: 16px;
  }
`;
