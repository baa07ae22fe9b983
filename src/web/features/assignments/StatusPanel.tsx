import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import {
  assignmentResults,
  assignmentStatusRequest,
  assignmentStatusTransitions,
  type Assignment,
  type AssignmentResult,
  type AssignmentStatus,
} from '../../../contract/assignments';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { FormPanel } from '../client/FormPanel';
import { useChangeAssignmentStatus } from './queries';

type StatusPanelProps = { assignment: Assignment; onDone: (notice: string | null) => void };

/** Offers only the moves the process allows from the current status; closing asks for the result. */
export function StatusPanel({ assignment, onDone }: StatusPanelProps) {
  const { t } = useTranslation('assignments');
  const form = useFormErrors();
  const change = useChangeAssignmentStatus(assignment.id);
  const allowed = assignmentStatusTransitions[assignment.status];
  const [status, setStatus] = useState<AssignmentStatus | null>(allowed[0] ?? null);
  const [result, setResult] = useState<AssignmentResult | null>(null);

  const submit = () => {
    const body = form.validate(assignmentStatusRequest, {
      status: status ?? undefined,
      result: status === 'closed' ? result : null,
      version: assignment.version,
    });
    // Closing without a result is refused by the API, which names the field.
    if (!body) return;
    change.mutate(body, {
      onSuccess: (updated) => onDone(t('status.saved', { status: t(`statuses.${updated.status}`) })),
      onError: form.showError,
    });
  };

  return (
    <FormPanel title={t('status.title')} onSubmit={submit} data-qa="status-panel">
      <Paragraph mb="m">{t('status.intro')}</Paragraph>
      <ErrorBanner error={form.error} />
      <DropdownField
        labelText={t('status.newStatus')}
        options={allowed.map((value) => ({ value, label: t(`statuses.${value}`) }))}
        value={status}
        onChange={setStatus}
        error={form.fieldError('status')}
        data-qa="status-new"
      />
      {status === 'closed' ? (
        <DropdownField
          labelText={t('status.result')}
          options={assignmentResults.map((value) => ({ value, label: t(`results.${value}`) }))}
          value={result}
          onChange={setResult}
          error={form.fieldError('result')}
          data-qa="status-result"
        />
      ) : null}
      <FormActions>
        <Button type="submit" busy={change.isPending} data-qa="status-save">
          {t('status.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(null)} data-qa="status-cancel">
          {t('form.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
