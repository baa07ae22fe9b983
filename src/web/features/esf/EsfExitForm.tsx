import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from 'suomifi-ui-components';
import { esfExitRequest, sixMonthImprovements, type EsfEnrolmentData } from '../../../contract/esf';
import { ApiRequestError } from '../../api/client';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { DateField } from '../../components/DateField';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { FieldRow } from '../client/FieldRow';
import { optionsOf } from '../client/form-helpers';
import { FormPanel } from '../client/FormPanel';
import { useEsfSave } from './queries';

const situations = ['jobSearching', 'inEducation', 'gainedQualification', 'employed'] as const;
type Situation = (typeof situations)[number];
type Improvement = (typeof sixMonthImprovements)[number];

/** The situation within four weeks of leaving; for those employed at entry, later also the six-month improvement. */
export function EsfExitForm({
  clientId,
  data,
  onDone,
  onStale,
}: {
  clientId: string;
  data: EsfEnrolmentData;
  onDone: (saved: boolean) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation(['esf', 'common']);
  const form = useFormErrors();
  const participant = data.participant!;
  const exit = participant.exit;
  const [observedOn, setObservedOn] = useState(exit?.observedOn ?? data.endDate ?? '');
  const [situation, setSituation] = useState<Record<Situation, boolean>>({
    jobSearching: exit?.jobSearching ?? false,
    inEducation: exit?.inEducation ?? false,
    gainedQualification: exit?.gainedQualification ?? false,
    employed: exit?.employed ?? false,
  });
  const [improvement, setImprovement] = useState<Improvement | null>(exit?.sixMonthImprovement ?? null);
  const employedAtEntry = participant.entry.labourMarketStatus === 'employed' || participant.entry.labourMarketStatus === 'self_employed';
  const save = useEsfSave(clientId, data.enrolmentId, 'exit', {
    onSuccess: () => onDone(true),
    onError: (error) => {
      if (error instanceof ApiRequestError && error.status === 409 && error.fields.some((field) => field.code === 'stale_version'))
        onStale();
      else form.showError(error);
    },
  });

  const submit = () => {
    const body = form.validate(esfExitRequest, {
      observedOn,
      ...situation,
      sixMonthImprovement: improvement,
      version: participant.version,
    });
    if (body) save.mutate(body);
  };

  return (
    <FormPanel title={exit ? t('section.editExit') : t('section.recordExit')} onSubmit={submit} data-qa="esf-exit-form">
      <ErrorBanner error={form.error} />
      <FieldRow>
        <DateField
          labelText={t('fields.observedOn')}
          hintText={t('fields.observedOnHint')}
          value={observedOn}
          onChange={setObservedOn}
          error={form.fieldError('observedOn')}
          data-qa="esf-observed-on"
        />
      </FieldRow>
      <CheckboxGroup labelText={t('fields.exitSituation')} id="esf-exit-situation">
        {situations.map((name) => (
          <CheckboxField
            key={name}
            label={t(`fields.${name}`)}
            checked={situation[name]}
            onChange={(checked) => setSituation((current) => ({ ...current, [name]: checked }))}
            data-qa={`esf-${name}`}
          />
        ))}
      </CheckboxGroup>
      {employedAtEntry ? (
        <DropdownField
          labelText={t('fields.sixMonthImprovement')}
          hintText={t('fields.sixMonthImprovementHint')}
          optional
          options={optionsOf(sixMonthImprovements, (value) => t(`labels.sixMonthImprovement.${value}`))}
          value={improvement}
          onChange={setImprovement}
          error={form.fieldError('sixMonthImprovement')}
          data-qa="esf-six-month-improvement"
        />
      ) : null}
      <FormActions>
        <Button type="submit" busy={save.isPending} data-qa="esf-exit-submit">
          {t('common:actions.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)} data-qa="esf-exit-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
