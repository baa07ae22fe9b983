import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Heading, Notification, Paragraph, RouterLink, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { Employer } from '../../../contract/employers';
import { createOpportunityRequest, updateOpportunityRequest, type EmployerJob, type Opportunity } from '../../../contract/opportunities';
import type { Municipality } from '../../../contract/reference';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { useMunicipalities } from '../client/queries';
import { DerivedRequirements } from './DerivedRequirements';
import { JobCard, type CarvingEdit } from './JobCard';
import { JobForm } from './JobForm';
import { emptyOpportunityValues, requestOf, valuesOf, type OpportunityFormValues, type SetValue } from './opportunity-form';
import { OpportunityFields } from './OpportunityFields';
import { useEmployerJobs, useEmployerSummary, useOpportunity, useOpportunityMutation } from './queries';

/**
 * The job carving editor (/employers/:employerId/job-carving, ?opportunity=<id> to re-carve one):
 * the employer's existing jobs described as tasks, tasks picked across jobs into a new role whose
 * requirements show live, and the role saved as a carved opportunity (a hidden job by default).
 */
export function JobCarvingPage() {
  const { t } = useTranslation('opportunities');
  const employerId = useParams().employerId ?? '';
  const opportunityId = useSearchParams()[0].get('opportunity') ?? '';
  const employer = useEmployerSummary(employerId);
  const jobs = useEmployerJobs(employerId);
  const municipalities = useMunicipalities();
  const opportunity = useOpportunity(opportunityId);
  const error = employer.error ?? jobs.error ?? municipalities.error ?? (opportunityId ? opportunity.error : null);
  const ready = employer.data && jobs.data && municipalities.data && (!opportunityId || opportunity.data);
  const heading = opportunity.data
    ? t('carving.editTitle', { title: opportunity.data.title })
    : t('carving.title', { employer: employer.data?.name ?? '' });

  return (
    <div data-qa="job-carving-page">
      <PageHeading>{heading}</PageHeading>
      <ErrorBanner error={error} messages={{ not_found: t('page.notFound'), validation: t('page.notFound') }} />
      {ready ? (
        <CarvingEditor
          key={opportunityId}
          employer={employer.data}
          jobs={jobs.data.items}
          municipalities={municipalities.data.items}
          opportunity={opportunityId ? opportunity.data : undefined}
        />
      ) : error ? null : (
        <LoadingIndicator />
      )}
    </div>
  );
}

type CarvingEditorProps = {
  employer: Employer;
  jobs: readonly EmployerJob[];
  municipalities: readonly Municipality[];
  opportunity?: Opportunity;
};

function CarvingEditor({ employer, jobs, municipalities, opportunity }: CarvingEditorProps) {
  const { t } = useTranslation(['opportunities', 'common']);
  const navigate = useNavigate();
  const form = useFormErrors();
  const [picked, setPicked] = useState<string[]>(() => opportunity?.taskIds ?? []);
  const [editing, setEditing] = useState<CarvingEdit>(null);
  const [noTasksPicked, setNoTasksPicked] = useState(false);
  const [values, setValues] = useState<OpportunityFormValues>(() =>
    opportunity ? valuesOf(opportunity, municipalities) : emptyOpportunityValues('hidden_job'),
  );
  const set: SetValue = (key, value) => setValues((current) => ({ ...current, [key]: value }));
  const tasks = jobs.flatMap((job) => job.tasks);
  const pickedTasks = picked.flatMap((taskId) => tasks.filter((task) => task.id === taskId));
  const pick = (taskId: string, checked: boolean) => {
    setNoTasksPicked(false);
    setPicked((current) => (checked ? [...current.filter((id) => id !== taskId), taskId] : current.filter((id) => id !== taskId)));
  };

  const done = (saved: Opportunity) => void navigate(`/opportunities/${saved.id}`);
  const create = useOpportunityMutation<unknown, Opportunity>('POST', `/api/employers/${employer.id}/opportunities`, {
    onSuccess: done,
    onError: form.showError,
  });
  const update = useOpportunityMutation<unknown, Opportunity>('PUT', `/api/opportunities/${opportunity?.id}`, {
    onSuccess: done,
    onError: form.showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Without tasks the role would be an ordinary opportunity: that is made with the other form.
    setNoTasksPicked(pickedTasks.length === 0);
    if (pickedTasks.length === 0) return;
    const request = requestOf(
      values,
      municipalities,
      pickedTasks.map((task) => task.id),
    );
    if (opportunity) {
      const body = form.validate(updateOpportunityRequest, { ...request, version: opportunity.version });
      if (body) update.mutate(body);
    } else {
      const body = form.validate(createOpportunityRequest, request);
      if (body) create.mutate(body);
    }
  };

  return (
    <>
      <Paragraph mb="s">{t('carving.intro')}</Paragraph>
      <Paragraph mb="l">
        {t('page.employer')}:{' '}
        <RouterLink asComponent={Link} to={`/employers/${employer.id}`}>
          {employer.name}
        </RouterLink>
      </Paragraph>
      <Columns>
        <section aria-labelledby="carving-jobs-heading" data-qa="carving-jobs">
          <Heading variant="h2" id="carving-jobs-heading" mb="m">
            {t('carving.jobs')}
          </Heading>
          {jobs.length === 0 ? <Paragraph mb="m">{t('carving.noJobs')}</Paragraph> : null}
          {jobs.map((job) => (
            <JobCard key={job.id} job={job} picked={picked} onPick={pick} editing={editing} setEditing={setEditing} />
          ))}
          {editing?.kind === 'new-job' ? <JobForm employerId={employer.id} onDone={() => setEditing(null)} /> : null}
          {editing === null ? (
            <Button onClick={() => setEditing({ kind: 'new-job' })} data-qa="job-add">
              {t('carving.addJob')}
            </Button>
          ) : null}
        </section>
        <Aside>
          <DerivedRequirements tasks={pickedTasks} />
        </Aside>
      </Columns>
      <ErrorBanner error={form.error} />
      <div role="alert">
        {noTasksPicked ? (
          <Notification status="error" showCloseButton={false} mb="m">
            {t('carving.derived.noTasks')}
          </Notification>
        ) : null}
      </div>
      <form onSubmit={submit} noValidate aria-label={t('carving.role')} data-qa="carving-form">
        <OpportunityFields
          values={values}
          set={set}
          fieldError={form.fieldError}
          workplaces={employer.workplaces}
          municipalities={municipalities}
          carved
        />
        <FormActions>
          <Button type="submit" busy={create.isPending || update.isPending} data-qa="carving-submit">
            {t('carving.save')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => void navigate(opportunity ? `/opportunities/${opportunity.id}` : `/employers/${employer.id}`)}
          >
            {t('common:actions.cancel')}
          </Button>
        </FormActions>
      </form>
    </>
  );
}

const Columns = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 2fr) minmax(260px, 1fr);
  gap: ${tokens.spacing.l};
  align-items: start;
  margin-bottom: ${tokens.spacing.xl};

  @media (max-width: 900px) {
    grid-template-columns: minmax(0, 1fr);
  }
`;

const Aside = styled.div`
  position: sticky;
  top: ${tokens.spacing.m};
`;
