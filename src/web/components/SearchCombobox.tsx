import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens, VisuallyHidden } from 'suomifi-ui-components';
import styled from 'styled-components';
import { TextField } from './TextField';

type ComboboxOption = { key: string; content: ReactNode; select: () => void };

type SearchComboboxProps<Item> = {
  labelText: string;
  hintText?: string;
  /** Shown in the empty field, e.g. what applies while nothing is chosen. */
  visualPlaceholder?: string;
  error?: string;
  optional?: boolean;
  /** The text typed; the parent searches with it (debounced) and passes the results as items. */
  inputValue: string;
  onInputChange: (text: string) => void;
  items: readonly Item[];
  loading: boolean;
  itemKey: (item: Item) => string;
  renderItem: (item: Item) => ReactNode;
  onSelect: (item: Item) => void;
  /** One more choice after the results, e.g. "add in your own words". */
  extraOption?: { label: string; onSelect: () => void } | null;
  'data-qa'?: string;
};

/**
 * A text field whose suggestions come from a server search (the ARIA 1.2 combobox pattern):
 * arrow keys move through the results, Enter picks one, Escape closes the list. suomifi's
 * SingleSelect filters its items again by their visible label, which would hide matches found by
 * an alternative label or a code, so the list is drawn here.
 */
export function SearchCombobox<Item>(props: SearchComboboxProps<Item>) {
  const { t } = useTranslation('common');
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options: ComboboxOption[] = [
    ...props.items.map((item) => ({ key: props.itemKey(item), content: props.renderItem(item), select: () => props.onSelect(item) })),
    ...(props.extraOption ? [{ key: 'extra', content: props.extraOption.label, select: props.extraOption.onSelect }] : []),
  ];
  const expanded = open && props.inputValue.trim() !== '' && options.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  const choose = (option: ComboboxOption) => {
    option.select();
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((current) => Math.min(current + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current) => Math.max(current - 1, 0));
    } else if (event.key === 'Enter') {
      // Enter picks a suggestion; it never submits the surrounding form from a search field.
      event.preventDefault();
      if (expanded && options[active]) choose(options[active]);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const announcement =
    !open || props.inputValue.trim() === ''
      ? ''
      : props.loading
        ? t('combobox.searching')
        : props.items.length === 0
          ? t('combobox.noResults')
          : t('combobox.results', { count: props.items.length });

  return (
    <Wrapper data-qa={props['data-qa']}>
      <TextField
        labelText={props.labelText}
        hintText={props.hintText}
        visualPlaceholder={props.visualPlaceholder}
        error={props.error}
        optional={props.optional}
        value={props.inputValue}
        onChange={(text) => {
          props.onInputChange(text);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        fullWidth
        mb="xs"
        data-qa={props['data-qa'] ? `${props['data-qa']}-input` : undefined}
      />
      {expanded ? (
        <List
          id={listId}
          role="listbox"
          aria-label={props.labelText}
          data-qa={props['data-qa'] ? `${props['data-qa']}-options` : undefined}
        >
          {options.map((option, index) => (
            <Option
              key={option.key}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              $active={index === active}
              // Keeps the focus in the field, so the click is not lost to its blur.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
              data-qa="combobox-option"
            >
              {option.content}
            </Option>
          ))}
        </List>
      ) : null}
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
    </Wrapper>
  );
}

const Wrapper = styled.div`
  position: relative;
  margin-bottom: ${tokens.spacing.m};
`;

const List = styled.ul`
  position: absolute;
  z-index: 10;
  left: 0;
  right: 0;
  max-height: 320px;
  overflow-y: auto;
  margin: 0;
  padding: 0;
  list-style: none;
  background: ${tokens.colors.whiteBase};
  border: 1px solid ${tokens.colors.depthDark3};
  box-shadow: 0 2px 6px rgba(41, 41, 41, 0.2);
`;

const Option = styled.li<{ $active: boolean }>`
  ${tokens.typography.bodyTextSmall};
  padding: ${tokens.spacing.xs} ${tokens.spacing.s};
  cursor: pointer;
  background: ${({ $active }) => ($active ? tokens.colors.highlightLight3 : tokens.colors.whiteBase)};
  border-bottom: 1px solid ${tokens.colors.depthLight2};

  &:hover {
    background: ${tokens.colors.highlightLight3};
  }
`;
