import type { ReactNode } from 'react';
import { Checkbox, type CheckboxProps } from 'suomifi-ui-components';
import { errorStatus } from './field-status';

type CheckboxFieldProps = Omit<CheckboxProps, 'checked' | 'onClick' | 'onChange' | 'status' | 'statusText' | 'children'> & {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
};

export function CheckboxField({ label, checked, onChange, error, ...checkboxProps }: CheckboxFieldProps) {
  return (
    <Checkbox mb="m" {...checkboxProps} checked={checked} onClick={({ checkboxState }) => onChange(checkboxState)} {...errorStatus(error)}>
      {label}
    </Checkbox>
  );
}
