import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { createActivityRequest, type Activity } from '../../../contract/activities';
import type { CaseloadRow } from '../../../contract/caseload';
import { apiPost } from '../../api/client';
import { useFormErrors } from '../../api/form-errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextareaField } from '../../components/TextareaField';
import { clientName } from './CaseloadTable';
import { caseloadKeys } from './queries';

type QuickLogDialogProps = {
  /** The client whose meeting is being logged; null keeps the dialog closed. */
  row: CaseloadRow | null;
  onClose: () => void;
  onSaved: (row: CaseloadRow, activity: Activity) => void;
};

/**
 * Logging must not eat the time meant for clients: everything the server can derive (today, face
 * to face, one hour, the client, the enrolment the user coaches) is left to it, so the request body
 * holds at most the summary the coach chose to type.
 */
export function QuickLogDialog({ row, onClose, onSaved }: QuickLogDialogProps) {
  const { t } = useTranslation('caseload');
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const [summary, setSummary] = useState('');
  const save = useMutation({
    mutationFn: ({ client, body }: { client: CaseloadRow; body: unknown }) =>
      apiPost<Activity>(`/api/clients/${client.clientId}/activities`, body),
    onSuccess: (activity, { client }) => {
      void queryClient.invalidateQueries({ queryKey: caseloadKeys.lists });
      close();
      onSaved(client, activity);
    },
    onError: form.showError,
  });

  const close = () => {
    setSummary('');
    form.clear();
    save.reset();
    onClose();
  };

  const submit = () => {
    if (!row) return;
    const body = summary.trim() ? { summary: summary.trim() } : {};
    if (form.validate(createActivityRequest, body)) save.mutate({ client: row, body });
  };

  const details = [
    { label: t('quickLog.client'), value: row ? clientName(row) : '' },
    { label: t('quickLog.date'), value: t('quickLog.today') },
    { label: t('quickLog.mode'), value: t('quickLog.faceToFace') },
    { label: t('quickLog.duration'), value: t('quickLog.minutes', { count: 60 }) },
  ];

  return (
    <ConfirmDialog
      visible={row !== null}
      title={t('quickLog.title')}
      confirmText={t('quickLog.save')}
      onConfirm={submit}
      onCancel={close}
      busy={save.isPending}
      data-qa="quick-log"
    >
      <Paragraph mb="m">{t('quickLog.intro')}</Paragraph>
      <Details data-qa="quick-log-details">
        {details.map((detail) => (
          <div key={detail.label}>
            <dt>{detail.label}</dt>
            <dd>{detail.value}</dd>
          </div>
        ))}
      </Details>
      <ErrorBanner error={form.error} />
      <TextareaField
        labelText={t('quickLog.summary')}
        hintText={t('quickLog.summaryHint')}
        optional
        value={summary}
        onChange={setSummary}
        error={form.fieldError('summary')}
        fullWidth
        data-qa="quick-log-summary"
      />
    </ConfirmDialog>
  );
}

const Details = styled.dl`
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: ${tokens.spacing.xxs} ${tokens.spacing.m};
  margin: 0 0 ${tokens.spacing.m};

  div {
    display: contents;
  }
  dt {
    ${tokens.typography.bodySemiBoldSmall};
  }
  dd {
    ${tokens.typography.bodyTextSmall};
    margin: 0;
  }
`;
