import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { ClientFieldsProps } from './client-form';
import { FieldGrid } from './FormSection';
import { useMunicipalities } from './queries';

/** Home municipality from the official list, named in Swedish for a Swedish-speaking user; then the ways to reach the client. */
export function ContactFields({ values, set, fieldError }: ClientFieldsProps) {
  const { t, i18n } = useTranslation('newClient');
  const municipalities = useMunicipalities();
  const nameLanguage = i18n.language === 'sv' ? 'sv' : 'fi';
  const municipalityOptions = useMemo(
    () =>
      (municipalities.data?.items ?? [])
        .map((municipality) => ({ value: municipality.code, label: municipality.name[nameLanguage] }))
        .sort((first, second) => first.label.localeCompare(second.label, nameLanguage)),
    [municipalities.data, nameLanguage],
  );
  return (
    <>
      <FieldGrid>
        <SelectField
          labelText={t('fields.municipality')}
          hintText={t('fields.municipalityHint')}
          options={municipalityOptions}
          value={values.municipalityCode}
          onChange={(value) => set('municipalityCode', value)}
          error={fieldError('municipalityCode')}
          fullWidth
          data-qa="client-municipality"
        />
      </FieldGrid>
      <FieldGrid>
        <TextField
          labelText={t('fields.streetAddress')}
          optional
          autoComplete="off"
          value={values.streetAddress}
          onChange={(value) => set('streetAddress', value)}
          error={fieldError('streetAddress')}
          fullWidth
          data-qa="client-street-address"
        />
        <TextField
          labelText={t('fields.postalCode')}
          optional
          inputMode="numeric"
          autoComplete="off"
          value={values.postalCode}
          onChange={(value) => set('postalCode', value)}
          error={fieldError('postalCode')}
          fullWidth
          data-qa="client-postal-code"
        />
        <TextField
          labelText={t('fields.email')}
          optional
          type="email"
          autoComplete="off"
          value={values.email}
          onChange={(value) => set('email', value)}
          error={fieldError('email')}
          fullWidth
          data-qa="client-email"
        />
        <TextField
          labelText={t('fields.phone')}
          optional
          type="tel"
          autoComplete="off"
          value={values.phone}
          onChange={(value) => set('phone', value)}
          error={fieldError('phone')}
          fullWidth
          data-qa="client-phone"
        />
      </FieldGrid>
    </>
  );
}
