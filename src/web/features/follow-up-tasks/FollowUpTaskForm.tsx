import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { followUpInformationSources } from '../../../contract/enrolments';
import { followUpRequest, outcomes } from '../../../contract/enrolments';
import type { FollowUpTask } from '../../../contract/follow-up-tasks';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { TextareaField } from '../../components/TextareaField';
import { FieldRow } from '../client/FieldRow';
import { optionsOf, todayInHelsinki } from '../client/form-helpers';
import { FormPanel } from '../client/FormPanel';
import { InformationSourceField } from './InformationSourceField';
import { useRecordFollowUp } from './queries';

/** From the task list the source is asked every time: a result without one cannot be checked later. */
const taskResult = followUpRequest.refine((value) => value.informationSource !== null, {
  path: ['informationSource'],
  message: 'required',
});

export function FollowUpTaskForm({ task, name, onDone }: { task: FollowUpTask; name: string; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation(['tasks', 'client', 'common']);
  const form = useFormErrors();
  const [completedOn, setCompletedOn] = useState(todayInHelsinki);
  const [situation, setSituation] = useState<(typeof outcomes)[number] | null>(null);
  const [source, setSource] = useState<(typeof followUpInformationSources)[number] | null>(null);
  const [note, setNote] = useState('');
  const record = useRecordFollowUp(task.followUpId, task.clientId, { onSuccess: () => onDone(true), onError: form.showError });

  const submit = () => {
    const body = form.validate(taskResult, { completedOn, situation, informationSource: source, note });
    if (body) record.mutate(body);
  };

  return (
    <FormPanel title={t('formTitle', { name, count: task.monthsAfterEnd })} onSubmit={submit} data-qa="follow-up-task-form">
      <ErrorBanner error={form.error} />
      <FieldRow>
        <DateField
          labelText={t('completedOn')}
          value={completedOn}
          onChange={setCompletedOn}
          error={form.fieldError('completedOn')}
          data-qa="follow-up-task-completed-on"
        />
        <DropdownField
          labelText={t('situation')}
          options={optionsOf(outcomes, (value) => t(`client:labels.outcome.${value}`))}
          value={situation}
          onChange={setSituation}
          error={form.fieldError('situation')}
          data-qa="follow-up-task-situation"
        />
        <InformationSourceField value={source} onChange={setSource} error={form.fieldError('informationSource')} />
      </FieldRow>
      <TextareaField
        labelText={t('note')}
        optional
        fullWidth
        value={note}
        onChange={setNote}
        error={form.fieldError('note')}
        data-qa="follow-up-task-note"
      />
      <FormActions>
        <Button type="submit" busy={record.isPending} data-qa="follow-up-task-submit">
          {t('submit')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)} data-qa="follow-up-task-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
