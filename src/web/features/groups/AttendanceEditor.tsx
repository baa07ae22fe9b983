import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, HintText } from 'suomifi-ui-components';
import type { Group, GroupSession } from '../../../contract/groups';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Notice } from '../../components/Notice';
import { formatDate } from '../../format';
import { participantName } from './group-labels';
import { useRecordAttendance } from './queries';

/**
 * A tick per participant who had joined by the session's day: saving replaces the session's
 * attendance with exactly those ticked.
 */
export function AttendanceEditor({ group, session }: { group: Group; session: GroupSession }) {
  const { t } = useTranslation('groups');
  const form = useFormErrors();
  const save = useRecordAttendance(group.id, session.id);
  const [present, setPresent] = useState<readonly string[]>(session.attendedClientIds);
  const [saved, setSaved] = useState(false);
  const date = formatDate(session.heldOn);

  const joined = group.participantList.filter((participant) => participant.joinedOn <= session.heldOn);
  if (group.participantList.length === 0) return <HintText>{t('sessions.noParticipants')}</HintText>;
  if (joined.length === 0) return <HintText>{t('sessions.nobodyJoinedYet')}</HintText>;

  const toggle = (clientId: string, checked: boolean) => {
    setSaved(false);
    setPresent((current) => (checked ? [...current, clientId] : current.filter((candidate) => candidate !== clientId)));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Someone removed from the group since the page loaded is no longer ticked.
    const participants = new Set(joined.map((participant) => participant.clientId));
    save.mutate(
      { attendedClientIds: present.filter((clientId) => participants.has(clientId)) },
      { onSuccess: () => setSaved(true), onError: form.showError },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-qa="attendance-form">
      <ErrorBanner error={form.error} />
      {saved ? <Notice data-qa="attendance-saved">{t('sessions.attendanceSaved')}</Notice> : null}
      <CheckboxGroup
        labelText={t('sessions.attendance', { date })}
        groupHintText={t('sessions.attendanceHint')}
        groupStatus={form.fieldError('attendedClientIds') ? 'error' : 'default'}
        groupStatusText={form.fieldError('attendedClientIds')}
        mb="s"
      >
        {joined.map((participant) => (
          <CheckboxField
            key={participant.clientId}
            label={participantName(participant)}
            checked={present.includes(participant.clientId)}
            onChange={(checked) => toggle(participant.clientId, checked)}
            mb="xxs"
            data-qa={`attendance-${participant.clientId}`}
          />
        ))}
      </CheckboxGroup>
      <Button
        type="submit"
        variant="secondary"
        busy={save.isPending}
        aria-label={t('sessions.saveAttendanceLabel', { date })}
        data-qa="attendance-save"
      >
        {t('sessions.saveAttendance')}
      </Button>
    </form>
  );
}
