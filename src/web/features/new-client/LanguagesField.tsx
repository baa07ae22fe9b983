import { useTranslation } from 'react-i18next';
import { CheckboxGroup, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { CheckboxField } from '../../components/CheckboxField';
import type { Option } from '../../components/options';

type LanguagesFieldProps = {
  options: readonly Option[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string;
};

/** The curated languages laid out as checkboxes: each one is a single click, with nothing to type or open. */
export function LanguagesField({ options, value, onChange, error }: LanguagesFieldProps) {
  const { t } = useTranslation(['newClient', 'common']);
  const toggle = (code: string, checked: boolean) => onChange(checked ? [...value, code] : value.filter((chosen) => chosen !== code));
  return (
    <Group
      mb="m"
      labelText={t('fields.languages')}
      groupHintText={t('fields.languagesHint')}
      optionalText={t('common:optional')}
      groupStatus={error ? 'error' : 'default'}
      groupStatusText={error}
      data-qa="client-languages"
    >
      {options.map((option) => (
        <CheckboxField
          key={option.value}
          mb="xxs"
          label={option.label}
          checked={value.includes(option.value)}
          onChange={(checked) => toggle(option.value, checked)}
          data-qa={`client-language-${option.value}`}
        />
      ))}
    </Group>
  );
}

// Twenty languages read best in columns; the container is suomifi's own.
const Group = styled(CheckboxGroup)`
  .fi-checkbox-group_container {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(160px, 1fr));
    column-gap: ${tokens.spacing.m};
  }
`;
