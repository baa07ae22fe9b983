import { useId, useRef } from 'react';
import { IconClose, Label, suomifiDesignTokens as tokens, VisuallyHidden } from 'suomifi-ui-components';
import styled from 'styled-components';
import { Button } from './Button';
import { SearchCombobox } from './SearchCombobox';

export type PickableStaff = { id: string; name: string };

type StaffPickerProps<Staff extends PickableStaff> = {
  texts: { label: string; placeholder: string; clearChoice: string; clearLabel: (name: string) => string };
  /** The chosen person's name (or a loading or unknown text); null when nobody is chosen. */
  chosenName: string | null;
  /** What the user has typed, and the people the server found for it (debounced by the caller). */
  text: string;
  onTextChange: (text: string) => void;
  results: readonly Staff[];
  loading: boolean;
  onChoose: (person: Staff) => void;
  onClear: () => void;
  /** data-qa of the field; its parts get `-chosen`, `-clear` and `-search` after `qaPrefix`. */
  qa: string;
  qaPrefix: string;
};

/**
 * A filter by a member of staff (a coach, the actor of an audit entry) for areas with hundreds of
 * them: the name is searched on the server. Once chosen, the field shows the name and a button (a
 * cross) to clear the choice, which brings the search back with the focus in it.
 */
export function StaffPicker<Staff extends PickableStaff>({
  texts,
  chosenName,
  text,
  onTextChange,
  results,
  loading,
  onChoose,
  onClear,
  qa,
  qaPrefix,
}: StaffPickerProps<Staff>) {
  // The clear button goes away with the choice: the focus moves on to the search that replaces it.
  const focusSearch = useRef(false);
  const labelId = useId();
  const searchArea = (element: HTMLDivElement | null) => {
    if (element && focusSearch.current) {
      focusSearch.current = false;
      element.querySelector('input')?.focus();
    }
  };

  if (chosenName !== null) {
    return (
      // suomifi's own Label, so that it lines up with the labels of the fields beside it.
      <Chosen role="group" aria-labelledby={labelId} data-qa={qa}>
        <Label id={labelId} mb="xs">
          {texts.label}
        </Label>
        <ChosenBox>
          <Name data-qa={`${qaPrefix}-chosen`} title={chosenName}>
            {chosenName}
          </Name>
          <ClearButton
            variant="secondaryNoBorder"
            icon={<IconClose />}
            aria-label={texts.clearLabel(chosenName)}
            onClick={() => {
              focusSearch.current = true;
              onClear();
            }}
            data-qa={`${qaPrefix}-clear`}
          >
            <VisuallyHidden>{texts.clearChoice}</VisuallyHidden>
          </ClearButton>
        </ChosenBox>
      </Chosen>
    );
  }

  return (
    <div ref={searchArea} data-qa={qa}>
      <SearchCombobox
        labelText={texts.label}
        visualPlaceholder={texts.placeholder}
        inputValue={text}
        onInputChange={onTextChange}
        items={text.trim() === '' ? [] : results}
        loading={loading}
        itemKey={(person) => person.id}
        renderItem={(person) => person.name}
        onSelect={(person) => {
          onChoose(person);
          onTextChange('');
        }}
        data-qa={`${qaPrefix}-search`}
      />
    </div>
  );
}

const Chosen = styled.div`
  margin-bottom: ${tokens.spacing.m};
`;

const ChosenBox = styled.div`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${tokens.spacing.xs};
  box-sizing: border-box;
  min-height: 40px;
  padding-left: ${tokens.spacing.s};
  background: ${tokens.colors.highlightLight3};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: 2px;
`;

/** One line, as high as the fields beside it: a long name ends in an ellipsis (its title has it whole). */
const Name = styled.span`
  ${tokens.typography.bodyTextSmall};
  min-width: 0;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

const ClearButton = styled(Button)`
  flex-shrink: 0;
  white-space: nowrap;
`;
