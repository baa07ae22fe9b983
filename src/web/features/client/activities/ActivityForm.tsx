import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, Paragraph } from 'suomifi-ui-components';
import type { z } from 'zod';
import {
  activityModes,
  activityParticipants,
  correctActivityRequest,
  createActivityRequest,
  type Activity,
} from '../../../../contract/activities';
import { useFormErrors } from '../../../api/form-errors';
import { Button } from '../../../components/Button';
import { CheckboxField } from '../../../components/CheckboxField';
import { DateField } from '../../../components/DateField';
import { DropdownField } from '../../../components/DropdownField';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormActions } from '../../../components/FormActions';
import { Notice } from '../../../components/Notice';
import { TextareaField } from '../../../components/TextareaField';
import { TextField } from '../../../components/TextField';
import { FieldRow } from '../FieldRow';
import { isStaleVersion, optionsOf, todayInHelsinki } from '../form-helpers';
import { FormPanel } from '../FormPanel';
import { useClientMutation } from '../queries';

type Participant = (typeof activityParticipants)[number];

type ActivityFormProps = {
  clientId: string;
  canWriteProtected: boolean;
  onDone: () => void;
  /** Given: the recorder corrects this entry, saved against the version shown. */
  activity?: Activity;
  stale?: boolean;
  onStale?: () => void;
};

/**
 * Logging a meeting with the usual case prefilled (today, face to face, an hour, with the client),
 * or correcting a logged one. The protected note is offered only to those allowed to write Art. 9
 * data, and only when logging: a correction leaves the note and the enrolment as recorded.
 */
export function ActivityForm({ clientId, canWriteProtected, onDone, activity, stale, onStale }: ActivityFormProps) {
  const { t } = useTranslation(['client', 'common']);
  const form = useFormErrors();
  const [occurredOn, setOccurredOn] = useState(() => activity?.occurredOn ?? todayInHelsinki());
  const [mode, setMode] = useState<(typeof activityModes)[number]>(activity?.mode ?? 'face_to_face');
  const [duration, setDuration] = useState(String(activity?.durationMinutes ?? 60));
  const [participants, setParticipants] = useState<Participant[]>(activity?.participants ?? ['client']);
  const [summary, setSummary] = useState(activity?.summary ?? '');
  const [protectedNote, setProtectedNote] = useState('');
  const log = useClientMutation<z.input<typeof createActivityRequest>>(clientId, 'POST', `/api/clients/${clientId}/activities`, {
    onSuccess: onDone,
    onError: form.showError,
  });
  const correct = useClientMutation<z.input<typeof correctActivityRequest>>(clientId, 'PUT', `/api/activities/${activity?.id ?? ''}`, {
    onSuccess: onDone,
    onError: (error) => (onStale && isStaleVersion(error) ? onStale() : form.showError(error)),
  });

  const toggle = (participant: Participant, checked: boolean) =>
    setParticipants((current) => (checked ? [...current, participant] : current.filter((item) => item !== participant)));

  const submit = () => {
    const minutes = Number(duration);
    const values = {
      occurredOn,
      mode,
      // A non-number reaches the schema as text, so it is reported as invalid rather than dropped.
      durationMinutes: duration.trim() === '' || Number.isNaN(minutes) ? duration : minutes,
      participants,
      summary,
    };
    if (activity) {
      const body = form.validate(correctActivityRequest, { ...values, version: activity.version });
      if (body) correct.mutate(body);
    } else {
      const body = form.validate(createActivityRequest, { ...values, protectedNote: canWriteProtected ? protectedNote : null });
      if (body) log.mutate(body);
    }
  };

  return (
    <FormPanel
      title={activity ? t('activities.correctTitle') : t('activities.logTitle')}
      onSubmit={submit}
      data-qa={activity ? 'activity-correct-form' : 'activity-form'}
    >
      <Paragraph mb="m">{activity ? t('activities.correctHint') : t('activities.defaults')}</Paragraph>
      {stale ? <Notice data-qa="activity-stale">{t('staleRecord')}</Notice> : null}
      <ErrorBanner error={form.error} />
      <FieldRow>
        <DateField
          labelText={t('activities.occurredOn')}
          value={occurredOn}
          onChange={setOccurredOn}
          error={form.fieldError('occurredOn')}
          data-qa="activity-occurred-on"
        />
        <DropdownField
          labelText={t('activities.mode')}
          options={optionsOf(activityModes, (value) => t(`labels.mode.${value}`))}
          value={mode}
          onChange={setMode}
          error={form.fieldError('mode')}
          data-qa="activity-mode"
        />
        <TextField
          labelText={t('activities.duration')}
          inputMode="numeric"
          value={duration}
          onChange={setDuration}
          error={form.fieldError('durationMinutes')}
          data-qa="activity-duration"
        />
      </FieldRow>
      <CheckboxGroup
        labelText={t('activities.participants')}
        groupStatus={form.fieldError('participants') ? 'error' : 'default'}
        groupStatusText={form.fieldError('participants')}
        mb="m"
        data-qa="activity-participants"
      >
        {activityParticipants.map((participant) => (
          <CheckboxField
            key={participant}
            label={t(`labels.participant.${participant}`)}
            checked={participants.includes(participant)}
            onChange={(checked) => toggle(participant, checked)}
            data-qa={`activity-participant-${participant}`}
          />
        ))}
      </CheckboxGroup>
      <TextareaField
        labelText={t('activities.summary')}
        hintText={t('activities.summaryHint')}
        optional
        fullWidth
        rows={3}
        value={summary}
        onChange={setSummary}
        error={form.fieldError('summary')}
        data-qa="activity-summary"
      />
      {canWriteProtected && !activity ? (
        <TextareaField
          labelText={t('activities.protectedNote')}
          hintText={t('activities.protectedNoteHint')}
          optional
          fullWidth
          rows={3}
          value={protectedNote}
          onChange={setProtectedNote}
          error={form.fieldError('protectedNote')}
          data-qa="activity-protected-note"
        />
      ) : null}
      <FormActions>
        <Button type="submit" busy={log.isPending || correct.isPending} data-qa="activity-submit">
          {t('activities.submit')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-qa="activity-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
