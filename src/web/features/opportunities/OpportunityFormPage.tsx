import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { createOpportunityRequest, updateOpportunityRequest, type Opportunity } from '../../../contract/opportunities';
import type { Employer } from '../../../contract/employers';
import type { Municipality } from '../../../contract/reference';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { useMunicipalities } from '../client/queries';
import { emptyOpportunityValues, requestOf, valuesOf, type OpportunityFormValues, type SetValue } from './opportunity-form';
import { OpportunityFields } from './OpportunityFields';
import { useEmployerSummary, useOpportunity, useOpportunityMutation } from './queries';

/**
 * A new opportunity of an employer (/employers/:employerId/opportunities/new) or an existing one
 * edited (/opportunities/:id/edit). Saved, the user lands on the opportunity's page.
 */
export function OpportunityFormPage() {
  const { t } = useTranslation('opportunities');
  const params = useParams();
  const opportunity = useOpportunity(params.id ?? '');
  const editing = params.id !== undefined;
  const employerId = editing ? opportunity.data?.employerId : params.employerId;
  const employer = useEmployerSummary(employerId ?? '');
  const municipalities = useMunicipalities();
  const ready = employer.data && municipalities.data && (!editing || opportunity.data);

  return (
    <div data-qa="opportunity-form-page">
      <PageHeading>{editing ? t('form.editTitle') : t('form.newTitle')}</PageHeading>
      <ErrorBanner
        error={(editing ? opportunity.error : null) ?? employer.error ?? municipalities.error}
        messages={{ not_found: t('page.notFound'), validation: t('page.notFound') }}
      />
      {ready ? (
        <OpportunityForm
          employer={employer.data}
          municipalities={municipalities.data.items}
          opportunity={editing ? opportunity.data : undefined}
        />
      ) : employer.error || opportunity.error ? null : (
        <LoadingIndicator />
      )}
    </div>
  );
}

type OpportunityFormProps = { employer: Employer; municipalities: readonly Municipality[]; opportunity?: Opportunity };

function OpportunityForm({ employer, municipalities, opportunity }: OpportunityFormProps) {
  const { t } = useTranslation(['opportunities', 'common']);
  const navigate = useNavigate();
  const form = useFormErrors();
  const [values, setValues] = useState<OpportunityFormValues>(() =>
    opportunity ? valuesOf(opportunity, municipalities) : emptyOpportunityValues(),
  );
  const set: SetValue = (key, value) => setValues((current) => ({ ...current, [key]: value }));
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
    const request = requestOf(values, municipalities, opportunity?.taskIds ?? []);
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
      <Paragraph mb="l">
        {t('page.employer')}:{' '}
        <RouterLink asComponent={Link} to={`/employers/${employer.id}`} data-qa="opportunity-form-employer">
          {employer.name}
        </RouterLink>
      </Paragraph>
      <ErrorBanner error={form.error} />
      <form onSubmit={submit} noValidate data-qa="opportunity-form">
        <OpportunityFields
          values={values}
          set={set}
          fieldError={form.fieldError}
          workplaces={employer.workplaces}
          municipalities={municipalities}
          carved={(opportunity?.taskIds.length ?? 0) > 0}
        />
        <FormActions>
          <Button type="submit" busy={create.isPending || update.isPending} data-qa="opportunity-submit">
            {opportunity ? t('common:actions.save') : t('form.create')}
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
