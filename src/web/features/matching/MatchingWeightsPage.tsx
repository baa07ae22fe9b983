import { useQuery, useQueryClient, useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { matchingWeightsRequest, type MatchingWeightsRequest, type MatchingWeightsView } from '../../../contract/match-lists';
import { apiGet, apiPut } from '../../api/client';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { FormColumn } from '../admin/FormColumn';
import { settingsRoles, useOrganisationChoice } from '../assignments/organisation-choice';

/** The weights a manager sets: each component's points, and the commute assumed when a person states none. */
const fields = [
  'occupation',
  'essentialSkills',
  'optionalSkills',
  'languages',
  'licences',
  'hours',
  'startDate',
  'commute',
  'preferences',
  'defaultMaxCommuteKm',
] as const;
type Field = (typeof fields)[number];

const weightsKey = (organisationId: string | null) => ['matching', 'weights', organisationId];

/** /matching/settings: the organisation's matching weights (team leads and admins); the defaults are documented. */
export function MatchingWeightsPage() {
  const { t } = useTranslation('matching');
  const organisation = useOrganisationChoice(settingsRoles);
  const weights = useQuery({
    queryKey: weightsKey(organisation.organisationId),
    queryFn: ({ signal }) => apiGet<MatchingWeightsView>('/api/matching/weights', { organisationId: organisation.organisationId }, signal),
    enabled: organisation.organisationId !== null,
  });
  return (
    <div data-qa="matching-weights-page">
      <PageHeading>{t('weights.title')}</PageHeading>
      <Paragraph mb="l">{t('weights.intro')}</Paragraph>
      <FormColumn>
        {organisation.options.length > 1 ? (
          <DropdownField
            labelText={t('weights.organisation')}
            options={organisation.options}
            value={organisation.organisationId}
            onChange={organisation.choose}
            fullWidth
            data-qa="weights-organisation"
          />
        ) : null}
        <ErrorBanner error={weights.error} />
        {weights.isPending && organisation.organisationId ? <LoadingIndicator /> : null}
        {weights.data ? <WeightsForm key={weights.data.organisationId} view={weights.data} /> : null}
      </FormColumn>
    </div>
  );
}

function WeightsForm({ view }: { view: MatchingWeightsView }) {
  const { t } = useTranslation('matching');
  const form = useFormErrors();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const [values, setValues] = useState(
    () => Object.fromEntries(fields.map((field) => [field, String(view.weights[field])])) as Record<Field, string>,
  );
  const save = useMutation({
    mutationFn: (body: MatchingWeightsRequest) => apiPut<MatchingWeightsView>('/api/matching/weights', body),
    onSuccess: async (result) => {
      // The form stays as typed; the next save sends the version just saved. Match lists are ranked again.
      queryClient.setQueryData(weightsKey(result.organisationId), result);
      await queryClient.invalidateQueries({ queryKey: ['matching'] });
      setSaved(true);
    },
    onError: form.showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const edited = Object.fromEntries(
      fields.map((field) => [field, values[field].trim() === '' ? undefined : Number(values[field].replace(',', '.'))]),
    );
    const body = form.validate(matchingWeightsRequest, {
      organisationId: view.organisationId,
      weights: { ...view.weights, ...edited },
      version: view.version,
    });
    if (body) save.mutate(body);
  };

  return (
    <>
      {saved ? <Notice data-qa="weights-saved">{t('weights.saved')}</Notice> : null}
      <Paragraph mb="m" data-qa="weights-state">
        {view.customised ? t('weights.customised') : t('weights.defaults')}
      </Paragraph>
      <ErrorBanner error={form.error} />
      <form onSubmit={submit} noValidate data-qa="weights-form">
        {fields.map((field) => (
          <TextField
            key={field}
            labelText={t(`weights.fields.${field}`)}
            hintText={field === 'defaultMaxCommuteKm' ? t('weights.kmHint') : t('weights.pointsHint')}
            inputMode="decimal"
            value={values[field]}
            onChange={(value) => {
              setSaved(false);
              setValues((current) => ({ ...current, [field]: value }));
            }}
            error={form.fieldError(`weights.${field}`)}
            data-qa={`weights-${field}`}
          />
        ))}
        <FormActions>
          <Button type="submit" busy={save.isPending} data-qa="weights-save">
            {t('weights.save')}
          </Button>
        </FormActions>
      </form>
    </>
  );
}
