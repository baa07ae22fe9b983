import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { Group, GroupSession } from '../../../contract/groups';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Notice } from '../../components/Notice';
import { formatDate } from '../../format';
import { todayInHelsinki } from '../client/form-helpers';
import { SectionHeader } from '../client/SectionHeader';
import { AttendanceEditor } from './AttendanceEditor';
import { GroupSection } from './layout';
import { NewSessionForm } from './NewSessionForm';
import { useDeleteSession } from './queries';

/**
 * The group's sessions, newest first (as the API sends them), each with who was present; a planned
 * one can be cancelled, and one recorded by mistake deleted with its attendance.
 */
export function SessionsSection({ group, canRun }: { group: Group; canRun: boolean }) {
  const { t } = useTranslation('groups');
  const [notice, setNotice] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<GroupSession | null>(null);
  const remove = useDeleteSession(group.id);
  const confirmDelete = () => {
    if (!deleting) return;
    const date = formatDate(deleting.heldOn);
    remove.mutate(deleting.id, {
      onSuccess: () => setNotice(t('sessions.deleted', { date })),
      onSettled: () => setDeleting(null),
    });
  };
  return (
    <GroupSection data-qa="group-sessions">
      <SectionHeader title={t('sessions.title')} />
      {notice ? <Notice data-qa="session-recorded">{notice}</Notice> : null}
      <ErrorBanner error={remove.error} />
      {canRun ? <NewSessionForm group={group} onRecorded={() => setNotice(t('sessions.recorded'))} /> : null}
      {group.sessionList.length === 0 ? (
        <Paragraph mb="m" data-qa="sessions-empty">
          {t('sessions.empty')}
        </Paragraph>
      ) : (
        <SessionList aria-label={t('sessions.title')}>
          {group.sessionList.map((session) => (
            <SessionItem key={session.id} group={group} session={session} canRun={canRun} onDelete={() => setDeleting(session)} />
          ))}
        </SessionList>
      )}
      <ConfirmDialog
        visible={deleting !== null}
        title={t('sessions.deleteTitle')}
        confirmText={t('sessions.deleteConfirm')}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
        busy={remove.isPending}
        data-qa="session-delete-dialog"
      >
        <Paragraph>{deleting ? t('sessions.deleteBody', { date: formatDate(deleting.heldOn) }) : ''}</Paragraph>
      </ConfirmDialog>
    </GroupSection>
  );
}

type SessionItemProps = { group: Group; session: GroupSession; canRun: boolean; onDelete: () => void };

function SessionItem({ group, session, canRun, onDelete }: SessionItemProps) {
  const { t } = useTranslation('groups');
  const date = formatDate(session.heldOn);
  // Attendance is recorded once the session has been held.
  const planned = session.heldOn > todayInHelsinki();
  const details = [
    session.topic ?? t('sessions.noTopic'),
    t(`modes.${session.mode}`),
    ...(session.durationMinutes === null ? [] : [t('sessions.duration', { minutes: session.durationMinutes })]),
  ];
  return (
    <Card data-qa={`session-${session.id}`}>
      <Heading variant="h3" mb="xxs">
        {t('sessions.session', { date })}
      </Heading>
      <Details>
        {details.join(' · ')}
        {' · '}
        <strong data-qa="session-present">
          {planned
            ? t('sessions.planned')
            : t('sessions.present', { present: session.attendedClientIds.length, total: group.participantList.length })}
        </strong>
      </Details>
      {canRun && !planned ? <AttendanceEditor group={group} session={session} /> : null}
      {canRun ? (
        <Button
          variant="secondaryNoBorder"
          aria-label={t(planned ? 'sessions.cancelLabel' : 'sessions.deleteLabel', { date })}
          onClick={onDelete}
          data-qa="session-delete"
        >
          {t(planned ? 'sessions.cancel' : 'sessions.delete')}
        </Button>
      ) : null}
    </Card>
  );
}

const SessionList = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Card = styled.li`
  padding: ${tokens.spacing.m} 0;
  border-top: 1px solid ${tokens.colors.depthLight1};
`;

const Details = styled.p`
  ${tokens.typography.bodyTextSmall};
  margin: 0 0 ${tokens.spacing.s};
`;
