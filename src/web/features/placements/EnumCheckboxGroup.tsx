import { CheckboxGroup } from 'suomifi-ui-components';
import { CheckboxField } from '../../components/CheckboxField';

type EnumCheckboxGroupProps<Value extends string> = {
  labelText: string;
  values: readonly Value[];
  label: (value: Value) => string;
  selected: readonly Value[];
  onChange: (selected: Value[]) => void;
  error?: string;
  'data-qa': string;
};

/** Any number of a vocabulary's values, e.g. the support granted or the adjustments agreed. */
export function EnumCheckboxGroup<Value extends string>({
  labelText,
  values,
  label,
  selected,
  onChange,
  error,
  ...rest
}: EnumCheckboxGroupProps<Value>) {
  const toggle = (value: Value, checked: boolean) =>
    onChange(
      checked
        ? values.filter((candidate) => candidate === value || selected.includes(candidate))
        : selected.filter((item) => item !== value),
    );
  return (
    <CheckboxGroup labelText={labelText} groupStatus={error ? 'error' : 'default'} groupStatusText={error} mb="m" data-qa={rest['data-qa']}>
      {values.map((value) => (
        <CheckboxField
          key={value}
          label={label(value)}
          checked={selected.includes(value)}
          onChange={(checked) => toggle(value, checked)}
          data-qa={`${rest['data-qa']}-${value}`}
        />
      ))}
    </CheckboxGroup>
  );
}
