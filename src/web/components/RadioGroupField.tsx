import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioButton, RadioButtonGroup, type MarginProps } from 'suomifi-ui-components';
import type { Option } from './options';

type RadioGroupFieldProps<Value extends string> = {
  labelText: ReactNode;
  name: string;
  options: readonly (Option<Value> & { hint?: string })[];
  value: Value | null;
  onChange: (value: Value) => void;
  hintText?: string;
  error?: string;
  optional?: boolean;
  'data-qa'?: string;
} & MarginProps;

export function RadioGroupField<Value extends string>(props: RadioGroupFieldProps<Value>) {
  const { t } = useTranslation();
  const { labelText, name, options, value, onChange, hintText, error, optional, ...rest } = props;
  return (
    <RadioButtonGroup
      mb="m"
      {...rest}
      labelText={labelText}
      name={name}
      value={value ?? ''}
      onChange={(next) => {
        const option = options.find((candidate) => candidate.value === next);
        if (option) onChange(option.value);
      }}
      groupHintText={hintText}
      optionalText={optional ? t('optional') : undefined}
      groupStatus={error ? 'error' : 'default'}
      groupStatusText={error}
    >
      {options.map((option) => (
        <RadioButton key={option.value} value={option.value} hintText={option.hint} disabled={option.disabled}>
          {option.label}
        </RadioButton>
      ))}
    </RadioButtonGroup>
  );
}
