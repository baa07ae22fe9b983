import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { z } from 'zod';
import { createProposalRequest, type Proposal } from '../../../contract/proposals';
import { useFormErrors } from '../../api/form-errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { RadioGroupField } from '../../components/RadioGroupField';
import { TextareaField } from '../../components/TextareaField';
import { TextField } from '../../components/TextField';
import { useEmployerWorkMutation } from '../placements/queries';
import { useCandidates, type ProposalTarget } from './queries';

type DialogProps = { target: ProposalTarget; onDone: (proposal: Proposal) => void; onCancel: () => void };

const searchDelayMs = 300;

/**
 * Finds a client to propose. Only clients with an active consent to being proposed to employers
 * are offered; the dialog says how many matching clients were left out and why.
 */
export function ProposeCandidateDialog({ target, onDone, onCancel }: DialogProps) {
  const { t } = useTranslation(['proposals', 'common']);
  const form = useFormErrors();
  const [search, setSearch] = useState('');
  const [submittedSearch, setSubmittedSearch] = useState('');
  const [clientId, setClientId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const candidates = useCandidates(target, submittedSearch);
  const propose = useEmployerWorkMutation<z.input<typeof createProposalRequest>, Proposal>('POST', '/api/proposals', {
    onSuccess: onDone,
    onError: form.showError,
  });

  useEffect(() => {
    const timer = setTimeout(() => setSubmittedSearch(search.trim()), searchDelayMs);
    return () => clearTimeout(timer);
  }, [search]);

  const confirm = () => {
    const body = form.validate(createProposalRequest, { ...target, clientId, note });
    if (body) propose.mutate(body);
  };
  const list = candidates.data;
  const hidden = list?.hidden ?? { withoutConsent: 0, alreadyProposed: 0 };

  return (
    <ConfirmDialog
      visible
      title={t('propose.title')}
      confirmText={t('propose.confirm')}
      onConfirm={confirm}
      onCancel={onCancel}
      busy={propose.isPending}
      data-qa="propose-dialog"
    >
      <Paragraph mb="m">{t('propose.consentHint')}</Paragraph>
      <ErrorBanner error={form.error} />
      <TextField
        labelText={t('propose.search')}
        hintText={t('propose.searchHint')}
        value={search}
        onChange={setSearch}
        data-qa="propose-search"
      />
      <div role="status" data-qa="propose-hidden">
        {hidden.withoutConsent > 0 ? <Paragraph mb="xs">{t('propose.withoutConsent', { count: hidden.withoutConsent })}</Paragraph> : null}
        {hidden.alreadyProposed > 0 ? (
          <Paragraph mb="xs">{t('propose.alreadyProposed', { count: hidden.alreadyProposed })}</Paragraph>
        ) : null}
        {list && list.items.length >= list.limit ? (
          <Paragraph mb="xs">{t('propose.limited', { limit: String(list.limit) })}</Paragraph>
        ) : null}
      </div>
      {candidates.isPending ? <LoadingIndicator /> : null}
      {list && list.items.length === 0 ? (
        <Paragraph mb="m" data-qa="propose-none">
          {t('propose.none')}
        </Paragraph>
      ) : null}
      {list && list.items.length > 0 ? (
        <RadioGroupField
          labelText={t('propose.candidates')}
          hintText={t('propose.choose')}
          name="proposal-candidate"
          options={list.items.map((candidate) => ({
            value: candidate.clientId,
            label: `${candidate.firstName} ${candidate.lastName}`,
            hint: candidate.responsibleName ? t('propose.responsible', { name: candidate.responsibleName }) : undefined,
          }))}
          value={clientId}
          onChange={setClientId}
          error={form.fieldError('clientId')}
          data-qa="propose-candidates"
        />
      ) : null}
      <TextareaField
        labelText={t('propose.note')}
        hintText={t('propose.noteHint')}
        optional
        fullWidth
        rows={2}
        value={note}
        onChange={setNote}
        error={form.fieldError('note')}
        data-qa="propose-note"
      />
    </ConfirmDialog>
  );
}
