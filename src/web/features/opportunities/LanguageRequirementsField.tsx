import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { languageLevels } from '../../../contract/opportunities';
import { Button } from '../../components/Button';
import { DropdownField } from '../../components/DropdownField';
import { languageCodes } from '../new-client/languages';
import { FieldGroup, FieldGroupLegend } from '../../components/FieldGroup';

type LanguageRequirement = { code: string; level: string };

type LanguageRequirementsFieldProps = {
  value: readonly LanguageRequirement[];
  onChange: (value: LanguageRequirement[]) => void;
  fieldError: (path: string) => string | undefined;
};

/** The languages the job needs, each with its CEFR level (A1–C2). */
export function LanguageRequirementsField({ value, onChange, fieldError }: LanguageRequirementsFieldProps) {
  const { t, i18n } = useTranslation(['opportunities', 'newClient']);
  const languageOptions = languageCodes
    .map((code) => ({ value: code, label: t(`newClient:languageNames.${code}`) }))
    .sort((first, second) => first.label.localeCompare(second.label, i18n.language));
  const levelOptions = languageLevels.map((level) => ({ value: level, label: level }));
  const unused = languageCodes.find((code) => !value.some((requirement) => requirement.code === code));
  const replace = (index: number, changes: Partial<LanguageRequirement>) =>
    onChange(value.map((requirement, position) => (position === index ? { ...requirement, ...changes } : requirement)));

  return (
    <FieldGroup $spacing="l" data-qa="opportunity-languages">
      <FieldGroupLegend>{t('form.languages')}</FieldGroupLegend>
      {value.map((requirement, index) => (
        <Row key={index} data-qa="opportunity-language">
          <DropdownField
            labelText={t('form.language')}
            options={languageOptions}
            value={requirement.code}
            onChange={(code) => replace(index, { code })}
            error={fieldError(`languages.${index}.code`)}
            data-qa={`opportunity-language-code-${index}`}
          />
          <DropdownField
            labelText={t('form.level')}
            options={levelOptions}
            value={requirement.level}
            onChange={(level) => replace(index, { level })}
            error={fieldError(`languages.${index}.level`)}
            data-qa={`opportunity-language-level-${index}`}
          />
          <Button variant="secondaryNoBorder" onClick={() => onChange(value.filter((_, position) => position !== index))}>
            {t('form.removeLanguage', { language: t(`newClient:languageNames.${requirement.code as 'fi'}`, requirement.code) })}
          </Button>
        </Row>
      ))}
      {unused ? (
        <Button variant="secondary" onClick={() => onChange([...value, { code: unused, level: 'B1' }])} data-qa="opportunity-language-add">
          {t('form.addLanguage')}
        </Button>
      ) : null}
    </FieldGroup>
  );
}

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: 0 ${tokens.spacing.m};

  & > button {
    margin-bottom: ${tokens.spacing.m};
  }
`;
