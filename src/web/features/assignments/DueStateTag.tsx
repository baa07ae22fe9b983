import { useTranslation } from 'react-i18next';
import type { AssignmentDueState } from '../../../contract/assignments';
import { StatusTag, type Tone } from '../client/StatusTag';

const tones: Record<AssignmentDueState, Tone> = {
  overdue: 'alert',
  due_soon: 'warning',
  waiting: 'neutral',
  answered_in_time: 'success',
  answered_late: 'highlight',
  closed_unanswered: 'neutral',
};

/** Where an assignment stands against its agreed response time, in words; the colour only repeats them. */
export function DueStateTag({ state }: { state: AssignmentDueState }) {
  const { t } = useTranslation('assignments');
  return (
    <StatusTag tone={tones[state]} data-qa={`due-state-${state}`}>
      {t(`dueStates.${state}`)}
    </StatusTag>
  );
}
