import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { notSelectedReasons, proposalStatusRequest, type NotSelectedReason, type Proposal } from '../../../contract/proposals';
import { useFormErrors } from '../../api/form-errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { optionsOf } from '../client/form-helpers';
import { useProposalMove } from './queries';

type DialogProps = { proposal: Proposal; onDone: (proposal: Proposal) => void; onCancel: () => void };

/** Not selected always records why, from the fixed list, so the reasons can be reported. */
export function NotSelectedDialog({ proposal, onDone, onCancel }: DialogProps) {
  const { t } = useTranslation(['proposals', 'common']);
  const form = useFormErrors();
  const [reason, setReason] = useState<NotSelectedReason | null>(null);
  const move = useProposalMove({ onSuccess: (result) => onDone(result.proposal), onError: form.showError });

  const confirm = () => {
    const body = form.validate(proposalStatusRequest, { status: 'not_selected', reason, version: proposal.version });
    if (body) move.mutate({ proposalId: proposal.id, body });
  };

  return (
    <ConfirmDialog
      visible
      title={t('notSelected.title')}
      confirmText={t('notSelected.confirm')}
      onConfirm={confirm}
      onCancel={onCancel}
      busy={move.isPending}
      data-qa="not-selected-dialog"
    >
      <Paragraph mb="m">{t('notSelected.intro', { name: proposal.clientName })}</Paragraph>
      <ErrorBanner error={form.error} />
      <DropdownField
        labelText={t('notSelected.reason')}
        options={optionsOf(notSelectedReasons, (value) => t(`reasons.${value}`))}
        value={reason}
        onChange={setReason}
        error={form.fieldError('reason')}
        data-qa="not-selected-reason"
      />
    </ConfirmDialog>
  );
}
