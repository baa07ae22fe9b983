import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { z } from 'zod';
import type { employerList } from '../../../contract/employers';
import type { opportunityList } from '../../../contract/opportunities';
import { createPlacementRequest, type PlacementStarted } from '../../../contract/placements';
import { apiGet } from '../../api/client';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { FieldRow } from '../client/FieldRow';
import { FormPanel } from '../client/FormPanel';
import { emptyTerms, termsBody, type PlacementTermsValues } from './placement-terms';
import { PlacementTermsFields } from './PlacementTermsFields';
import { useEmployerWorkMutation } from './queries';
import { useRunningEnrolmentOptions } from './running-enrolments';

/** The picker lists the register's first employers by name; the select narrows them as the user types. */
const pickerSize = 200;

function useEmployerOptions() {
  return useQuery({
    queryKey: ['employers', 'picker'],
    queryFn: () => apiGet<z.infer<typeof employerList>>('/api/employers', { pageSize: pickerSize, sort: 'name' }),
    select: (list) => list.items.map((employer) => ({ value: employer.id, label: employer.name })),
  });
}

function useOpenOpportunityOptions(employerId: string | null) {
  return useQuery({
    queryKey: ['opportunities', 'picker', employerId],
    queryFn: () => apiGet<z.infer<typeof opportunityList>>('/api/opportunities', { employerId, status: 'open', pageSize: pickerSize }),
    select: (list) => list.items.map((opportunity) => ({ value: opportunity.id, label: opportunity.title })),
    enabled: employerId !== null,
  });
}

/** A placement recorded straight on the client, e.g. a job they found themself. */
export function RecordPlacementForm({ clientId, onDone }: { clientId: string; onDone: (started: PlacementStarted | null) => void }) {
  const { t } = useTranslation(['placements', 'common']);
  const form = useFormErrors();
  const [employerId, setEmployerId] = useState<string | null>(null);
  const [opportunityId, setOpportunityId] = useState<string | null>(null);
  const [terms, setTerms] = useState<PlacementTermsValues>(emptyTerms);
  const employers = useEmployerOptions();
  const opportunities = useOpenOpportunityOptions(employerId);
  const enrolmentOptions = useRunningEnrolmentOptions(clientId);
  const record = useEmployerWorkMutation<z.input<typeof createPlacementRequest>, PlacementStarted>(
    'POST',
    `/api/clients/${clientId}/placements`,
    {
      onSuccess: onDone,
      onError: form.showError,
    },
  );

  const submit = () => {
    const body = form.validate(createPlacementRequest, { ...termsBody(terms), employerId, opportunityId });
    if (body) record.mutate(body);
  };

  return (
    <FormPanel title={t('client.recordTitle')} onSubmit={submit} data-qa="placement-form">
      <Paragraph mb="m">{t('client.recordIntro')}</Paragraph>
      <ErrorBanner error={form.error} />
      <FieldRow>
        <SelectField
          labelText={t('fields.employer')}
          options={employers.data ?? []}
          value={employerId}
          onChange={(value) => {
            setEmployerId(value);
            setOpportunityId(null);
          }}
          error={form.fieldError('employerId')}
          data-qa="placement-employer"
        />
        <SelectField
          labelText={t('fields.opportunity')}
          optional
          disabled={employerId === null}
          options={opportunities.data ?? []}
          value={opportunityId}
          onChange={setOpportunityId}
          error={form.fieldError('opportunityId')}
          data-qa="placement-opportunity"
        />
      </FieldRow>
      <PlacementTermsFields
        values={terms}
        onChange={(patch) => setTerms((current) => ({ ...current, ...patch }))}
        fieldError={(name) => form.fieldError(name)}
        enrolmentOptions={enrolmentOptions}
      />
      <FormActions>
        <Button type="submit" busy={record.isPending} data-qa="placement-submit">
          {t('client.record')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(null)} data-qa="placement-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
