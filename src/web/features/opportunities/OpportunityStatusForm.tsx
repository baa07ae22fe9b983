import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  opportunityStatusRequest,
  opportunityTransitions,
  type Opportunity,
  type OpportunityStatus,
} from '../../../contract/opportunities';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { optionsOf } from '../client/form-helpers';
import { FormPanel } from '../client/FormPanel';
import { useOpportunityMutation } from './queries';

/** Offers only the statuses the opportunity may move to next, as the contract lists them. */
export function OpportunityStatusForm({ opportunity, onDone }: { opportunity: Opportunity; onDone: () => void }) {
  const { t } = useTranslation(['opportunities', 'common']);
  const form = useFormErrors();
  const allowed = opportunityTransitions[opportunity.status];
  const [status, setStatus] = useState<OpportunityStatus | null>(allowed[0] ?? null);
  const change = useOpportunityMutation('POST', `/api/opportunities/${opportunity.id}/status`, {
    onSuccess: onDone,
    onError: form.showError,
  });

  const submit = () => {
    const body = form.validate(opportunityStatusRequest, { status, version: opportunity.version });
    if (body) change.mutate(body);
  };

  return (
    <FormPanel title={t('status.title')} onSubmit={submit} data-qa="opportunity-status-form">
      <ErrorBanner error={form.error} />
      <DropdownField
        labelText={t('status.newStatus')}
        options={optionsOf(allowed, (value) => t(`labels.status.${value}`))}
        value={status}
        onChange={setStatus}
        error={form.fieldError('status')}
        data-qa="opportunity-new-status"
      />
      <FormActions>
        <Button type="submit" busy={change.isPending} data-qa="opportunity-status-submit">
          {t('common:actions.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
