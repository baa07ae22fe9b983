import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { educationFieldLabels, educationFields } from '../../../../contract/competence-profiles';
import type { IscedLevel } from '../../../../contract/reference';
import { Button } from '../../../components/Button';
import { DropdownField } from '../../../components/DropdownField';
import { TextField } from '../../../components/TextField';
import { isLanguage } from '../../../i18n/languages';
import { noChoice } from '../../opportunities/opportunity-form';
import { emptyEducation, type EducationValues, type FieldError } from './profile-form';
import { FieldGroup, FieldGroupLegend } from '../../../components/FieldGroup';

type EducationListFieldProps = {
  value: readonly EducationValues[];
  onChange: (value: EducationValues[]) => void;
  iscedLevels: readonly IscedLevel[];
  fieldError: FieldError;
};

/** Degrees and qualifications: ISCED 2011 level from the reference list and ISCED-F 2013 broad field. */
export function EducationListField({ value, onChange, iscedLevels, fieldError }: EducationListFieldProps) {
  const { t, i18n } = useTranslation('competenceProfile');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const levelOptions = iscedLevels.map((level) => ({
    value: String(level.level),
    label: `${level.level} – ${language === 'en' ? level.label.en : level.label.fi}`,
  }));
  const fieldOptions = [
    { value: noChoice, label: t('education.noField') },
    ...educationFields.map((field) => ({ value: field, label: `${field} ${educationFieldLabels[field][language]}` })),
  ];
  const replace = (index: number, changes: Partial<EducationValues>) =>
    onChange(value.map((entry, position) => (position === index ? { ...entry, ...changes } : entry)));

  return (
    <FieldGroup data-qa="profile-education">
      <FieldGroupLegend>{t('sections.education')}</FieldGroupLegend>
      {value.map((entry, index) => (
        <Entry key={index} aria-label={t('education.entry', { number: index + 1 })} data-qa="profile-education-entry">
          <DropdownField
            labelText={t('education.level')}
            options={levelOptions}
            value={entry.iscedLevel === noChoice ? null : entry.iscedLevel}
            onChange={(iscedLevel) => replace(index, { iscedLevel })}
            error={fieldError(`education.${index}.iscedLevel`)}
            data-qa={`profile-education-level-${index}`}
          />
          <DropdownField
            labelText={t('education.field')}
            options={fieldOptions}
            value={entry.field}
            onChange={(field) => replace(index, { field })}
            error={fieldError(`education.${index}.field`)}
            optional
            data-qa={`profile-education-field-${index}`}
          />
          <TextField
            labelText={t('education.qualification')}
            value={entry.qualification}
            onChange={(qualification) => replace(index, { qualification })}
            error={fieldError(`education.${index}.qualification`)}
            optional
            data-qa={`profile-education-qualification-${index}`}
          />
          <TextField
            labelText={t('education.completedYear')}
            value={entry.completedYear}
            onChange={(completedYear) => replace(index, { completedYear })}
            error={fieldError(`education.${index}.completedYear`)}
            inputMode="numeric"
            optional
            data-qa={`profile-education-year-${index}`}
          />
          <Button variant="secondaryNoBorder" onClick={() => onChange(value.filter((_, position) => position !== index))}>
            {t('education.remove', { number: index + 1 })}
          </Button>
        </Entry>
      ))}
      <Button variant="secondary" onClick={() => onChange([...value, emptyEducation()])} data-qa="profile-education-add">
        {t('education.add')}
      </Button>
    </FieldGroup>
  );
}

/** One entry of a repeated group, named for screen readers ("Education 2"). */
export const Entry = styled.section`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: 0 ${tokens.spacing.m};
  padding-top: ${tokens.spacing.s};
  margin-bottom: ${tokens.spacing.s};
  border-top: 1px solid ${tokens.colors.depthLight2};

  & > button {
    margin-bottom: ${tokens.spacing.m};
  }
`;
