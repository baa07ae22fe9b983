import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { z } from 'zod';
import type { CaseloadRow } from '../../../contract/caseload';
import { reassignRequest, type Client } from '../../../contract/clients';
import { apiPost } from '../../api/client';
import { useFormErrors } from '../../api/form-errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { clientName } from '../caseload/CaseloadTable';
import { caseloadKeys, useCaseworkers } from '../caseload/queries';

type ReassignDialogProps = {
  /** The client to move; null keeps the dialog closed. */
  row: CaseloadRow | null;
  onClose: () => void;
  onDone: (client: Client) => void;
};

/** A team lead hands a client to another personal coach: choose the coach, then confirm. */
export function ReassignDialog({ row, onClose, onDone }: ReassignDialogProps) {
  const { t } = useTranslation('team');
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const caseworkers = useCaseworkers();
  const [coachId, setCoachId] = useState<string | null>(null);
  const reassign = useMutation({
    mutationFn: ({ clientId, body }: { clientId: string; body: z.infer<typeof reassignRequest> }) =>
      apiPost<Client>(`/api/clients/${clientId}/reassign`, body),
    onSuccess: (client) => {
      void queryClient.invalidateQueries({ queryKey: caseloadKeys.lists });
      close();
      onDone(client);
    },
    onError: form.showError,
  });

  const close = () => {
    setCoachId(null);
    form.clear();
    reassign.reset();
    onClose();
  };

  const submit = () => {
    if (!row) return;
    const body = form.validate(reassignRequest, { responsibleUserId: coachId ?? undefined });
    if (body) reassign.mutate({ clientId: row.clientId, body });
  };

  const options = (caseworkers.data ?? []).map((member) => ({
    value: member.id,
    label: member.team ? `${member.name} (${member.team.name})` : member.name,
  }));

  return (
    <ConfirmDialog
      visible={row !== null}
      title={t('reassign.title')}
      confirmText={t('reassign.confirm')}
      onConfirm={submit}
      onCancel={close}
      busy={reassign.isPending}
      data-qa="reassign"
    >
      <Paragraph mb="m">{t('reassign.intro', { name: row ? clientName(row) : '' })}</Paragraph>
      <ErrorBanner error={form.error ?? caseworkers.error} />
      <DropdownField
        labelText={t('reassign.coach')}
        options={options}
        value={coachId}
        onChange={setCoachId}
        error={form.fieldError('responsibleUserId')}
        fullWidth
        data-qa="reassign-coach"
      />
    </ConfirmDialog>
  );
}
