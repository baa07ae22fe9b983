import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { Assignment } from '../../../contract/assignments';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { TextField } from '../../components/TextField';
import { FormPanel } from '../client/FormPanel';
import { helsinkiInstant, parseClock } from './clock';
import { useMarkResponded } from './queries';

type RespondPanelProps = { assignment: Assignment; onDone: (notice: string | null) => void };

/** "We have answered the employer": now, or a moment ago when date and time are given. */
export function RespondPanel({ assignment, onDone }: RespondPanelProps) {
  const { t } = useTranslation('assignments');
  const form = useFormErrors();
  const respond = useMarkResponded(assignment.id);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');

  const submit = () => {
    const minuteOfDay = parseClock(time);
    const given = date !== '' || time !== '';
    // An unreadable date or time goes to the API as it is, which names the field it cannot read.
    const respondedAt = !given ? null : minuteOfDay === undefined || date === '' ? `${date} ${time}` : helsinkiInstant(date, minuteOfDay);
    respond.mutate({ respondedAt, version: assignment.version }, { onSuccess: () => onDone(t('respond.saved')), onError: form.showError });
  };

  return (
    <FormPanel title={t('respond.title')} onSubmit={submit} data-qa="respond-panel">
      <Paragraph mb="m">{t('respond.intro')}</Paragraph>
      <ErrorBanner error={form.error} />
      <DateField
        labelText={t('respond.date')}
        value={date}
        onChange={setDate}
        error={form.fieldError('respondedAt')}
        optional
        data-qa="respond-date"
      />
      <TextField
        labelText={t('respond.time')}
        hintText={t('form.timeHint')}
        value={time}
        onChange={setTime}
        optional
        data-qa="respond-time"
      />
      <FormActions>
        <Button type="submit" busy={respond.isPending} data-qa="respond-save">
          {t('respond.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(null)} data-qa="respond-cancel">
          {t('form.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
