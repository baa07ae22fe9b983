import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem, type MarginProps } from 'suomifi-ui-components';
import type { Option } from './options';

type DropdownFieldProps<Value extends string> = {
  labelText: ReactNode;
  options: readonly Option<Value>[];
  value: Value | null;
  onChange: (value: Value) => void;
  hintText?: string;
  visualPlaceholder?: string;
  error?: string;
  optional?: boolean;
  disabled?: boolean;
  fullWidth?: boolean;
  id?: string;
  'data-qa'?: string;
} & MarginProps;

/** Suomi.fi's Dropdown needs at least one item: with nothing to choose, the field says so and stays disabled. */
export function DropdownField<Value extends string>(props: DropdownFieldProps<Value>) {
  const { t } = useTranslation();
  const { labelText, options, value, onChange, error, optional, ...rest } = props;
  if (options.length === 0) {
    return (
      <Dropdown mb="m" {...rest} labelText={labelText} value={null} visualPlaceholder={t('noOptions')} disabled>
        <DropdownItem value="" disabled>
          {t('noOptions')}
        </DropdownItem>
      </Dropdown>
    );
  }
  return (
    <Dropdown<Value>
      mb="m"
      {...rest}
      labelText={labelText}
      value={value}
      onChange={onChange}
      optionalText={optional ? t('optional') : undefined}
      status={error ? 'error' : 'default'}
      statusText={error}
    >
      {options.map((option) => (
        <DropdownItem<Value> key={option.value} value={option.value} disabled={option.disabled}>
          {option.label}
        </DropdownItem>
      ))}
    </Dropdown>
  );
}
