import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { employerStages, stageChangeRequest, type Employer, type EmployerStage } from '../../../../contract/employers';
import { useFormErrors } from '../../../api/form-errors';
import { Button } from '../../../components/Button';
import { DateField } from '../../../components/DateField';
import { DropdownField } from '../../../components/DropdownField';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormActions } from '../../../components/FormActions';
import { FieldRow } from '../../client/FieldRow';
import { todayInHelsinki } from '../../client/form-helpers';
import { FormPanel } from '../../client/FormPanel';
import { useEmployerMutation } from '../queries';

/** A stage chosen by hand; the next stage is preselected, and the current one is not offered. */
export function StageChangeForm({ employer, onDone }: { employer: Employer; onDone: () => void }) {
  const { t } = useTranslation(['employers', 'common']);
  const form = useFormErrors();
  const choices = employerStages.filter((stage) => stage !== employer.stage);
  const next = employerStages[employerStages.indexOf(employer.stage) + 1] ?? choices[0]!;
  const [stage, setStage] = useState<EmployerStage>(next);
  const [changedOn, setChangedOn] = useState(todayInHelsinki);
  const change = useEmployerMutation('POST', `/api/employers/${employer.id}/stage`, { onSuccess: onDone, onError: form.showError });

  const submit = () => {
    const body = form.validate(stageChangeRequest, { stage, changedOn });
    if (body) change.mutate(body);
  };

  return (
    <FormPanel title={t('stage.changeTitle')} onSubmit={submit} data-qa="employer-stage-form">
      <ErrorBanner error={form.error} />
      <FieldRow>
        <DropdownField
          labelText={t('stage.newStage')}
          options={choices.map((value) => ({ value, label: t(`stages.${value}`) }))}
          value={stage}
          onChange={setStage}
          error={form.fieldError('stage')}
          data-qa="employer-stage-select"
        />
        <DateField
          labelText={t('stage.changedOn')}
          hintText={t('stage.changedOnHint')}
          value={changedOn}
          onChange={setChangedOn}
          error={form.fieldError('changedOn')}
          data-qa="employer-stage-date"
        />
      </FieldRow>
      <FormActions>
        <Button type="submit" busy={change.isPending} data-qa="employer-stage-submit">
          {t('stage.submit')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-qa="employer-stage-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
