import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconClose, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { Button } from '../../components/Button';
import { useDebouncedValue } from '../../components/debounced-value';
import { SearchCombobox } from '../../components/SearchCombobox';
import { useCoachSearch, useRememberCoach, useReportCoach } from './queries';
import { FieldGroup, FieldGroupLegend } from '../../components/FieldGroup';

type CoachFilterProps = {
  coachId: string | undefined;
  organisationId: string | undefined;
  onChange: (coachId: string | null) => void;
};

/**
 * The coach cut: a large area has thousands of coaches, so the name is searched on the server (in
 * the chosen organisation, if any). Once chosen, the field shows the coach's name and a button to
 * clear the choice, which brings the search back. A coach named by the address (a shared link) is
 * looked up by id.
 */
export function CoachFilter({ coachId, organisationId, onChange }: CoachFilterProps) {
  const { t } = useTranslation(['dashboard', 'common']);
  const [text, setText] = useState('');
  const search = useDebouncedValue(text);
  const results = useCoachSearch(search, organisationId);
  const chosen = useReportCoach(coachId);
  const remember = useRememberCoach();
  // The clear button goes away with the choice: the focus moves on to the search that replaces it.
  const focusSearch = useRef(false);
  const searchArea = (element: HTMLDivElement | null) => {
    if (element && focusSearch.current) {
      focusSearch.current = false;
      element.querySelector('input')?.focus();
    }
  };

  if (coachId) {
    const name = chosen.data?.name ?? (chosen.isError ? t('filters.unknownCoach') : t('common:loading'));
    return (
      <FieldGroup data-qa="report-filter-coachId">
        <FieldGroupLegend $size="small">{t('filters.coach')}</FieldGroupLegend>
        <ChosenBox>
          <Name data-qa="report-filter-coach-chosen">{name}</Name>
          <Button
            variant="secondaryNoBorder"
            icon={<IconClose />}
            aria-label={t('filters.clearCoach', { name })}
            onClick={() => {
              focusSearch.current = true;
              onChange(null);
            }}
            data-qa="report-filter-coach-clear"
          >
            {t('filters.clearChoice')}
          </Button>
        </ChosenBox>
      </FieldGroup>
    );
  }

  return (
    <div ref={searchArea} data-qa="report-filter-coachId">
      <SearchCombobox
        labelText={t('filters.coach')}
        visualPlaceholder={t('filters.coachPlaceholder')}
        inputValue={text}
        onInputChange={setText}
        items={text.trim() === '' ? [] : (results.data?.items ?? [])}
        loading={results.isFetching || search !== text}
        itemKey={(coach) => coach.id}
        renderItem={(coach) => coach.name}
        onSelect={(coach) => {
          remember(coach);
          onChange(coach.id);
          setText('');
        }}
        data-qa="report-filter-coach-search"
      />
    </div>
  );
}

const ChosenBox = styled.div`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${tokens.spacing.xs};
  min-height: 40px;
  padding-left: ${tokens.spacing.s};
  background: ${tokens.colors.highlightLight3};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: 2px;
`;

const Name = styled.span`
  ${tokens.typography.bodyTextSmall};
  overflow-wrap: anywhere;
`;
