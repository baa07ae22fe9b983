import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { economySectors, employerSizeClasses, type IndustrySection } from '../../../contract/employers';
import { DropdownField } from '../../components/DropdownField';
import { SelectField } from '../../components/SelectField';
import { TextareaField } from '../../components/TextareaField';
import { TextField } from '../../components/TextField';
import { isLanguage } from '../../i18n/languages';
import { optionsOf } from '../client/form-helpers';
import { useMunicipalities } from '../client/queries';
import { FieldGrid } from '../new-client/FormSection';
import type { EmployerFormValues, SetEmployerValue } from './employer-form';
import { useEmployerStaff, useIndustrySections } from './queries';

/** Dropdowns cannot hold an empty value, so "none chosen" has a name of its own. */
const none = 'none';

type EmployerFormFieldsProps = {
  values: EmployerFormValues;
  set: SetEmployerValue;
  fieldError: (path: string) => string | undefined;
  /** h2 on the new-employer page; h4 inside the edit panel, whose own title is an h3. */
  groupHeading: 'h2' | 'h4';
};

/** The employer's profile fields, shared by the new-employer page and the edit form. */
export function EmployerFormFields({ values, set, fieldError, groupHeading }: EmployerFormFieldsProps) {
  const { t, i18n } = useTranslation('employers');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const sections = useIndustrySections().data?.items ?? [];
  const municipalities = useMunicipalities().data?.items;
  const staff = useEmployerStaff().data ?? [];
  const municipalityOptions = useMemo(
    () =>
      (municipalities ?? [])
        .map((municipality) => ({ value: municipality.code, label: municipality.name[language === 'sv' ? 'sv' : 'fi'] }))
        .sort((first, second) => first.label.localeCompare(second.label, language)),
    [municipalities, language],
  );

  return (
    <>
      <Group>
        <Heading variant={groupHeading} mb="m">
          {t('form.sections.basic')}
        </Heading>
        <FieldGrid>
          <TextField
            labelText={t('fields.name')}
            autoComplete="off"
            value={values.name}
            onChange={(value) => set('name', value)}
            error={fieldError('name')}
            fullWidth
            data-qa="employer-name-field"
          />
          <TextField
            labelText={t('fields.businessId')}
            hintText={t('fields.businessIdHint')}
            optional
            autoComplete="off"
            value={values.businessId}
            onChange={(value) => set('businessId', value)}
            error={fieldError('businessId')}
            fullWidth
            data-qa="employer-business-id"
          />
          <SelectField
            labelText={t('fields.municipality')}
            optional
            options={municipalityOptions}
            value={values.municipalityCode}
            onChange={(value) => set('municipalityCode', value)}
            error={fieldError('municipalityCode')}
            fullWidth
            data-qa="employer-municipality"
          />
          <TextField
            labelText={t('fields.website')}
            optional
            autoComplete="off"
            value={values.website}
            onChange={(value) => set('website', value)}
            error={fieldError('website')}
            fullWidth
            data-qa="employer-website"
          />
        </FieldGrid>
      </Group>
      <Group>
        <Heading variant={groupHeading} mb="m">
          {t('form.sections.classification')}
        </Heading>
        <FieldGrid>
          <DropdownField
            labelText={t('fields.industrySection')}
            options={[
              { value: none, label: t('fields.noIndustrySection') },
              ...sections.map((section) => ({ value: section.code, label: `${section.code} ${section.name[language]}` })),
            ]}
            value={values.industrySection ?? none}
            onChange={(value) => set('industrySection', value === none ? null : (value as IndustrySection))}
            error={fieldError('industrySection')}
            fullWidth
            data-qa="employer-industry-section"
          />
          <DropdownField
            labelText={t('fields.sizeClass')}
            options={optionsOf(employerSizeClasses, (value) => t(`sizeClasses.${value}`))}
            value={values.sizeClass}
            onChange={(value) => set('sizeClass', value)}
            error={fieldError('sizeClass')}
            fullWidth
            data-qa="employer-size-class"
          />
          <DropdownField
            labelText={t('fields.economySector')}
            options={optionsOf(economySectors, (value) => t(`economySectors.${value}`))}
            value={values.economySector}
            onChange={(value) => set('economySector', value)}
            error={fieldError('economySector')}
            fullWidth
            data-qa="employer-economy-sector"
          />
        </FieldGrid>
      </Group>
      <Group>
        <Heading variant={groupHeading} mb="m">
          {t('form.sections.responsibility')}
        </Heading>
        <FieldGrid>
          <DropdownField
            labelText={t('fields.owner')}
            hintText={t('fields.ownerHint')}
            options={[{ value: none, label: t('fields.noOwner') }, ...staff.map((member) => ({ value: member.id, label: member.name }))]}
            value={values.ownerUserId ?? none}
            onChange={(value) => set('ownerUserId', value === none ? null : value)}
            error={fieldError('ownerUserId')}
            fullWidth
            data-qa="employer-owner"
          />
        </FieldGrid>
        <TextareaField
          labelText={t('fields.notes')}
          hintText={t('fields.notesHint')}
          optional
          value={values.notes}
          onChange={(value) => set('notes', value)}
          error={fieldError('notes')}
          fullWidth
          data-qa="employer-notes"
        />
      </Group>
    </>
  );
}

const Group = styled.section`
  margin-bottom: ${tokens.spacing.l};
  padding-bottom: ${tokens.spacing.s};
  border-bottom: 1px solid ${tokens.colors.depthLight2};
`;
