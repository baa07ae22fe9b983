import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateEmployerRequest, type Employer } from '../../../../contract/employers';
import { useFormErrors } from '../../../api/form-errors';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormActions } from '../../../components/FormActions';
import { FormPanel } from '../../client/FormPanel';
import { employerFormOf, type EmployerFormValues, type SetEmployerValue } from '../employer-form';
import { EmployerFormFields } from '../EmployerFormFields';
import { isDuplicateBusinessId } from '../NewEmployerPage';
import { useEmployerMutation } from '../queries';

/** The profile in place, saved with the version it was read at: a change made meanwhile by someone else answers "stale". */
export function EmployerEditForm({ employer, onDone }: { employer: Employer; onDone: () => void }) {
  const { t } = useTranslation(['employers', 'common']);
  const form = useFormErrors();
  const [values, setValues] = useState<EmployerFormValues>(() => employerFormOf(employer));
  const save = useEmployerMutation('PUT', `/api/employers/${employer.id}`, { onSuccess: onDone, onError: form.showError });
  const set: SetEmployerValue = (name, value) => setValues((current) => ({ ...current, [name]: value }));
  const duplicate = isDuplicateBusinessId(form.error);
  const fieldError = (path: string) => (path === 'businessId' && duplicate ? t('form.duplicateBusinessId') : form.fieldError(path));

  const submit = () => {
    const body = form.validate(updateEmployerRequest, { ...values, version: employer.version });
    if (body) save.mutate(body);
  };

  return (
    <FormPanel title={t('form.editTitle')} onSubmit={submit} data-qa="employer-edit-form">
      <ErrorBanner error={form.error} messages={duplicate ? { conflict: t('form.duplicateBusinessId') } : undefined} />
      <EmployerFormFields values={values} set={set} fieldError={fieldError} groupHeading="h4" />
      <FormActions>
        <Button type="submit" busy={save.isPending} data-qa="employer-edit-submit">
          {t('form.save')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-qa="employer-edit-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
