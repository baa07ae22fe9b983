import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffPicker } from '../../components/StaffPicker';
import { useDebouncedValue } from '../../components/debounced-value';
import { useCoachSearch, useRememberCoach, useReportCoach } from './queries';

type CoachFilterProps = {
  coachId: string | undefined;
  organisationId: string | undefined;
  onChange: (coachId: string | null) => void;
};

/**
 * The dashboard's coach cut: the coaches the user reports on, searched in the chosen organisation
 * if any. A coach named by the address (a shared link) is looked up by id.
 */
export function CoachFilter({ coachId, organisationId, onChange }: CoachFilterProps) {
  const { t } = useTranslation(['dashboard', 'common']);
  const [text, setText] = useState('');
  const search = useDebouncedValue(text);
  const results = useCoachSearch(search, organisationId);
  const chosen = useReportCoach(coachId);
  const remember = useRememberCoach();
  const chosenName =
    coachId === undefined ? null : (chosen.data?.name ?? (chosen.isError ? t('filters.unknownCoach') : t('common:loading')));
  return (
    <StaffPicker
      texts={{
        label: t('filters.coach'),
        placeholder: t('filters.coachPlaceholder'),
        clearChoice: t('filters.clearChoice'),
        clearLabel: (name) => t('filters.clearCoach', { name }),
      }}
      chosenName={chosenName}
      text={text}
      onTextChange={setText}
      results={results.data?.items ?? []}
      loading={results.isFetching || search !== text}
      onChoose={(coach) => {
        remember(coach);
        onChange(coach.id);
      }}
      onClear={() => onChange(null)}
      qa="report-filter-coachId"
      qaPrefix="report-filter-coach"
    />
  );
}
