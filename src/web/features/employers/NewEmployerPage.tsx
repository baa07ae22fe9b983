import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import styled from 'styled-components';
import { createEmployerRequest, type Employer } from '../../../contract/employers';
import { ApiRequestError } from '../../api/client';
import { useFormErrors } from '../../api/form-errors';
import { useSession } from '../../auth/session';
import { Button } from '../../components/Button';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { emptyEmployerForm, type EmployerFormValues, type SetEmployerValue } from './employer-form';
import { EmployerFormFields } from './EmployerFormFields';
import { employerWorkRoles, useOrganisationsWithRole } from './organisation-choice';
import { useEmployerMutation } from './queries';

/** The business ID taken by another employer of the register: the field says so in words of its own. */
export function isDuplicateBusinessId(error: unknown): boolean {
  return error instanceof ApiRequestError && error.fields.some((field) => field.path === 'businessId' && field.code === 'already_exists');
}

/** A new employer, checked with the same schema as the API; saved, the user lands on the employer's page. */
export function NewEmployerPage() {
  const { t } = useTranslation('employers');
  const navigate = useNavigate();
  const { data: session } = useSession();
  const organisations = useOrganisationsWithRole(employerWorkRoles);
  const form = useFormErrors();
  const [values, setValues] = useState<EmployerFormValues>(() => emptyEmployerForm(session?.user.id ?? null));
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const create = useEmployerMutation<unknown, Employer>('POST', '/api/employers', {
    onSuccess: (employer) => void navigate(`/employers/${employer.id}`),
    onError: form.showError,
  });

  const set: SetEmployerValue = (name, value) => setValues((current) => ({ ...current, [name]: value }));
  const duplicate = isDuplicateBusinessId(form.error);
  const fieldError = (path: string) => (path === 'businessId' && duplicate ? t('form.duplicateBusinessId') : form.fieldError(path));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(createEmployerRequest, { ...values, organisationId: organisationId ?? undefined });
    if (body) create.mutate(body);
  };

  return (
    <div data-qa="new-employer-page">
      <PageHeading>{t('form.newTitle')}</PageHeading>
      <Paragraph mb="l">{t('form.newIntro')}</Paragraph>
      <ErrorBanner error={form.error} messages={duplicate ? { conflict: t('form.duplicateBusinessId') } : undefined} />
      <Form onSubmit={submit} noValidate data-qa="new-employer-form">
        {organisations.length > 1 ? (
          <DropdownField
            labelText={t('form.organisation')}
            options={organisations}
            value={organisationId}
            onChange={setOrganisationId}
            error={form.fieldError('organisationId')}
            data-qa="employer-organisation"
          />
        ) : null}
        <EmployerFormFields values={values} set={set} fieldError={fieldError} groupHeading="h2" />
        <FormActions>
          <Button type="submit" busy={create.isPending} data-qa="new-employer-submit">
            {t('form.submit')}
          </Button>
          <Button variant="secondary" onClick={() => void navigate('/employers')} disabled={create.isPending} data-qa="new-employer-cancel">
            {t('form.cancel')}
          </Button>
        </FormActions>
      </Form>
    </div>
  );
}

const Form = styled.form`
  max-width: 720px;
`;
