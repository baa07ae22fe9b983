import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconLock, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { z } from 'zod';
import { workAbilityNote, type Client, type workAbilityNoteResponse } from '../../../../contract/clients';
import { apiGet } from '../../../api/client';
import { useFormErrors } from '../../../api/form-errors';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormActions } from '../../../components/FormActions';
import { TextareaField } from '../../../components/TextareaField';
import { formatDate } from '../../../format';
import { FormPanel } from '../FormPanel';
import { useClientMutation } from '../queries';
import { SectionHeader } from '../SectionHeader';
import { StatusTag } from '../StatusTag';

type NoteResponse = z.infer<typeof workAbilityNoteResponse>;

/**
 * Work-ability notes are Art. 9 health data: shown only to the coaches working with the person,
 * read on an explicit click (each read is audited) and never kept in the shared query cache.
 */
export function WorkAbilityNote({ client }: { client: Client }) {
  const { t } = useTranslation(['client', 'common']);
  const form = useFormErrors();
  const [note, setNote] = useState<NoteResponse | null>(null);
  const [readError, setReadError] = useState<unknown>(null);
  const [reading, setReading] = useState(false);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const save = useClientMutation<z.input<typeof workAbilityNote>, NoteResponse>(
    client.id,
    'PUT',
    `/api/clients/${client.id}/work-ability`,
    {
      onSuccess: (saved) => {
        setNote(saved);
        setEditing(false);
      },
      onError: form.showError,
    },
  );

  const read = async (): Promise<NoteResponse | null> => {
    setReading(true);
    setReadError(null);
    try {
      const response = await apiGet<NoteResponse>(`/api/clients/${client.id}/work-ability`);
      setNote(response);
      return response;
    } catch (error) {
      setReadError(error);
      return null;
    } finally {
      setReading(false);
    }
  };

  const startEditing = async () => {
    const current = note ?? (client.hasWorkAbilityNote ? await read() : { note: null, updatedAt: null });
    if (!current) return;
    setDraft(current.note ?? '');
    form.clear();
    setEditing(true);
  };

  const submit = () => {
    const body = form.validate(workAbilityNote, { note: draft });
    if (body) save.mutate(body);
  };

  return (
    <Protected data-qa="work-ability">
      <SectionHeader title={t('workAbility.title')} level="h3">
        <StatusTag tone="protected">
          <IconLock aria-hidden /> {t('workAbility.protected')}
        </StatusTag>
      </SectionHeader>
      <Paragraph mb="m">{t('workAbility.explanation')}</Paragraph>
      <ErrorBanner error={readError} />
      {editing ? (
        <FormPanel title={note?.note ? t('workAbility.edit') : t('workAbility.add')} onSubmit={submit} data-qa="work-ability-form">
          <ErrorBanner error={form.error} />
          <TextareaField
            labelText={t('workAbility.note')}
            hintText={t('workAbility.noteHint')}
            fullWidth
            rows={6}
            value={draft}
            onChange={setDraft}
            error={form.fieldError('note')}
            data-qa="work-ability-note-input"
          />
          <FormActions>
            <Button type="submit" busy={save.isPending} data-qa="work-ability-save">
              {t('common:actions.save')}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)} data-qa="work-ability-cancel">
              {t('common:actions.cancel')}
            </Button>
          </FormActions>
        </FormPanel>
      ) : (
        <>
          {note ? (
            <NoteText data-qa="work-ability-text">
              {note.note ?? t('workAbility.none')}
              {note.updatedAt ? <Updated>{t('workAbility.updated', { date: formatDate(note.updatedAt) })}</Updated> : null}
            </NoteText>
          ) : (
            <Paragraph mb="s" data-qa="work-ability-state">
              {client.hasWorkAbilityNote ? t('workAbility.exists') : t('workAbility.none')}
            </Paragraph>
          )}
          <Actions>
            {client.hasWorkAbilityNote && !note ? (
              <Button variant="secondary" onClick={() => void read()} busy={reading} data-qa="work-ability-show">
                {t('workAbility.show')}
              </Button>
            ) : null}
            {note ? (
              <Button variant="secondary" onClick={() => setNote(null)} data-qa="work-ability-hide">
                {t('workAbility.hide')}
              </Button>
            ) : null}
            <Button variant="secondary" onClick={() => void startEditing()} data-qa="work-ability-edit">
              {client.hasWorkAbilityNote ? t('workAbility.edit') : t('workAbility.add')}
            </Button>
          </Actions>
        </>
      )}
    </Protected>
  );
}

const Protected = styled.section`
  margin-top: ${tokens.spacing.xl};
  padding: ${tokens.spacing.m};
  border: 1px solid ${tokens.colors.accentTertiaryDark1};
  border-left: 4px solid ${tokens.colors.accentTertiaryDark1};
  background: ${tokens.colors.whiteBase};

  .fi-icon {
    width: 14px;
    height: 14px;
    vertical-align: -2px;
  }
`;

const NoteText = styled.div`
  margin-bottom: ${tokens.spacing.s};
  white-space: pre-wrap;
`;

const Updated = styled.div`
  ${tokens.typography.bodyTextSmall};
  color: ${tokens.colors.blackLight1};
  margin-top: ${tokens.spacing.xxs};
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.xs};
`;
