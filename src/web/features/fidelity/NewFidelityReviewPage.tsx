import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { createFidelityReviewRequest, type FidelityTargets } from '../../../contract/fidelity';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { TextareaField } from '../../components/TextareaField';
import { FormColumn } from '../admin/FormColumn';
import { todayInHelsinki } from '../client/form-helpers';
import { useCreateFidelityReview, useFidelityTargets } from './queries';

const none = 'none';

/** Six months back: the review rhythm of a new service (every six months until good fidelity). */
function sixMonthsBefore(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1 - 6, day + 1));
  return date.toISOString().slice(0, 10);
}

/** /fidelity/new: what the review is about and which period of recorded work it looks back on. */
export function NewFidelityReviewPage() {
  const { t } = useTranslation('fidelity');
  const targets = useFidelityTargets();
  return (
    <div data-qa="new-fidelity-review-page">
      <PageHeading>{t('create.title')}</PageHeading>
      <Paragraph mb="l">{t('create.intro')}</Paragraph>
      <ErrorBanner error={targets.error} />
      {targets.isPending ? <LoadingIndicator /> : null}
      {targets.data ? <ReviewTargetForm organisations={targets.data.organisations} /> : null}
    </div>
  );
}

function ReviewTargetForm({ organisations }: FidelityTargets) {
  const { t } = useTranslation('fidelity');
  const navigate = useNavigate();
  const form = useFormErrors();
  const create = useCreateFidelityReview();
  const today = todayInHelsinki();
  const [values, setValues] = useState({
    organisationId: organisations[0]?.id ?? '',
    teamId: organisations[0]?.teams[0]?.id ?? none,
    programmeId: none,
    reviewDate: today,
    periodStart: sixMonthsBefore(today),
    periodEnd: today,
    reviewers: '',
  });
  const set = (name: keyof typeof values, value: string) => setValues((current) => ({ ...current, [name]: value }));
  const organisation = organisations.find((candidate) => candidate.id === values.organisationId);
  const noneOption = { value: none, label: t('create.none') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(createFidelityReviewRequest, {
      organisationId: values.organisationId,
      teamId: values.teamId === none ? null : values.teamId,
      programmeId: values.programmeId === none ? null : values.programmeId,
      reviewDate: values.reviewDate,
      periodStart: values.periodStart,
      periodEnd: values.periodEnd,
      reviewers: values.reviewers
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    });
    if (body) create.mutate(body, { onSuccess: (review) => navigate(`/fidelity/${review.id}`), onError: form.showError });
  };

  return (
    <FormColumn>
      <ErrorBanner error={form.error} />
      <form onSubmit={submit} noValidate data-qa="new-fidelity-review-form">
        {organisations.length > 1 ? (
          <DropdownField
            labelText={t('create.organisation')}
            options={organisations.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
            value={values.organisationId}
            onChange={(organisationId) => setValues((current) => ({ ...current, organisationId, teamId: none, programmeId: none }))}
            fullWidth
            data-qa="fidelity-organisation"
          />
        ) : null}
        <DropdownField
          labelText={t('create.team')}
          options={[noneOption, ...(organisation?.teams ?? []).map((team) => ({ value: team.id, label: team.name }))]}
          value={values.teamId}
          onChange={(teamId) => set('teamId', teamId)}
          error={form.fieldError('teamId')}
          fullWidth
          data-qa="fidelity-team"
        />
        <DropdownField
          labelText={t('create.programme')}
          options={[noneOption, ...(organisation?.programmes ?? []).map((programme) => ({ value: programme.id, label: programme.name }))]}
          value={values.programmeId}
          onChange={(programmeId) => set('programmeId', programmeId)}
          error={form.fieldError('programmeId')}
          fullWidth
          data-qa="fidelity-programme"
        />
        <DateField
          labelText={t('create.reviewDate')}
          value={values.reviewDate}
          onChange={(date) => set('reviewDate', date)}
          error={form.fieldError('reviewDate')}
          data-qa="fidelity-review-date"
        />
        <DateField
          labelText={t('create.periodStart')}
          value={values.periodStart}
          onChange={(date) => set('periodStart', date)}
          error={form.fieldError('periodStart')}
          data-qa="fidelity-period-start"
        />
        <DateField
          labelText={t('create.periodEnd')}
          value={values.periodEnd}
          onChange={(date) => set('periodEnd', date)}
          error={form.fieldError('periodEnd')}
          data-qa="fidelity-period-end"
        />
        <TextareaField
          labelText={t('create.reviewers')}
          hintText={t('create.reviewersHint')}
          value={values.reviewers}
          onChange={(reviewers) => set('reviewers', reviewers)}
          error={form.fieldError('reviewers') ?? form.fieldError('reviewers.0')}
          fullWidth
          data-qa="fidelity-reviewers"
        />
        <FormActions>
          <Button type="submit" busy={create.isPending} data-qa="fidelity-create">
            {t('create.submit')}
          </Button>
          <RouterLink asComponent={Link} to="/fidelity">
            {t('create.cancel')}
          </RouterLink>
        </FormActions>
      </form>
    </FormColumn>
  );
}
