import { useState, type ReactNode } from 'react';
import { SearchInput, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { Button } from './Button';
import { DropdownField } from './DropdownField';
import type { Option } from './options';

type FilterSearch = {
  labelText: string;
  searchButtonLabel: string;
  clearButtonLabel: string;
  value: string;
  onChange: (text: string) => void;
  qa: string;
};

type FilterBarProps = {
  label: string;
  qa: string;
  /** The free-text search, first in the bar. */
  search?: FilterSearch;
  /** The dropdowns and selects, laid out in a grid. */
  children: ReactNode;
  /** Checkboxes and the like, on the row below the fields, before the clear button. */
  options?: ReactNode;
  filtered: boolean;
  onClear: () => void;
  clearLabel: string;
  clearQa: string;
};

/** A list page's filters: search, fields, options and a "clear filters" button shown while any filter is on. */
export function FilterBar({ label, qa, search, children, options, filtered, onClear, clearLabel, clearQa }: FilterBarProps) {
  // The search box keeps its own text while typing; clearing the filters starts a fresh one.
  const [searchGeneration, setSearchGeneration] = useState(0);
  return (
    <section aria-label={label} data-qa={qa}>
      <Fields>
        {search ? (
          <SearchBox>
            <SearchInput
              key={searchGeneration}
              labelText={search.labelText}
              searchButtonLabel={search.searchButtonLabel}
              clearButtonLabel={search.clearButtonLabel}
              defaultValue={search.value}
              debounce={300}
              onChange={(text) => search.onChange(String(text ?? ''))}
              onSearch={(text) => search.onChange(String(text ?? ''))}
              fullWidth
              data-qa={search.qa}
            />
          </SearchBox>
        ) : null}
        {children}
      </Fields>
      <Row>
        {options}
        {filtered ? (
          <Button
            variant="secondaryNoBorder"
            mb="m"
            onClick={() => {
              onClear();
              setSearchGeneration((generation) => generation + 1);
            }}
            data-qa={clearQa}
          >
            {clearLabel}
          </Button>
        ) : null}
      </Row>
    </section>
  );
}

/** Dropdowns cannot hold an empty value, so "no filter" has a value of its own. */
const any = 'any';

type FilterDropdownProps<Value extends string> = {
  labelText: string;
  /** The label of the choice that turns this filter off, e.g. "All programmes". */
  anyLabel: string;
  options: readonly Option<Value>[];
  value: Value | null;
  onChange: (value: Value | null) => void;
  qa: string;
};

/** A dropdown filter whose first choice means "no filter" (null). */
export function FilterDropdown<Value extends string>({ labelText, anyLabel, options, value, onChange, qa }: FilterDropdownProps<Value>) {
  return (
    <DropdownField<string>
      labelText={labelText}
      options={[{ value: any, label: anyLabel }, ...options]}
      value={value ?? any}
      onChange={(chosen) => onChange(chosen === any ? null : (chosen as Value))}
      fullWidth
      data-qa={qa}
    />
  );
}

const Fields = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
  align-items: end;
  column-gap: ${tokens.spacing.m};
`;

const SearchBox = styled.div`
  margin-bottom: ${tokens.spacing.m};
`;

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  column-gap: ${tokens.spacing.l};
`;
