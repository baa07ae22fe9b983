import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Heading, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { FollowUpTask } from '../../../contract/follow-up-tasks';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Notice } from '../../components/Notice';
import { formatDate } from '../../format';
import { FollowUpTaskForm } from './FollowUpTaskForm';
import { useFollowUpTasks } from './queries';

const nameOf = (task: FollowUpTask) => `${task.firstName} ${task.lastName}`;

/**
 * "Tehtävät": the coach's due follow-ups on the home page, each recordable in place. Shown only when
 * something is due, so a caseload without tasks looks as before.
 */
export function FollowUpTasks() {
  const { t } = useTranslation('tasks');
  const tasks = useFollowUpTasks();
  const [recording, setRecording] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const items = tasks.data?.items ?? [];
  if (tasks.isPending || (items.length === 0 && !saved && !tasks.error)) return null;

  return (
    <Section aria-labelledby="follow-up-tasks-title" data-qa="follow-up-tasks">
      <Heading variant="h2" id="follow-up-tasks-title" mb="xs">
        {t('title')}
      </Heading>
      <Paragraph mb="s">{t('intro')}</Paragraph>
      <ErrorBanner error={tasks.error} />
      {saved ? <Notice data-qa="follow-up-task-saved">{saved}</Notice> : null}
      {items.length === 0 ? <Paragraph>{t('empty')}</Paragraph> : null}
      <List aria-label={t('caption')}>
        {items.map((task) => (
          <li key={task.followUpId} data-qa={`follow-up-task-${task.followUpId}`}>
            <Row>
              <Link to={`/clients/${task.clientId}`}>{nameOf(task)}</Link>
              <span>
                {t('followUp', { count: task.monthsAfterEnd, programme: task.programmeName })}
                {task.esfFunded ? <Tag>{t('esf')}</Tag> : null}
              </span>
              <span>
                {formatDate(task.dueOn)} · {task.daysOverdue === 0 ? t('dueToday') : t('overdue', { count: task.daysOverdue })}
              </span>
              {recording === task.followUpId ? null : (
                <Button
                  variant="secondary"
                  aria-label={t('recordLabel', { name: nameOf(task), count: task.monthsAfterEnd })}
                  onClick={() => {
                    setSaved(null);
                    setRecording(task.followUpId);
                  }}
                  data-qa="follow-up-task-record"
                >
                  {t('record')}
                </Button>
              )}
            </Row>
            {recording === task.followUpId ? (
              <FollowUpTaskForm
                task={task}
                name={nameOf(task)}
                onDone={(done) => {
                  setRecording(null);
                  if (done) setSaved(t('saved', { name: nameOf(task) }));
                }}
              />
            ) : null}
          </li>
        ))}
      </List>
    </Section>
  );
}

const Section = styled.section`
  margin-bottom: ${tokens.spacing.xl};
  padding: ${tokens.spacing.m};
  border: 1px solid ${tokens.colors.depthLight1};
  background: ${tokens.colors.whiteBase};
`;

const List = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;

  li {
    padding: ${tokens.spacing.xs} 0;
    border-bottom: 1px solid ${tokens.colors.depthLight2};
  }
`;

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.spacing.xs} ${tokens.spacing.m};
`;

const Tag = styled.span`
  margin-left: ${tokens.spacing.xs};
  padding: 0 ${tokens.spacing.xxs};
  border: 1px solid ${tokens.colors.highlightBase};
  ${tokens.typography.bodySemiBoldSmall};
`;
