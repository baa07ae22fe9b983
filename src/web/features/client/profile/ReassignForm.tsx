import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { reassignRequest, type Client } from '../../../../contract/clients';
import { useFormErrors } from '../../../api/form-errors';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormActions } from '../../../components/FormActions';
import { SelectField } from '../../../components/SelectField';
import { FormPanel } from '../FormPanel';
import { useClientMutation, useStaff } from '../queries';

/** Team leads move a client to another personal coach; the client follows the coach into their team. */
export function ReassignForm({ client, onDone }: { client: Client; onDone: () => void }) {
  const { t } = useTranslation(['client', 'common']);
  const form = useFormErrors();
  const coaches = useStaff('coach');
  const [coachId, setCoachId] = useState<string | null>(client.responsibleUserId);
  const reassign = useClientMutation<z.input<typeof reassignRequest>>(client.id, 'POST', `/api/clients/${client.id}/reassign`, {
    onSuccess: onDone,
    onError: form.showError,
  });
  const options = (coaches.data?.items ?? []).map((coach) => ({
    value: coach.id,
    label: coach.team ? `${coach.name} (${coach.team.name})` : coach.name,
  }));

  const submit = () => {
    const coach = coaches.data?.items.find((candidate) => candidate.id === coachId);
    const body = form.validate(reassignRequest, { responsibleUserId: coachId ?? '', teamId: coach?.team?.id ?? null });
    if (body) reassign.mutate(body);
  };

  return (
    <FormPanel title={t('reassign.title')} onSubmit={submit} data-qa="reassign-form">
      <ErrorBanner error={form.error ?? coaches.error} />
      <SelectField
        labelText={t('reassign.coach')}
        hintText={t('reassign.coachHint')}
        options={options}
        value={coachId}
        onChange={setCoachId}
        error={form.fieldError('responsibleUserId')}
        data-qa="reassign-coach"
      />
      <FormActions>
        <Button type="submit" busy={reassign.isPending} data-qa="reassign-submit">
          {t('reassign.submit')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-qa="reassign-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
