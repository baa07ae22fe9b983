import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { createGoalRequest, goalStatuses, updateGoalRequest, type PlanGoal } from '../../../../contract/plans';
import { useFormErrors } from '../../../api/form-errors';
import { Button } from '../../../components/Button';
import { DateField } from '../../../components/DateField';
import { DropdownField } from '../../../components/DropdownField';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormActions } from '../../../components/FormActions';
import { Notice } from '../../../components/Notice';
import { TextField } from '../../../components/TextField';
import { FieldRow } from '../FieldRow';
import { emptyToNull, isStaleVersion, optionsOf } from '../form-helpers';
import { FormPanel } from '../FormPanel';
import { useClientMutation } from '../queries';

type GoalFormProps = { clientId: string; goal?: PlanGoal; onDone: () => void; stale?: boolean; onStale?: () => void };

/** A new goal, or an existing one's title, target date and status (saved against the version it showed). */
export function GoalForm({ clientId, goal, onDone, stale, onStale }: GoalFormProps) {
  const { t } = useTranslation(['client', 'common']);
  const form = useFormErrors();
  const [title, setTitle] = useState(goal?.title ?? '');
  const [targetDate, setTargetDate] = useState(goal?.targetDate ?? '');
  const [status, setStatus] = useState<(typeof goalStatuses)[number]>(goal?.status ?? 'open');
  const create = useClientMutation<z.input<typeof createGoalRequest>>(clientId, 'POST', `/api/clients/${clientId}/plan/goals`, {
    onSuccess: onDone,
    onError: form.showError,
  });
  const update = useClientMutation<z.input<typeof updateGoalRequest>>(clientId, 'PUT', `/api/plan/goals/${goal?.id ?? ''}`, {
    onSuccess: onDone,
    onError: (error) => (onStale && isStaleVersion(error) ? onStale() : form.showError(error)),
  });

  const submit = () => {
    const values = { title, targetDate: emptyToNull(targetDate) };
    if (goal) {
      const body = form.validate(updateGoalRequest, { ...values, status, version: goal.version });
      if (body) update.mutate(body);
    } else {
      const body = form.validate(createGoalRequest, values);
      if (body) create.mutate(body);
    }
  };

  return (
    <FormPanel title={goal ? t('plan.editGoalTitle') : t('plan.addGoal')} onSubmit={submit} data-qa="goal-form">
      {stale ? <Notice data-qa="goal-stale">{t('staleRecord')}</Notice> : null}
      <ErrorBanner error={form.error} />
      <TextField
        labelText={t('plan.goal')}
        fullWidth
        value={title}
        onChange={setTitle}
        error={form.fieldError('title')}
        data-qa="goal-title"
      />
      <FieldRow>
        <DateField
          labelText={t('plan.targetDate')}
          optional
          value={targetDate}
          onChange={setTargetDate}
          error={form.fieldError('targetDate')}
          data-qa="goal-target-date"
        />
        {goal ? (
          <DropdownField
            labelText={t('plan.status')}
            options={optionsOf(goalStatuses, (value) => t(`labels.goalStatus.${value}`))}
            value={status}
            onChange={setStatus}
            error={form.fieldError('status')}
            data-qa="goal-status"
          />
        ) : null}
      </FieldRow>
      <FormActions>
        <Button type="submit" busy={create.isPending || update.isPending} data-qa="goal-submit">
          {t('common:actions.save')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-qa="goal-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
