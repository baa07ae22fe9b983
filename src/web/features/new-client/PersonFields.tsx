import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { genders } from '../../../contract/clients';
import { parseIdentityCode } from '../../../contract/identity-code';
import { DateField } from '../../components/DateField';
import { DropdownField } from '../../components/DropdownField';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../format';
import type { ClientFieldsProps } from './client-form';
import { FieldGrid } from './FormSection';

/** Names and identity. Nothing the identity code tells is asked again. */
export function PersonFields({ values, set, fieldError }: ClientFieldsProps) {
  const { t } = useTranslation('newClient');
  const hasIdentityCode = values.identityCode.trim() !== '';
  const derived = hasIdentityCode ? parseIdentityCode(values.identityCode) : null;
  const genderOptions = genders.map((gender) => ({
    value: gender,
    label: gender === 'unknown' && hasIdentityCode ? t('fields.genderFromCode') : t(`fields.genders.${gender}`),
  }));
  return (
    <>
      <FieldGrid>
        <TextField
          labelText={t('fields.firstName')}
          autoComplete="off"
          value={values.firstName}
          onChange={(value) => set('firstName', value)}
          error={fieldError('firstName')}
          fullWidth
          data-qa="client-first-name"
        />
        <TextField
          labelText={t('fields.lastName')}
          autoComplete="off"
          value={values.lastName}
          onChange={(value) => set('lastName', value)}
          error={fieldError('lastName')}
          fullWidth
          data-qa="client-last-name"
        />
      </FieldGrid>
      <FieldGrid>
        <TextField
          labelText={t('fields.identityCode')}
          hintText={t('fields.identityCodeHint')}
          optional
          autoComplete="off"
          value={values.identityCode}
          onChange={(value) => set('identityCode', value)}
          error={fieldError('identityCode')}
          fullWidth
          data-qa="client-identity-code"
        />
      </FieldGrid>
      {derived ? (
        <Paragraph mb="m" data-qa="client-derived-birth-date">
          {t('fields.derivedFromCode', { date: formatDate(derived.dateOfBirth) })}
        </Paragraph>
      ) : null}
      <FieldGrid>
        {hasIdentityCode ? null : (
          <DateField
            labelText={t('fields.dateOfBirth')}
            hintText={t('fields.dateOfBirthHint')}
            optional
            value={values.dateOfBirth}
            onChange={(value) => set('dateOfBirth', value)}
            error={fieldError('dateOfBirth')}
            fullWidth
            data-qa="client-date-of-birth"
          />
        )}
        <DropdownField
          labelText={t('fields.gender')}
          options={genderOptions}
          value={values.gender}
          onChange={(value) => set('gender', value)}
          error={fieldError('gender')}
          fullWidth
          data-qa="client-gender"
        />
      </FieldGrid>
    </>
  );
}
