import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { genders } from '../../../contract/clients';
import { parseIdentityCode } from '../../../contract/identity-code';
import { DateField } from '../../components/DateField';
import { DropdownField } from '../../components/DropdownField';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../format';
import type { ClientFieldsProps, StoredIdentityCode } from './client-form';
import { FieldGrid } from './FormSection';

/**
 * Names and identity. Nothing the identity code tells is asked again. When editing a client whose
 * code is stored, the code is not shown (reading it is an audited act): an empty field keeps it.
 */
export function PersonFields({
  values,
  set,
  fieldError,
  storedIdentityCode,
}: ClientFieldsProps & { storedIdentityCode?: StoredIdentityCode }) {
  const { t } = useTranslation('newClient');
  const hasIdentityCode = values.identityCode.trim() !== '';
  const keepsStoredCode = !hasIdentityCode && storedIdentityCode !== undefined;
  const derivedBirthDate = hasIdentityCode ? parseIdentityCode(values.identityCode)?.dateOfBirth : storedIdentityCode?.dateOfBirth;
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
          hintText={storedIdentityCode ? t('fields.identityCodeStoredHint') : t('fields.identityCodeHint')}
          optional
          autoComplete="off"
          value={values.identityCode}
          onChange={(value) => set('identityCode', value)}
          error={fieldError('identityCode')}
          fullWidth
          data-qa="client-identity-code"
        />
      </FieldGrid>
      {derivedBirthDate ? (
        <Paragraph mb="m" data-qa="client-derived-birth-date">
          {t('fields.derivedFromCode', { date: formatDate(derivedBirthDate) })}
        </Paragraph>
      ) : null}
      <FieldGrid>
        {hasIdentityCode || keepsStoredCode ? null : (
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
