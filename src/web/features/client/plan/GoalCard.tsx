import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph, suomifiDesignTokens as tokens, VisuallyHidden } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { PlanGoal } from '../../../../contract/plans';
import { Button } from '../../../components/Button';
import { formatDate } from '../../../format';
import { SectionHeader } from '../SectionHeader';
import { StatusTag, type Tone } from '../StatusTag';
import { ActionForm } from './ActionForm';
import { GoalForm } from './GoalForm';
import { RecordTable } from '../RecordTable';

const goalTones: Record<PlanGoal['status'], Tone> = { open: 'highlight', achieved: 'success', dropped: 'neutral' };
const actionTones: Record<PlanGoal['actions'][number]['status'], Tone> = { todo: 'warning', done: 'success', cancelled: 'neutral' };

/** One goal with its steps; 'editing' names the goal itself, 'new' a new step, else a step's id. */
export function GoalCard({ goal, canWrite }: { goal: PlanGoal; canWrite: boolean }) {
  const { t } = useTranslation(['client', 'common']);
  const [editing, setEditing] = useState<string | null>(null);
  // Someone saved the goal or step this form had loaded: the reloaded form reopens with the notice.
  const [stale, setStale] = useState(false);
  const edit = (target: string | null) => {
    setStale(false);
    setEditing(target);
  };
  const close = () => edit(null);
  const markStale = () => setStale(true);

  return (
    <Card data-qa={`goal-${goal.id}`}>
      <SectionHeader title={goal.title} level="h3">
        <StatusTag tone={goalTones[goal.status]} data-qa="goal-status-tag">
          {t(`labels.goalStatus.${goal.status}`)}
        </StatusTag>
        {canWrite && editing === null ? (
          <Button
            variant="secondaryNoBorder"
            onClick={() => edit('goal')}
            aria-label={`${t('plan.editGoal')}: ${goal.title}`}
            data-qa="goal-edit"
          >
            {t('common:actions.edit')}
          </Button>
        ) : null}
      </SectionHeader>
      <Paragraph mb="s">
        {t('plan.targetDate')}: {goal.targetDate ? formatDate(goal.targetDate) : t('plan.noTargetDate')}
      </Paragraph>
      {editing === 'goal' ? (
        <GoalForm key={goal.version} clientId={goal.clientId} goal={goal} stale={stale} onDone={close} onStale={markStale} />
      ) : null}
      {goal.actions.length === 0 ? (
        <Paragraph mb="s">{t('plan.noActions')}</Paragraph>
      ) : (
        <RecordTable caption={t('plan.actions', { goal: goal.title })} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t('plan.description')}</th>
              <th scope="col">{t('plan.owner')}</th>
              <th scope="col">{t('plan.dueDate')}</th>
              <th scope="col">{t('plan.status')}</th>
              {canWrite ? (
                <th scope="col">
                  <VisuallyHidden>{t('plan.editAction')}</VisuallyHidden>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {goal.actions.map((action) => (
              <tr key={action.id} data-qa={`action-${action.id}`}>
                <td>{action.description}</td>
                <td>{t(`labels.actionOwner.${action.owner}`)}</td>
                <td>{action.dueDate ? formatDate(action.dueDate) : t('plan.noDueDate')}</td>
                <td>
                  <StatusTag tone={actionTones[action.status]}>{t(`labels.actionStatus.${action.status}`)}</StatusTag>
                </td>
                {canWrite ? (
                  <td>
                    {editing === null ? (
                      <Button
                        variant="secondaryNoBorder"
                        onClick={() => edit(action.id)}
                        aria-label={`${t('plan.editAction')}: ${action.description}`}
                        data-qa="action-edit"
                      >
                        {t('common:actions.edit')}
                      </Button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </RecordTable>
      )}
      {goal.actions.map((action) =>
        editing === action.id ? (
          <ActionForm
            key={`${action.id}-${action.version}`}
            clientId={goal.clientId}
            goalId={goal.id}
            action={action}
            stale={stale}
            onDone={close}
            onStale={markStale}
          />
        ) : null,
      )}
      {editing === 'new' ? <ActionForm clientId={goal.clientId} goalId={goal.id} onDone={close} /> : null}
      {canWrite && editing === null ? (
        <Button variant="secondary" onClick={() => edit('new')} data-qa="action-add">
          {t('plan.addAction')}
        </Button>
      ) : null}
    </Card>
  );
}

const Card = styled.article`
  margin-bottom: ${tokens.spacing.l};
  padding: ${tokens.spacing.m};
  border: 1px solid ${tokens.colors.depthLight1};
  background: ${tokens.colors.whiteBase};
`;
