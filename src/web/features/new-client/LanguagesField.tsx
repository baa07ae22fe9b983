import { useTranslation } from 'react-i18next';
import { MultiSelect } from 'suomifi-ui-components';
import type { Option } from '../../components/options';

type LanguagesFieldProps = {
  options: readonly Option[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string;
};

/** Several languages from the curated list; chosen ones show as removable chips. */
export function LanguagesField({ options, value, onChange, error }: LanguagesFieldProps) {
  const { t } = useTranslation(['newClient', 'common']);
  const items = options.map((option) => ({ uniqueItemId: option.value, labelText: option.label }));
  return (
    <MultiSelect
      mb="m"
      labelText={t('fields.languages')}
      hintText={t('fields.languagesHint')}
      optionalText={t('common:optional')}
      items={items}
      selectedItems={items.filter((item) => value.includes(item.uniqueItemId))}
      onItemSelectionsChange={(selected) => onChange(selected.map((item) => item.uniqueItemId))}
      chipListVisible
      removeAllButtonLabel={t('fields.languagesRemoveAll')}
      ariaChipActionLabel={t('common:actions.delete')}
      noItemsText={t('common:select.noItems')}
      ariaOptionsAvailableTextFunction={(count) => t('common:select.optionsAvailable', { count })}
      ariaOptionChipRemovedTextFunction={(name) => t('fields.languageRemoved', { name })}
      ariaSelectedAmountTextFunction={(count) => t('fields.languagesSelected', { count })}
      status={error ? 'error' : 'default'}
      statusText={error}
      fullWidth
      data-qa="client-languages"
    />
  );
}
