import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { z } from 'zod';
import { createClientRequest, type Client } from '../../../contract/clients';
import { ApiRequestError, apiPost } from '../../api/client';
import { useFormErrors } from '../../api/form-errors';
import { useSession } from '../../auth/session';
import { Button } from '../../components/Button';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { caseloadKeys, useCaseworkers } from '../caseload/queries';
import { clientRequestOf, emptyClientForm, type ClientFormValues, type SetClientValue } from './client-form';
import { ContactFields } from './ContactFields';
import { FieldGrid, FormSection } from './FormSection';
import { PersonFields } from './PersonFields';
import { ProfileFields } from './ProfileFields';
import { useMunicipalities } from './queries';

/** A new job seeker, checked with the same schema as the API; saved, the user lands on the client's page. */
export function NewClientPage() {
  const { t } = useTranslation('newClient');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  const caseworkers = useCaseworkers();
  const municipalities = useMunicipalities();
  const form = useFormErrors();
  const [values, setValues] = useState<ClientFormValues>(() => emptyClientForm(session?.user.id ?? null));
  const create = useMutation({
    mutationFn: (body: z.infer<typeof createClientRequest>) => apiPost<Client>('/api/clients', body),
    onSuccess: (client) => {
      void queryClient.invalidateQueries({ queryKey: caseloadKeys.lists });
      void navigate(`/clients/${client.id}`);
    },
    onError: form.showError,
  });

  const set: SetClientValue = (name, value) => setValues((current) => ({ ...current, [name]: value }));

  const duplicate =
    form.error instanceof ApiRequestError &&
    form.error.fields.some((field) => field.path === 'identityCode' && field.code === 'already_exists');
  const fieldError = (path: string) => (path === 'identityCode' && duplicate ? t('duplicateIdentityCode') : form.fieldError(path));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(createClientRequest, clientRequestOf(values));
    if (body) create.mutate(body);
  };

  const coachOptions = (caseworkers.data ?? []).map((member) => ({ value: member.id, label: member.name }));
  const fieldProps = { values, set, fieldError };

  return (
    <div data-qa="new-client-page">
      <PageHeading>{t('title')}</PageHeading>
      <Paragraph mb="l">{t('intro')}</Paragraph>
      <ErrorBanner
        error={form.error ?? municipalities.error ?? caseworkers.error}
        messages={duplicate ? { conflict: t('duplicateIdentityCode') } : undefined}
      />
      <Form onSubmit={submit} noValidate data-qa="new-client-form">
        <FormSection title={t('sections.person')}>
          <PersonFields {...fieldProps} />
        </FormSection>
        <FormSection title={t('sections.contact')}>
          <ContactFields {...fieldProps} />
        </FormSection>
        <ProfileFields {...fieldProps} />
        <FormSection title={t('sections.responsibility')}>
          <FieldGrid>
            <DropdownField
              labelText={t('fields.responsibleCoach')}
              hintText={t('fields.responsibleCoachHint')}
              options={coachOptions}
              value={values.responsibleUserId}
              onChange={(value) => set('responsibleUserId', value)}
              error={fieldError('responsibleUserId')}
              fullWidth
              data-qa="client-responsible-coach"
            />
          </FieldGrid>
        </FormSection>
        <FormActions>
          <Button type="submit" busy={create.isPending} data-qa="new-client-submit">
            {t('submit')}
          </Button>
          <Button variant="secondary" onClick={() => void navigate('/')} disabled={create.isPending} data-qa="new-client-cancel">
            {t('cancel')}
          </Button>
        </FormActions>
      </Form>
    </div>
  );
}

const Form = styled.form`
  max-width: 720px;
`;
