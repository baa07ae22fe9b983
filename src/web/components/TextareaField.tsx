import { useTranslation } from 'react-i18next';
import { Textarea, type TextareaProps } from 'suomifi-ui-components';
import { errorStatus, type DistributiveOmit } from './field-status';

type TextareaFieldProps = DistributiveOmit<TextareaProps, 'value' | 'onChange' | 'status' | 'statusText' | 'optionalText' | 'children'> & {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  optional?: boolean;
};

export function TextareaField({ value, onChange, error, optional, ...textareaProps }: TextareaFieldProps) {
  const { t } = useTranslation();
  return (
    <Textarea
      mb="m"
      {...textareaProps}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      optionalText={optional ? t('optional') : undefined}
      {...errorStatus(error)}
    />
  );
}
