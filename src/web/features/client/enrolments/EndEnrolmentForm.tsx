import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { z } from 'zod';
import { endEnrolmentRequest, outcomes, type Enrolment } from '../../../../contract/enrolments';
import { useFormErrors } from '../../../api/form-errors';
import { Button } from '../../../components/Button';
import { DateField } from '../../../components/DateField';
import { DropdownField } from '../../../components/DropdownField';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormActions } from '../../../components/FormActions';
import { FieldRow } from '../FieldRow';
import { optionsOf, todayInHelsinki } from '../form-helpers';
import { FormPanel } from '../FormPanel';
import { useClientMutation, useProgrammes } from '../queries';

/** Ending records the outcome; the server then schedules the programme's follow-ups. */
export function EndEnrolmentForm({ enrolment, onDone }: { enrolment: Enrolment; onDone: () => void }) {
  const { t, i18n } = useTranslation(['client', 'common']);
  const form = useFormErrors();
  const programmes = useProgrammes();
  const [endDate, setEndDate] = useState(todayInHelsinki);
  const [outcome, setOutcome] = useState<(typeof outcomes)[number] | null>(null);
  const end = useClientMutation<z.input<typeof endEnrolmentRequest>>(enrolment.clientId, 'POST', `/api/enrolments/${enrolment.id}/end`, {
    onSuccess: onDone,
    onError: form.showError,
  });
  const followUpMonths = programmes.data?.items.find((programme) => programme.id === enrolment.programmeId)?.followUpMonths ?? [];
  const monthList = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(followUpMonths.map(String));

  const submit = () => {
    const body = form.validate(endEnrolmentRequest, { endDate, outcome });
    if (body) end.mutate(body);
  };

  return (
    <FormPanel title={t('end.title')} onSubmit={submit} data-qa="end-form">
      {followUpMonths.length > 0 ? (
        <Paragraph mb="m">{t('end.followUpHint', { count: followUpMonths.length, months: monthList })}</Paragraph>
      ) : null}
      <ErrorBanner error={form.error} />
      <FieldRow>
        <DateField
          labelText={t('enrolments.endDate')}
          value={endDate}
          onChange={setEndDate}
          error={form.fieldError('endDate')}
          data-qa="end-date"
        />
        <DropdownField
          labelText={t('enrolments.outcome')}
          options={optionsOf(outcomes, (value) => t(`labels.outcome.${value}`))}
          value={outcome}
          onChange={setOutcome}
          error={form.fieldError('outcome')}
          data-qa="end-outcome"
        />
      </FieldRow>
      <FormActions>
        <Button type="submit" busy={end.isPending} data-qa="end-submit">
          {t('end.submit')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-qa="end-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
