import { useTranslation } from 'react-i18next';
import { TextInput, type TextInputProps } from 'suomifi-ui-components';
import { errorStatus, type DistributiveOmit } from './field-status';

type TextFieldProps = DistributiveOmit<TextInputProps, 'value' | 'onChange' | 'status' | 'statusText' | 'optionalText'> & {
  value: string;
  onChange: (value: string) => void;
  /** Translated error text, e.g. form.fieldError('email'). */
  error?: string;
  optional?: boolean;
};

export function TextField({ value, onChange, error, optional, ...inputProps }: TextFieldProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      mb="m"
      {...inputProps}
      value={value}
      onChange={(next) => onChange(next === undefined ? '' : String(next))}
      optionalText={optional ? t('optional') : undefined}
      {...errorStatus(error)}
    />
  );
}
