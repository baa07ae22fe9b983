import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SingleSelect, type MarginProps } from 'suomifi-ui-components';
import type { Option } from './options';

type SelectFieldProps = {
  labelText: ReactNode;
  options: readonly Option[];
  value: string | null;
  onChange: (value: string | null) => void;
  hintText?: string;
  visualPlaceholder?: string;
  error?: string;
  optional?: boolean;
  disabled?: boolean;
  fullWidth?: boolean;
  id?: string;
  'data-qa'?: string;
} & MarginProps;

/** A searchable select for long lists (municipalities, occupations); use DropdownField for a handful of options. */
export function SelectField({ labelText, options, value, onChange, error, optional, ...rest }: SelectFieldProps) {
  const { t } = useTranslation();
  const items = useMemo(
    () => options.map((option) => ({ uniqueItemId: option.value, labelText: option.label, disabled: option.disabled })),
    [options],
  );
  const selectedItem = items.find((item) => item.uniqueItemId === value) ?? null;
  return (
    <SingleSelect
      mb="m"
      {...rest}
      labelText={labelText}
      items={items}
      selectedItem={selectedItem}
      onItemSelect={onChange}
      clearButtonLabel={t('select.clear')}
      noItemsText={t('select.noItems')}
      ariaOptionsAvailableTextFunction={(count) => t('select.optionsAvailable', { count })}
      optionalText={optional ? t('optional') : undefined}
      status={error ? 'error' : 'default'}
      statusText={error}
    />
  );
}
