import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { createSessionRequest, type Group, type SessionMode } from '../../../contract/groups';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { RadioGroupField } from '../../components/RadioGroupField';
import { TextField } from '../../components/TextField';
import { emptyToNull, todayInHelsinki } from '../client/form-helpers';
import { useGroupOptions } from './group-labels';
import { SubPanel } from './layout';
import { useCreateSession } from './queries';

const emptyValues = () => ({ heldOn: todayInHelsinki(), topic: '', durationMinutes: '', mode: 'face_to_face' as SessionMode });

/** A session of the group is recorded; who was present is ticked on the session afterwards. */
export function NewSessionForm({ group, onRecorded }: { group: Group; onRecorded: () => void }) {
  const { t } = useTranslation('groups');
  const form = useFormErrors();
  const { modes } = useGroupOptions();
  const create = useCreateSession(group.id);
  const [values, setValues] = useState(emptyValues);
  const set = <Key extends keyof typeof values>(key: Key, value: (typeof values)[Key]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const minutes = values.durationMinutes.trim();
    const body = form.validate(createSessionRequest, {
      heldOn: values.heldOn,
      topic: emptyToNull(values.topic.trim()),
      durationMinutes: minutes === '' ? null : Number(minutes),
      mode: values.mode,
    });
    if (body)
      create.mutate(body, {
        onSuccess: () => {
          setValues(emptyValues());
          onRecorded();
        },
        onError: form.showError,
      });
  };

  return (
    <SubPanel onSubmit={submit} noValidate aria-labelledby="new-session-title" data-qa="new-session-form">
      <Heading variant="h3" id="new-session-title" mb="m">
        {t('sessions.newTitle')}
      </Heading>
      <ErrorBanner error={form.error} />
      <DateField
        labelText={t('sessions.heldOn')}
        value={values.heldOn}
        onChange={(heldOn) => set('heldOn', heldOn)}
        error={form.fieldError('heldOn')}
        data-qa="session-held-on"
      />
      <TextField
        labelText={t('sessions.topic')}
        value={values.topic}
        onChange={(topic) => set('topic', topic)}
        error={form.fieldError('topic')}
        optional
        maxLength={200}
        fullWidth
        data-qa="session-topic"
      />
      <TextField
        labelText={t('sessions.durationMinutes')}
        value={values.durationMinutes}
        onChange={(durationMinutes) => set('durationMinutes', durationMinutes)}
        error={form.fieldError('durationMinutes')}
        optional
        inputMode="numeric"
        data-qa="session-duration"
      />
      <RadioGroupField<SessionMode>
        labelText={t('sessions.mode')}
        name="session-mode"
        options={modes}
        value={values.mode}
        onChange={(mode) => set('mode', mode)}
        error={form.fieldError('mode')}
        data-qa="session-mode"
      />
      <Button type="submit" busy={create.isPending} data-qa="session-record">
        {t('sessions.record')}
      </Button>
    </SubPanel>
  );
}
