import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { organisationRequest, type AdminOrganisation, type OrganisationRequest, type OrganisationType } from '../../../contract/admin';
import type { Municipality } from '../../../contract/reference';
import { apiPost, apiPut } from '../../api/client';
import { useFormErrors } from '../../api/form-errors';
import { sessionQueryKey } from '../../auth/session';
import { Button } from '../../components/Button';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { TextField } from '../../components/TextField';
import { municipalityName } from '../client/municipality-name';
import { useMunicipalities } from '../new-client/queries';
import { AdminFrame } from './AdminFrame';
import type { FlashState } from './flash-notice';
import { FormColumn } from './FormColumn';
import { MunicipalityField, municipalityCodeOf } from './MunicipalityField';
import { useAdminLabels } from './labels';
import { adminKeys, useAdminOrganisations } from './queries';

/** /admin/organisations/new creates an organisation; /admin/organisations/:id edits one. */
export function OrganisationFormPage() {
  const { t } = useTranslation('admin');
  const { id } = useParams();
  const organisations = useAdminOrganisations();
  const municipalities = useMunicipalities();
  const existing = id ? organisations.data?.find((organisation) => organisation.id === id) : undefined;
  const title = id ? t('organisationForm.editTitle') : t('organisationForm.newTitle');
  // The form starts from the organisation's municipality by name, so both lists must be in.
  const ready = organisations.isSuccess && municipalities.isSuccess;

  return (
    <AdminFrame title={title} data-qa="organisation-form-page">
      {id ? null : <Paragraph mb="l">{t('organisationForm.newIntro')}</Paragraph>}
      <ErrorBanner error={organisations.error ?? municipalities.error} />
      {organisations.isPending || municipalities.isPending ? <LoadingIndicator /> : null}
      {ready && id && !existing ? <Paragraph>{t('organisationForm.notFound')}</Paragraph> : null}
      {ready && (existing || !id) ? (
        <OrganisationForm key={existing?.id ?? 'new'} existing={existing} municipalities={municipalities.data.items} />
      ) : null}
    </AdminFrame>
  );
}

type OrganisationFormValues = { name: string; type: OrganisationType | null; businessId: string; municipality: string };

type OrganisationFormProps = { existing: AdminOrganisation | undefined; municipalities: readonly Municipality[] };

function OrganisationForm({ existing, municipalities }: OrganisationFormProps) {
  const { t, i18n } = useTranslation('admin');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { typeOptions } = useAdminLabels();
  const form = useFormErrors();
  const [values, setValues] = useState<OrganisationFormValues>({
    name: existing?.name ?? '',
    type: existing?.type ?? null,
    businessId: existing?.businessId ?? '',
    municipality: existing?.municipalityCode ? municipalityName(municipalities, existing.municipalityCode, i18n.language) : '',
  });
  const set = <Name extends keyof OrganisationFormValues>(name: Name, value: OrganisationFormValues[Name]) =>
    setValues((current) => ({ ...current, [name]: value }));

  const save = useMutation({
    mutationFn: (body: OrganisationRequest) =>
      existing
        ? apiPut<AdminOrganisation>(`/api/admin/organisations/${existing.id}`, body)
        : apiPost<AdminOrganisation>('/api/admin/organisations', body),
    onSuccess: (organisation) => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.all });
      // The creator becomes the new organisation's admin: their session now has one more membership.
      if (!existing) void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      const notice = existing
        ? t('organisations.updated', { name: organisation.name })
        : t('organisations.created', { name: organisation.name });
      const state: FlashState = { notice };
      void navigate('/admin/organisations', { state });
    },
    onError: form.showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { municipality, ...fields } = values;
    const body = form.validate(organisationRequest, {
      ...fields,
      type: values.type ?? undefined,
      municipalityCode: municipalityCodeOf(municipality, municipalities),
    });
    if (body) save.mutate(body);
  };

  return (
    <>
      <ErrorBanner error={form.error} />
      <form onSubmit={submit} noValidate data-qa="organisation-form">
        <FormColumn>
          <TextField
            labelText={t('organisationForm.name')}
            value={values.name}
            onChange={(name) => set('name', name)}
            error={form.fieldError('name')}
            fullWidth
            data-qa="organisation-name"
          />
          <DropdownField
            labelText={t('organisationForm.type')}
            options={typeOptions}
            value={values.type}
            onChange={(type) => set('type', type)}
            error={form.fieldError('type')}
            fullWidth
            data-qa="organisation-type"
          />
          <TextField
            labelText={t('organisationForm.businessId')}
            hintText={t('organisationForm.businessIdHint')}
            optional
            value={values.businessId}
            onChange={(businessId) => set('businessId', businessId)}
            error={form.fieldError('businessId')}
            fullWidth
            data-qa="organisation-business-id"
          />
          <MunicipalityField
            labelText={t('organisationForm.municipality')}
            hintText={t('organisationForm.municipalityHint')}
            municipalities={municipalities}
            value={values.municipality}
            onChange={(municipality) => set('municipality', municipality)}
            error={form.fieldError('municipalityCode')}
            data-qa="organisation-municipality"
          />
        </FormColumn>
        <FormActions>
          <Button type="submit" busy={save.isPending} data-qa="organisation-submit">
            {existing ? t('organisationForm.submitEdit') : t('organisationForm.submitNew')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => void navigate('/admin/organisations')}
            disabled={save.isPending}
            data-qa="organisation-cancel"
          >
            {t('organisationForm.cancel')}
          </Button>
        </FormActions>
      </form>
    </>
  );
}
