import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import type { Group, GroupParticipant } from '../../../contract/groups';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Notice } from '../../components/Notice';
import { formatDate } from '../../format';
import { RecordTable } from '../client/RecordTable';
import { SectionHeader } from '../client/SectionHeader';
import { AddParticipantForm } from './AddParticipantForm';
import { participantName } from './group-labels';
import { GroupSection } from './layout';
import { useRemoveParticipant } from './queries';

/** Who takes part in the group, how many sessions each attended, and adding or removing a participant. */
export function ParticipantsSection({ group, canRun }: { group: Group; canRun: boolean }) {
  const { t } = useTranslation('groups');
  const removeErrors = useFormErrors();
  const remove = useRemoveParticipant(group.id);
  const [removing, setRemoving] = useState<GroupParticipant | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const confirmRemove = () => {
    if (!removing) return;
    const name = participantName(removing);
    remove.mutate(removing.clientId, {
      onSuccess: () => setDone(t('participants.removed', { name })),
      onError: (error) => {
        setDone(null);
        removeErrors.showError(error);
      },
      onSettled: () => setRemoving(null),
    });
  };

  return (
    <GroupSection data-qa="group-participants">
      <SectionHeader title={t('participants.title')} />
      {done ? <Notice data-qa="participants-notice">{done}</Notice> : null}
      {/* A refused removal names its reason (e.g. recorded attendance) on the participant's id. */}
      <ErrorBanner error={removeErrors.error} messages={{ conflict: removeErrors.fieldError('clientId') }} />
      {group.participantList.length === 0 ? (
        <Paragraph mb="m" data-qa="participants-empty">
          {t('participants.empty')}
        </Paragraph>
      ) : (
        <RecordTable caption={t('participants.caption')} hideCaption data-qa="participant-table">
          <thead>
            <tr>
              <th scope="col">{t('participants.columns.name')}</th>
              <th scope="col">{t('participants.columns.joinedOn')}</th>
              <th scope="col">{t('participants.columns.attended')}</th>
              {canRun ? <th scope="col">{t('participants.columns.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {group.participantList.map((participant) => (
              <tr key={participant.clientId} data-qa={`participant-${participant.clientId}`}>
                <td>
                  <RouterLink asComponent={Link} to={`/clients/${participant.clientId}`} data-qa="participant-name">
                    {participantName(participant)}
                  </RouterLink>
                </td>
                <td>{formatDate(participant.joinedOn)}</td>
                <td data-qa="participant-attended">{participant.sessionsAttended}</td>
                {canRun ? (
                  <td>
                    <Button
                      variant="secondaryNoBorder"
                      aria-label={t('participants.removeLabel', { name: participantName(participant) })}
                      onClick={() => {
                        removeErrors.clear();
                        setRemoving(participant);
                      }}
                      data-qa="participant-remove"
                    >
                      {t('participants.remove')}
                    </Button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </RecordTable>
      )}
      {canRun ? (
        <AddParticipantForm
          group={group}
          onAdded={(name) => {
            removeErrors.clear();
            setDone(t('participants.added', { name }));
          }}
        />
      ) : null}
      <ConfirmDialog
        visible={removing !== null}
        title={t('participants.removeTitle')}
        confirmText={t('participants.removeConfirm')}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
        busy={remove.isPending}
        data-qa="participant-remove-dialog"
      >
        <Paragraph>{removing ? t('participants.removeBody', { name: participantName(removing) }) : ''}</Paragraph>
      </ConfirmDialog>
    </GroupSection>
  );
}
