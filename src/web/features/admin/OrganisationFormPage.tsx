import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { organisationRequest, type AdminOrganisation, type OrganisationRequest, type OrganisationType } from '../../../contract/admin';
import { apiPost, apiPut } from '../../api/client';
import { useFormErrors } from '../../api/form-errors';
import { sessionQueryKey } from '../../auth/session';
import { Button } from '../../components/Button';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { FieldGrid } from '../new-client/FormSection';
import { useMunicipalities } from '../new-client/queries';
import { AdminFrame } from './AdminFrame';
import type { FlashState } from './flash-notice';
import { useAdminLabels } from './labels';
import { adminKeys, useAdminOrganisations } from './queries';

/** /admin/organisations/new creates an organisation; /admin/organisations/:id edits one. */
export function OrganisationFormPage() {
  const { t } = useTranslation('admin');
  const { id } = useParams();
  const organisations = useAdminOrganisations();
  const existing = id ? organisations.data?.find((organisation) => organisation.id === id) : undefined;
  const title = id ? t('organisationForm.editTitle') : t('organisationForm.newTitle');

  if (id && !existing) {
    return (
      <AdminFrame title={title} data-qa="organisation-form-page">
        <ErrorBanner error={organisations.error} />
        {organisations.isPending ? <LoadingIndicator /> : null}
        {organisations.isSuccess ? <Paragraph>{t('organisationForm.notFound')}</Paragraph> : null}
      </AdminFrame>
    );
  }
  return (
    <AdminFrame title={title} data-qa="organisation-form-page">
      {existing ? null : <Paragraph mb="l">{t('organisationForm.newIntro')}</Paragraph>}
      <OrganisationForm key={existing?.id ?? 'new'} existing={existing} />
    </AdminFrame>
  );
}

type OrganisationFormValues = { name: string; type: OrganisationType | null; businessId: string; municipalityCode: string | null };

function OrganisationForm({ existing }: { existing: AdminOrganisation | undefined }) {
  const { t, i18n } = useTranslation('admin');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { typeOptions } = useAdminLabels();
  const municipalities = useMunicipalities();
  const form = useFormErrors();
  const [values, setValues] = useState<OrganisationFormValues>({
    name: existing?.name ?? '',
    type: existing?.type ?? null,
    businessId: existing?.businessId ?? '',
    municipalityCode: existing?.municipalityCode ?? null,
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

  const nameLanguage = i18n.language === 'sv' ? 'sv' : 'fi';
  const municipalityOptions = (municipalities.data?.items ?? [])
    .map((municipality) => ({ value: municipality.code, label: municipality.name[nameLanguage] }))
    .sort((first, second) => first.label.localeCompare(second.label, nameLanguage));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(organisationRequest, { ...values, type: values.type ?? undefined });
    if (body) save.mutate(body);
  };

  return (
    <>
      <ErrorBanner error={form.error ?? municipalities.error} />
      <form onSubmit={submit} noValidate data-qa="organisation-form">
        <FieldGrid>
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
          <SelectField
            labelText={t('organisationForm.municipality')}
            optional
            options={municipalityOptions}
            value={values.municipalityCode}
            onChange={(code) => set('municipalityCode', code)}
            error={form.fieldError('municipalityCode')}
            fullWidth
            data-qa="organisation-municipality"
          />
        </FieldGrid>
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
