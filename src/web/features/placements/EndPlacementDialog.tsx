import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { z } from 'zod';
import { endPlacementRequest, placementEndReasons, type Placement } from '../../../contract/placements';
import { useFormErrors } from '../../api/form-errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField } from '../../components/DateField';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { optionsOf, todayInHelsinki } from '../client/form-helpers';
import { useEmployerWorkMutation } from './queries';

/** Ending records when and why; the enrolment's phase is left to the coach. */
export function EndPlacementDialog({ placement, onDone }: { placement: Placement; onDone: () => void }) {
  const { t } = useTranslation('placements');
  const form = useFormErrors();
  const [endedOn, setEndedOn] = useState(todayInHelsinki);
  const [endReason, setEndReason] = useState<(typeof placementEndReasons)[number] | null>(null);
  const end = useEmployerWorkMutation<z.input<typeof endPlacementRequest>>('POST', `/api/placements/${placement.id}/end`, {
    onSuccess: onDone,
    onError: form.showError,
  });

  const confirm = () => {
    const body = form.validate(endPlacementRequest, { endedOn, endReason });
    if (body) end.mutate(body);
  };

  return (
    <ConfirmDialog
      visible
      title={t('page.endTitle')}
      confirmText={t('page.endConfirm')}
      onConfirm={confirm}
      onCancel={onDone}
      busy={end.isPending}
      data-qa="placement-end-dialog"
    >
      <Paragraph mb="m">{t('page.endIntro')}</Paragraph>
      <ErrorBanner error={form.error} />
      <DateField
        labelText={t('fields.endedOn')}
        value={endedOn}
        onChange={setEndedOn}
        error={form.fieldError('endedOn')}
        data-qa="placement-ended-on"
      />
      <DropdownField
        labelText={t('fields.endReason')}
        options={optionsOf(placementEndReasons, (value) => t(`endReasons.${value}`))}
        value={endReason}
        onChange={setEndReason}
        error={form.fieldError('endReason')}
        data-qa="placement-end-reason"
      />
    </ConfirmDialog>
  );
}
