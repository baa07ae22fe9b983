import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { actionOwners, actionStatuses, createActionRequest, updateActionRequest, type PlanAction } from '../../../../contract/plans';
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

type ActionFormProps = { clientId: string; goalId: string; action?: PlanAction; onDone: () => void; stale?: boolean; onStale?: () => void };

/** Who does what by when; an existing step can also change status (done, cancelled), saved against the version it showed. */
export function ActionForm({ clientId, goalId, action, onDone, stale, onStale }: ActionFormProps) {
  const { t } = useTranslation(['client', 'common']);
  const form = useFormErrors();
  const [description, setDescription] = useState(action?.description ?? '');
  const [owner, setOwner] = useState<(typeof actionOwners)[number]>(action?.owner ?? 'client');
  const [dueDate, setDueDate] = useState(action?.dueDate ?? '');
  const [status, setStatus] = useState<(typeof actionStatuses)[number]>(action?.status ?? 'todo');
  const create = useClientMutation<z.input<typeof createActionRequest>>(clientId, 'POST', `/api/plan/goals/${goalId}/actions`, {
    onSuccess: onDone,
    onError: form.showError,
  });
  const update = useClientMutation<z.input<typeof updateActionRequest>>(clientId, 'PUT', `/api/plan/actions/${action?.id ?? ''}`, {
    onSuccess: onDone,
    onError: (error) => (onStale && isStaleVersion(error) ? onStale() : form.showError(error)),
  });

  const submit = () => {
    const values = { description, owner, dueDate: emptyToNull(dueDate) };
    if (action) {
      const body = form.validate(updateActionRequest, { ...values, status, version: action.version });
      if (body) update.mutate(body);
    } else {
      const body = form.validate(createActionRequest, values);
      if (body) create.mutate(body);
    }
  };

  return (
    <FormPanel title={action ? t('plan.editActionTitle') : t('plan.actionTitle')} onSubmit={submit} data-qa="action-form">
      {stale ? <Notice data-qa="action-stale">{t('staleRecord')}</Notice> : null}
      <ErrorBanner error={form.error} />
      <TextField
        labelText={t('plan.description')}
        fullWidth
        value={description}
        onChange={setDescription}
        error={form.fieldError('description')}
        data-qa="action-description"
      />
      <FieldRow>
        <DropdownField
          labelText={t('plan.owner')}
          options={optionsOf(actionOwners, (value) => t(`labels.actionOwner.${value}`))}
          value={owner}
          onChange={setOwner}
          error={form.fieldError('owner')}
          data-qa="action-owner"
        />
        <DateField
          labelText={t('plan.dueDate')}
          optional
          value={dueDate}
          onChange={setDueDate}
          error={form.fieldError('dueDate')}
          data-qa="action-due-date"
        />
        {action ? (
          <DropdownField
            labelText={t('plan.status')}
            options={optionsOf(actionStatuses, (value) => t(`labels.actionStatus.${value}`))}
            value={status}
            onChange={setStatus}
            error={form.fieldError('status')}
            data-qa="action-status"
          />
        ) : null}
      </FieldRow>
      <FormActions>
        <Button type="submit" busy={create.isPending || update.isPending} data-qa="action-submit">
          {t('common:actions.save')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-qa="action-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
