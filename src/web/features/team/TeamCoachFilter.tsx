import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffPicker } from '../../components/StaffPicker';
import { useDebouncedValue } from '../../components/debounced-value';
import { useRememberTeamCoach, useTeamCoach, useTeamCoaches } from '../caseload/queries';

type TeamCoachFilterProps = { coachId: string | null; onChange: (coachId: string | null) => void };

/** The team view's client list cut to one coach: the organisation's coaches searched by name. */
export function TeamCoachFilter({ coachId, onChange }: TeamCoachFilterProps) {
  const { t } = useTranslation(['team', 'common']);
  const [text, setText] = useState('');
  const search = useDebouncedValue(text).trim();
  const results = useTeamCoaches({ search, pageSize: 20 }, search !== '');
  const chosen = useTeamCoach(coachId);
  const remember = useRememberTeamCoach();
  const chosenName = coachId === null ? null : (chosen.data?.name ?? (chosen.isError ? t('coachFilter.unknown') : t('common:loading')));
  return (
    <StaffPicker
      texts={{
        label: t('coachFilter.label'),
        placeholder: t('coachFilter.placeholder'),
        clearChoice: t('coachFilter.clear'),
        clearLabel: (name) => t('coachFilter.clearLabel', { name }),
      }}
      chosenName={chosenName}
      text={text}
      onTextChange={setText}
      results={(results.data?.items ?? []).map((coach) => ({ ...coach, id: coach.coachId }))}
      loading={results.isFetching || search !== text.trim()}
      onChoose={(coach) => {
        remember(coach);
        onChange(coach.coachId);
      }}
      onClear={() => onChange(null)}
      qa="filter-coach"
      qaPrefix="filter-coach"
    />
  );
}
