import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { industrySections } from '../../../../contract/employers';
import type { IndustrySectionName } from '../../../../contract/reference';
import { CheckboxField } from '../../../components/CheckboxField';
import { DateField } from '../../../components/DateField';
import { TextField } from '../../../components/TextField';
import { isLanguage } from '../../../i18n/languages';
import { ChoiceGroup } from '../../opportunities/ChoiceFields';
import type { FieldError, ProfileFormValues, SetProfileValue } from './profile-form';
import { FieldGroup, FieldGroupLegend } from '../../../components/FieldGroup';

type PreferencesFieldsProps = {
  values: ProfileFormValues;
  set: SetProfileValue;
  sectionNames: readonly IndustrySectionName[];
  fieldError: FieldError;
};

/** The person's own wishes: sectors, hours, working-time forms, commute and start date. */
export function PreferencesFields({ values, set, sectionNames, fieldError }: PreferencesFieldsProps) {
  const { t, i18n } = useTranslation('competenceProfile');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const sectionName = (code: string) => sectionNames.find((section) => section.code === code)?.name[language] ?? code;
  const path = (name: string) => `preferences.${name}`;
  const numberField = (name: 'hoursPerWeekMin' | 'hoursPerWeekMax' | 'maxCommuteKm' | 'maxCommuteMinutes') => (
    <TextField
      labelText={t(`preferences.${name}`)}
      value={values[name]}
      onChange={(text) => set(name, text)}
      error={fieldError(path(name))}
      inputMode="decimal"
      optional
      data-qa={`profile-${name}`}
    />
  );

  return (
    <FieldGroup data-qa="profile-preferences">
      <FieldGroupLegend>{t('sections.preferences')}</FieldGroupLegend>
      <ChoiceGroup
        labelText={t('preferences.industrySections')}
        values={industrySections}
        selected={values.industrySections}
        onChange={(chosen) => set('industrySections', chosen)}
        label={(code) => `${code} ${sectionName(code)}`}
        error={fieldError(path('industrySections'))}
        data-qa="profile-industry-sections"
      />
      <Row>
        {numberField('hoursPerWeekMin')}
        {numberField('hoursPerWeekMax')}
      </Row>
      <Row>
        {(['partTimeOk', 'shiftWorkOk', 'remoteWanted'] as const).map((name) => (
          <CheckboxField
            key={name}
            label={t(`preferences.${name}`)}
            checked={values[name]}
            onChange={(checked) => set(name, checked)}
            data-qa={`profile-${name}`}
          />
        ))}
      </Row>
      <Row>
        {numberField('maxCommuteKm')}
        {numberField('maxCommuteMinutes')}
      </Row>
      <DateField
        labelText={t('preferences.earliestStartDate')}
        value={values.earliestStartDate}
        onChange={(date) => set('earliestStartDate', date)}
        error={fieldError(path('earliestStartDate'))}
        optional
        data-qa="profile-earliestStartDate"
      />
    </FieldGroup>
  );
}

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  gap: 0 ${tokens.spacing.l};
`;
