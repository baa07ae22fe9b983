import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { Checkbox, CheckboxGroup, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { createProgrammeRequest } from '../../../contract/admin';
import type { Programme } from '../../../contract/programmes';
import { apiPost, apiPut } from '../../api/client';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { TextField } from '../../components/TextField';
import { isLanguage } from '../../i18n/languages';
import { caseloadKeys, useProgrammes, type ProgrammeWithModel } from '../caseload/queries';
import { AdminFrame } from './AdminFrame';
import type { FlashState } from './flash-notice';
import { FormColumn } from './FormColumn';
import { useAdminOrganisations, useProcessModels } from './queries';

/** The usual follow-up points; a programme's own other months are offered as well. */
const commonFollowUpMonths = [1, 3, 6, 9, 12, 18, 24, 36];

/** /admin/programmes/new creates a programme; /admin/programmes/:id edits one. */
export function ProgrammeFormPage() {
  const { t } = useTranslation('admin');
  const { id } = useParams();
  const programmes = useProgrammes();
  const existing = id ? programmes.data?.items.find((programme) => programme.id === id) : undefined;
  const title = id ? t('programmeForm.editTitle') : t('programmeForm.newTitle');
  return (
    <AdminFrame title={title} data-qa="programme-form-page">
      {id && !existing ? (
        <>
          <ErrorBanner error={programmes.error} />
          {programmes.isPending ? <LoadingIndicator /> : null}
          {programmes.isSuccess ? <Paragraph>{t('programmeForm.notFound')}</Paragraph> : null}
        </>
      ) : (
        <ProgrammeForm key={existing?.id ?? 'new'} existing={existing} />
      )}
    </AdminFrame>
  );
}

type ProgrammeFormValues = {
  name: string;
  fundingCode: string;
  organisationId: string | null;
  processModelId: string | null;
  followUpMonths: number[];
  active: boolean;
  esfFunded: boolean;
};

function ProgrammeForm({ existing }: { existing: ProgrammeWithModel | undefined }) {
  const { t, i18n } = useTranslation('admin');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const organisations = useAdminOrganisations();
  const processModels = useProcessModels();
  const form = useFormErrors();
  const [values, setValues] = useState<ProgrammeFormValues>({
    name: existing?.name ?? '',
    fundingCode: existing?.fundingCode ?? '',
    organisationId: existing?.organisationId ?? null,
    processModelId: existing?.processModelId ?? null,
    followUpMonths: existing?.followUpMonths ?? [3, 6],
    active: existing?.active ?? true,
    esfFunded: existing?.esfFunded ?? false,
  });
  const set = <Name extends keyof ProgrammeFormValues>(name: Name, value: ProgrammeFormValues[Name]) =>
    setValues((current) => ({ ...current, [name]: value }));

  const save = useMutation({
    mutationFn: (body: unknown) =>
      existing ? apiPut<Programme>(`/api/admin/programmes/${existing.id}`, body) : apiPost<Programme>('/api/admin/programmes', body),
    onSuccess: (programme) => {
      void queryClient.invalidateQueries({ queryKey: caseloadKeys.programmes });
      const notice = existing ? t('programmes.updated', { name: programme.name }) : t('programmes.created', { name: programme.name });
      const state: FlashState = { notice };
      void navigate('/admin/programmes', { state });
    },
    onError: form.showError,
  });

  // An admin of one organisation has nothing to choose; the API then uses that organisation.
  const organisationChoices = existing ? [] : (organisations.data ?? []);
  const monthOptions = [...new Set([...commonFollowUpMonths, ...values.followUpMonths])].sort((first, second) => first - second);
  const toggleMonth = (month: number, checked: boolean) =>
    set(
      'followUpMonths',
      checked
        ? [...values.followUpMonths, month].sort((first, second) => first - second)
        : values.followUpMonths.filter((chosen) => chosen !== month),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { organisationId, ...fields } = values;
    const input = {
      ...fields,
      processModelId: values.processModelId ?? undefined,
      ...(existing ? {} : { organisationId: organisationId ?? undefined }),
    };
    const body = form.validate(createProgrammeRequest, input);
    if (body) save.mutate(body);
  };

  // Checkboxes can only go wrong by choosing too many.
  const followUpError = form.fieldError('followUpMonths') ? t('programmeForm.tooManyMonths') : undefined;
  return (
    <>
      <ErrorBanner error={form.error ?? processModels.error ?? organisations.error} />
      <form onSubmit={submit} noValidate data-qa="programme-form">
        <FormColumn>
          <TextField
            labelText={t('programmeForm.name')}
            value={values.name}
            onChange={(name) => set('name', name)}
            error={form.fieldError('name')}
            fullWidth
            data-qa="programme-name"
          />
          <TextField
            labelText={t('programmeForm.fundingCode')}
            hintText={t('programmeForm.fundingCodeHint')}
            optional
            value={values.fundingCode}
            onChange={(fundingCode) => set('fundingCode', fundingCode)}
            error={form.fieldError('fundingCode')}
            fullWidth
            data-qa="programme-funding-code"
          />
          {organisationChoices.length > 1 ? (
            <DropdownField
              labelText={t('programmeForm.organisation')}
              options={organisationChoices.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
              value={values.organisationId}
              onChange={(organisationId) => set('organisationId', organisationId)}
              error={form.fieldError('organisationId')}
              fullWidth
              data-qa="programme-organisation"
            />
          ) : null}
          {/* A suomifi Dropdown cannot be drawn without options and a value. */}
          {processModels.data ? (
            <DropdownField
              labelText={t('programmeForm.processModel')}
              hintText={t('programmeForm.processModelHint')}
              options={processModels.data.map((model) => ({ value: model.id, label: model.definition.name[language] }))}
              value={values.processModelId}
              onChange={(processModelId) => set('processModelId', processModelId)}
              error={form.fieldError('processModelId')}
              fullWidth
              data-qa="programme-process-model"
            />
          ) : (
            <LoadingIndicator />
          )}
        </FormColumn>
        <MonthChoices>
          <CheckboxGroup
            labelText={t('programmeForm.followUpMonths')}
            groupHintText={t('programmeForm.followUpMonthsHint')}
            groupStatus={followUpError ? 'error' : 'default'}
            groupStatusText={followUpError}
            mb="m"
            data-qa="programme-follow-up-months"
          >
            {monthOptions.map((month) => (
              <Checkbox
                key={month}
                checked={values.followUpMonths.includes(month)}
                onClick={({ checkboxState }) => toggleMonth(month, checkboxState)}
                data-qa={`programme-follow-up-${month}`}
              >
                {t('programmeForm.month', { count: month })}
              </Checkbox>
            ))}
          </CheckboxGroup>
        </MonthChoices>
        <CheckboxField
          label={t('programmeForm.active')}
          checked={values.active}
          onChange={(active) => set('active', active)}
          data-qa="programme-active"
        />
        <CheckboxField
          label={t('programmeForm.esfFunded')}
          hintText={t('programmeForm.esfFundedHint')}
          checked={values.esfFunded}
          onChange={(esfFunded) => set('esfFunded', esfFunded)}
          data-qa="programme-esf-funded"
        />
        <FormActions>
          <Button type="submit" busy={save.isPending} data-qa="programme-submit">
            {existing ? t('programmeForm.submitEdit') : t('programmeForm.submitNew')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => void navigate('/admin/programmes')}
            disabled={save.isPending}
            data-qa="programme-cancel"
          >
            {t('programmeForm.cancel')}
          </Button>
        </FormActions>
      </form>
    </>
  );
}

/** Eight short choices read better side by side than in a tall column. */
const MonthChoices = styled.div`
  .fi-checkbox-group_container {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.spacing.xs} ${tokens.spacing.l};
  }
  .fi-checkbox-group_container > .fi-checkbox {
    margin-bottom: 0;
  }
`;
