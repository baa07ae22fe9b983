import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workplaceFields, type EmployerWorkplace } from '../../../../contract/employers';
import { useFormErrors } from '../../../api/form-errors';
import { Button } from '../../../components/Button';
import { CheckboxField } from '../../../components/CheckboxField';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormActions } from '../../../components/FormActions';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { isLanguage } from '../../../i18n/languages';
import { FieldRow } from '../../client/FieldRow';
import { FormPanel } from '../../client/FormPanel';
import { useMunicipalities } from '../../client/queries';
import { useEmployerMutation } from '../queries';

type WorkplaceFormProps = {
  employerId: string;
  /** The workplace to correct; a new one when absent. */
  workplace?: EmployerWorkplace;
  onDone: () => void;
};

export function WorkplaceForm({ employerId, workplace, onDone }: WorkplaceFormProps) {
  const { t, i18n } = useTranslation(['employers', 'common']);
  const language = isLanguage(i18n.language) && i18n.language === 'sv' ? 'sv' : 'fi';
  const municipalities = useMunicipalities().data?.items;
  const form = useFormErrors();
  const [values, setValues] = useState({
    name: workplace?.name ?? '',
    streetAddress: workplace?.streetAddress ?? '',
    postalCode: workplace?.postalCode ?? '',
    municipalityCode: workplace?.municipalityCode ?? null,
    isHeadOffice: workplace?.isHeadOffice ?? false,
  });
  const save = useEmployerMutation(
    workplace ? 'PUT' : 'POST',
    workplace ? `/api/employer-workplaces/${workplace.id}` : `/api/employers/${employerId}/workplaces`,
    { onSuccess: onDone, onError: form.showError },
  );
  const municipalityOptions = useMemo(
    () =>
      (municipalities ?? [])
        .map((municipality) => ({ value: municipality.code, label: municipality.name[language] }))
        .sort((first, second) => first.label.localeCompare(second.label, language)),
    [municipalities, language],
  );
  const set = <Name extends keyof typeof values>(name: Name, value: (typeof values)[Name]) =>
    setValues((current) => ({ ...current, [name]: value }));

  const submit = () => {
    const body = form.validate(workplaceFields, values);
    if (body) save.mutate(body);
  };

  return (
    <FormPanel title={workplace ? t('workplaces.editTitle') : t('workplaces.addTitle')} onSubmit={submit} data-qa="employer-workplace-form">
      <ErrorBanner error={form.error} />
      <FieldRow>
        <TextField
          labelText={t('workplaces.name')}
          hintText={t('workplaces.nameHint')}
          value={values.name}
          onChange={(value) => set('name', value)}
          error={form.fieldError('name')}
          data-qa="workplace-name"
        />
        <TextField
          labelText={t('workplaces.streetAddress')}
          optional
          value={values.streetAddress}
          onChange={(value) => set('streetAddress', value)}
          error={form.fieldError('streetAddress')}
          data-qa="workplace-street-address"
        />
        <TextField
          labelText={t('workplaces.postalCode')}
          optional
          inputMode="numeric"
          value={values.postalCode}
          onChange={(value) => set('postalCode', value)}
          error={form.fieldError('postalCode')}
          data-qa="workplace-postal-code"
        />
        <SelectField
          labelText={t('workplaces.municipality')}
          optional
          options={municipalityOptions}
          value={values.municipalityCode}
          onChange={(value) => set('municipalityCode', value)}
          error={form.fieldError('municipalityCode')}
          data-qa="workplace-municipality"
        />
      </FieldRow>
      <CheckboxField
        label={t('workplaces.headOffice')}
        checked={values.isHeadOffice}
        onChange={(checked) => set('isHeadOffice', checked)}
        data-qa="workplace-head-office"
      />
      <FormActions>
        <Button type="submit" busy={save.isPending} data-qa="workplace-submit">
          {t('workplaces.save')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-qa="workplace-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
