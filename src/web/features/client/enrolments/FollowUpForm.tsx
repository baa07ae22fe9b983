import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { followUpInformationSources } from '../../../../contract/enrolments';
import { followUpRequest, outcomes, type FollowUp } from '../../../../contract/enrolments';
import { useFormErrors } from '../../../api/form-errors';
import { Button } from '../../../components/Button';
import { DateField } from '../../../components/DateField';
import { DropdownField } from '../../../components/DropdownField';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormActions } from '../../../components/FormActions';
import { TextareaField } from '../../../components/TextareaField';
import { FieldRow } from '../FieldRow';
import { optionsOf, todayInHelsinki } from '../form-helpers';
import { FormPanel } from '../FormPanel';
import { useClientMutation } from '../queries';
import { InformationSourceField } from '../../follow-up-tasks/InformationSourceField';

export function FollowUpForm({ clientId, followUp, onDone }: { clientId: string; followUp: FollowUp; onDone: () => void }) {
  const { t } = useTranslation(['client', 'common']);
  const form = useFormErrors();
  const [completedOn, setCompletedOn] = useState(todayInHelsinki);
  const [situation, setSituation] = useState<(typeof outcomes)[number] | null>(followUp.situation);
  const [note, setNote] = useState(followUp.note ?? '');
  const [source, setSource] = useState<(typeof followUpInformationSources)[number] | null>(followUp.informationSource);
  const record = useClientMutation<z.input<typeof followUpRequest>>(clientId, 'POST', `/api/follow-ups/${followUp.id}`, {
    onSuccess: onDone,
    onError: form.showError,
  });

  const submit = () => {
    const body = form.validate(followUpRequest, { completedOn, situation, informationSource: source, note });
    if (body) record.mutate(body);
  };

  return (
    <FormPanel
      title={t('followUps.recordTitle', { count: followUp.monthsAfterEnd })}
      onSubmit={submit}
      data-qa={`follow-up-form-${followUp.monthsAfterEnd}`}
    >
      <ErrorBanner error={form.error} />
      <FieldRow>
        <DateField
          labelText={t('followUps.completedOn')}
          value={completedOn}
          onChange={setCompletedOn}
          error={form.fieldError('completedOn')}
          data-qa="follow-up-completed-on"
        />
        <DropdownField
          labelText={t('followUps.situation')}
          options={optionsOf(outcomes, (value) => t(`labels.outcome.${value}`))}
          value={situation}
          onChange={setSituation}
          error={form.fieldError('situation')}
          data-qa="follow-up-situation"
        />
        <InformationSourceField value={source} onChange={setSource} error={form.fieldError('informationSource')} optional />
      </FieldRow>
      <TextareaField
        labelText={t('followUps.note')}
        optional
        fullWidth
        value={note}
        onChange={setNote}
        error={form.fieldError('note')}
        data-qa="follow-up-note"
      />
      <FormActions>
        <Button type="submit" busy={record.isPending} data-qa="follow-up-submit">
          {t('followUps.submit')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-qa="follow-up-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
