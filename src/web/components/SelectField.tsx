import { useEffect, useMemo, useRef, type ReactNode } from 'react';
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

const popoverReferences = ['aria-controls', 'aria-owns'] as const;

/**
 * suomifi's SingleSelect points its input's aria-controls at the option list even while the list
 * is not in the DOM, which screen readers and axe report as a broken reference: while the list is
 * closed that reference is dropped and restored as soon as it opens. Its combobox wrapper names
 * the open list only with aria-owns (the ARIA 1.1 pattern); ARIA 1.2 asks an expanded combobox for
 * aria-controls, so the wrapper gets one while the list is open.
 */
function fixPopoverReferences(root: HTMLElement) {
  for (const element of root.querySelectorAll('input')) {
    for (const attribute of popoverReferences) {
      const target = element.getAttribute(attribute) ?? element.getAttribute(`data-${attribute}`);
      if (!target) continue;
      const present = document.getElementById(target) !== null;
      if (present && !element.hasAttribute(attribute)) element.setAttribute(attribute, target);
      if (!present && element.hasAttribute(attribute)) {
        element.setAttribute(`data-${attribute}`, target);
        element.removeAttribute(attribute);
      }
    }
  }
  for (const combobox of root.querySelectorAll('[role="combobox"][aria-owns]')) {
    const target = combobox.getAttribute('aria-owns')!;
    const open = combobox.getAttribute('aria-expanded') === 'true' && document.getElementById(target) !== null;
    if (open && combobox.getAttribute('aria-controls') !== target) combobox.setAttribute('aria-controls', target);
    if (!open && combobox.hasAttribute('aria-controls')) combobox.removeAttribute('aria-controls');
  }
}

function useValidPopoverReferences() {
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = wrapper.current;
    if (!root) return;
    fixPopoverReferences(root);
    const observer = new MutationObserver(() => fixPopoverReferences(root));
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: [...popoverReferences, 'aria-expanded'] });
    return () => observer.disconnect();
  }, []);
  return wrapper;
}

/** A searchable select for long lists (municipalities, occupations); use DropdownField for a handful of options. */
export function SelectField({ labelText, options, value, onChange, error, optional, ...rest }: SelectFieldProps) {
  const { t } = useTranslation();
  const wrapper = useValidPopoverReferences();
  const items = useMemo(
    () => options.map((option) => ({ uniqueItemId: option.value, labelText: option.label, disabled: option.disabled })),
    [options],
  );
  const selectedItem = items.find((item) => item.uniqueItemId === value) ?? null;
  return (
    <div ref={wrapper}>
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
    </div>
  );
}
