import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from 'suomifi-ui-components';
import { recordedTargetGroups } from '../../../contract/clients';
import { CheckboxField } from '../../components/CheckboxField';
import { DateField } from '../../components/DateField';
import { DropdownField } from '../../components/DropdownField';
import { SelectField } from '../../components/SelectField';
import { iscedLevels, noIscedLevel, type ClientFieldsProps } from './client-form';
import { FieldGrid, FormSection } from './FormSection';
import { languageCodes } from './languages';
import { LanguagesField } from './LanguagesField';

/** Languages, education and the employment situation: what programmes and ESF+ reporting need to know. */
export function ProfileFields({ values, set, fieldError }: ClientFieldsProps) {
  const { t, i18n } = useTranslation(['newClient', 'common']);
  const languageOptions = languageCodes
    .map((code) => ({ value: code, label: t(`languageNames.${code}`) }))
    .sort((first, second) => first.label.localeCompare(second.label, i18n.language));
  const educationOptions = [
    { value: noIscedLevel, label: t('fields.educationNotKnown') },
    ...iscedLevels.map((level) => ({ value: String(level), label: `${level} – ${t(`isced.level${level}`)}` })),
  ];
  const toggleTargetGroup = (group: (typeof recordedTargetGroups)[number], checked: boolean) =>
    set('targetGroups', checked ? [...values.targetGroups, group] : values.targetGroups.filter((chosen) => chosen !== group));

  return (
    <>
      <FormSection title={t('sections.background')}>
        <FieldGrid>
          <SelectField
            labelText={t('fields.motherTongue')}
            optional
            options={languageOptions}
            value={values.motherTongue}
            onChange={(value) => set('motherTongue', value)}
            error={fieldError('motherTongue')}
            fullWidth
            data-qa="client-mother-tongue"
          />
        </FieldGrid>
        <LanguagesField
          options={languageOptions}
          value={values.languages}
          onChange={(value) => set('languages', value)}
          error={fieldError('languages')}
        />
        <FieldGrid>
          <DropdownField
            labelText={t('fields.education')}
            optional
            options={educationOptions}
            value={values.iscedLevel}
            onChange={(value) => set('iscedLevel', value)}
            error={fieldError('iscedLevel')}
            fullWidth
            data-qa="client-education"
          />
        </FieldGrid>
      </FormSection>
      <FormSection title={t('sections.situation')}>
        <FieldGrid>
          <DateField
            labelText={t('fields.unemployedSince')}
            hintText={t('fields.unemployedSinceHint')}
            optional
            value={values.unemployedSince}
            onChange={(value) => set('unemployedSince', value)}
            error={fieldError('unemployedSince')}
            fullWidth
            data-qa="client-unemployed-since"
          />
        </FieldGrid>
        <CheckboxGroup
          mb="m"
          labelText={t('fields.targetGroups')}
          groupHintText={t('fields.targetGroupsHint')}
          optionalText={t('common:optional')}
          data-qa="client-target-groups"
        >
          {recordedTargetGroups.map((group) => (
            <CheckboxField
              key={group}
              mb="xs"
              label={t(`targetGroups.${group}`)}
              checked={values.targetGroups.includes(group)}
              onChange={(checked) => toggleTargetGroup(group, checked)}
              data-qa={`client-target-group-${group}`}
            />
          ))}
        </CheckboxGroup>
      </FormSection>
    </>
  );
}
