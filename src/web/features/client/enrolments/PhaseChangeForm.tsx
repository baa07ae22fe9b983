import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { phaseChangeRequest, type Enrolment } from '../../../../contract/enrolments';
import { useFormErrors } from '../../../api/form-errors';
import { Button } from '../../../components/Button';
import { DateField } from '../../../components/DateField';
import { DropdownField } from '../../../components/DropdownField';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormActions } from '../../../components/FormActions';
import { FieldRow } from '../FieldRow';
import { todayInHelsinki } from '../form-helpers';
import { FormPanel } from '../FormPanel';
import { useClientMutation } from '../queries';

/** Offers only the phases of the enrolment's own process model; the next phase is preselected. */
export function PhaseChangeForm({ enrolment, onDone }: { enrolment: Enrolment; onDone: () => void }) {
  const { t } = useTranslation(['client', 'common']);
  const form = useFormErrors();
  const currentIndex = enrolment.phases.findIndex((phase) => phase.key === enrolment.currentPhase);
  const next = enrolment.phases[currentIndex + 1] ?? enrolment.phases[currentIndex];
  const [phase, setPhase] = useState<string | null>(next?.key ?? null);
  const [changedOn, setChangedOn] = useState(todayInHelsinki);
  const change = useClientMutation<z.input<typeof phaseChangeRequest>>(
    enrolment.clientId,
    'POST',
    `/api/enrolments/${enrolment.id}/phase`,
    {
      onSuccess: onDone,
      onError: form.showError,
    },
  );

  const submit = () => {
    const body = form.validate(phaseChangeRequest, { phase: phase ?? '', changedOn });
    if (body) change.mutate(body);
  };

  return (
    <FormPanel title={t('phases.changeTitle')} onSubmit={submit} data-qa="phase-form">
      <ErrorBanner error={form.error} />
      <FieldRow>
        <DropdownField
          labelText={t('phases.phase')}
          hintText={t('phases.phaseHint')}
          options={enrolment.phases.map((option) => ({ value: option.key, label: option.name }))}
          value={phase}
          onChange={setPhase}
          error={form.fieldError('phase')}
          data-qa="phase-select"
        />
        <DateField
          labelText={t('phases.changedOn')}
          value={changedOn}
          onChange={setChangedOn}
          error={form.fieldError('changedOn')}
          data-qa="phase-changed-on"
        />
      </FieldRow>
      <FormActions>
        <Button type="submit" busy={change.isPending} data-qa="phase-submit">
          {t('phases.submit')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-qa="phase-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
