import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { z } from 'zod';
import { updatePlacementRequest, type Placement } from '../../../contract/placements';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { FormPanel } from '../client/FormPanel';
import { termsBody, type PlacementTermsValues } from './placement-terms';
import { PlacementTermsFields } from './PlacementTermsFields';
import { useEmployerWorkMutation } from './queries';

const valuesOf = (placement: Placement): PlacementTermsValues => ({
  type: placement.type,
  startDate: placement.startDate,
  plannedEndDate: placement.plannedEndDate ?? '',
  hoursPerWeek: placement.hoursPerWeek === null ? '' : String(placement.hoursPerWeek),
  duties: placement.duties ?? '',
  supportGranted: placement.supportGranted,
  supportNote: placement.supportNote ?? '',
  enrolmentId: placement.enrolmentId,
});

export function PlacementEditForm({ placement, onDone }: { placement: Placement; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation(['placements', 'common']);
  const form = useFormErrors();
  const [terms, setTerms] = useState(() => valuesOf(placement));
  const save = useEmployerWorkMutation<z.input<typeof updatePlacementRequest>>('PUT', `/api/placements/${placement.id}`, {
    onSuccess: () => onDone(true),
    onError: form.showError,
  });

  const submit = () => {
    const { type, plannedEndDate, hoursPerWeek, duties, supportGranted, supportNote } = termsBody(terms);
    const body = form.validate(updatePlacementRequest, {
      type,
      plannedEndDate,
      hoursPerWeek,
      duties,
      supportGranted,
      supportNote,
      version: placement.version,
    });
    if (body) save.mutate(body);
  };

  return (
    <FormPanel title={t('page.editTitle')} onSubmit={submit} data-qa="placement-edit-form">
      <Paragraph mb="m">{t('page.editIntro')}</Paragraph>
      <ErrorBanner error={form.error} />
      <PlacementTermsFields
        values={terms}
        onChange={(patch) => setTerms((current) => ({ ...current, ...patch }))}
        fieldError={(name) => form.fieldError(name)}
        withStartDate={false}
      />
      <FormActions>
        <Button type="submit" busy={save.isPending} data-qa="placement-edit-submit">
          {t('common:actions.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)} data-qa="placement-edit-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
