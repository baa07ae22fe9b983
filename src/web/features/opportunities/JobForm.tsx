import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createJobRequest, updateJobRequest, type EmployerJob } from '../../../contract/opportunities';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { TextField } from '../../components/TextField';
import { FormPanel } from '../client/FormPanel';
import { useOpportunityMutation } from './queries';

type JobFormProps = { employerId: string; job?: EmployerJob; onDone: (job?: EmployerJob) => void };

/** A new existing job of the employer (its tasks are added next), or a job renamed. */
export function JobForm({ employerId, job, onDone }: JobFormProps) {
  const { t } = useTranslation(['opportunities', 'common']);
  const form = useFormErrors();
  const [title, setTitle] = useState(job?.title ?? '');
  const create = useOpportunityMutation<unknown, EmployerJob>('POST', `/api/employers/${employerId}/jobs`, {
    onSuccess: onDone,
    onError: form.showError,
  });
  const rename = useOpportunityMutation<unknown, EmployerJob>('PUT', `/api/jobs/${job?.id}`, {
    onSuccess: onDone,
    onError: form.showError,
  });

  const submit = () => {
    if (job) {
      const body = form.validate(updateJobRequest, { title });
      if (body) rename.mutate(body);
    } else {
      const body = form.validate(createJobRequest, { title, tasks: [] });
      if (body) create.mutate(body);
    }
  };

  return (
    <FormPanel title={job ? t('carving.renameJobTitle', { title: job.title }) : t('carving.newJob')} onSubmit={submit} data-qa="job-form">
      <ErrorBanner error={form.error} />
      <TextField labelText={t('carving.jobTitle')} value={title} onChange={setTitle} error={form.fieldError('title')} data-qa="job-title" />
      <FormActions>
        <Button type="submit" busy={create.isPending || rename.isPending} data-qa="job-submit">
          {t('common:actions.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone()} data-qa="job-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
