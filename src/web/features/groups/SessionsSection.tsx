import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { Group, GroupSession } from '../../../contract/groups';
import { Notice } from '../../components/Notice';
import { formatDate } from '../../format';
import { SectionHeader } from '../client/SectionHeader';
import { AttendanceEditor } from './AttendanceEditor';
import { GroupSection } from './layout';
import { NewSessionForm } from './NewSessionForm';

/** The group's sessions, newest first (as the API sends them), each with who was present. */
export function SessionsSection({ group, canRun }: { group: Group; canRun: boolean }) {
  const { t } = useTranslation('groups');
  const [recorded, setRecorded] = useState(false);
  return (
    <GroupSection data-qa="group-sessions">
      <SectionHeader title={t('sessions.title')} />
      {recorded ? <Notice data-qa="session-recorded">{t('sessions.recorded')}</Notice> : null}
      {canRun ? <NewSessionForm group={group} onRecorded={() => setRecorded(true)} /> : null}
      {group.sessionList.length === 0 ? (
        <Paragraph mb="m" data-qa="sessions-empty">
          {t('sessions.empty')}
        </Paragraph>
      ) : (
        <SessionList aria-label={t('sessions.title')}>
          {group.sessionList.map((session) => (
            <SessionItem key={session.id} group={group} session={session} canRun={canRun} />
          ))}
        </SessionList>
      )}
    </GroupSection>
  );
}

function SessionItem({ group, session, canRun }: { group: Group; session: GroupSession; canRun: boolean }) {
  const { t } = useTranslation('groups');
  const date = formatDate(session.heldOn);
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
          {t('sessions.present', { present: session.attendedClientIds.length, total: group.participantList.length })}
        </strong>
      </Details>
      {canRun ? <AttendanceEditor group={group} session={session} /> : null}
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
