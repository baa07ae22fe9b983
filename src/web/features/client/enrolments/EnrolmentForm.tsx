import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  createEnrolmentRequest,
  intensities,
  referralSources,
  startingSituations,
  updateEnrolmentRequest,
  type Enrolment,
} from '../../../../contract/enrolments';
import { useFormErrors } from '../../../api/form-errors';
import { useSession } from '../../../auth/session';
import { Button } from '../../../components/Button';
import { DateField } from '../../../components/DateField';
import { DropdownField } from '../../../components/DropdownField';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormActions } from '../../../components/FormActions';
import { LoadingIndicator } from '../../../components/LoadingIndicator';
import { RadioGroupField } from '../../../components/RadioGroupField';
import { SelectField } from '../../../components/SelectField';
import { FieldRow } from '../FieldRow';
import { isStaleVersion, optionsOf, todayInHelsinki } from '../form-helpers';
import { FormPanel } from '../FormPanel';
import { useClientMutation, useProgrammes, useStaff } from '../queries';

type EnrolmentFormProps = {
  clientId: string;
  /** Absent: a new enrolment; present: its details are edited (programme and start stay as they are). */
  enrolment?: Enrolment;
  onDone: () => void;
  onStale?: () => void;
};

type Values = {
  programmeId: string | null;
  referralSource: (typeof referralSources)[number] | null;
  startingSituation: (typeof startingSituations)[number] | null;
  coachId: string | null;
  coCoachId: string | null;
  intensity: (typeof intensities)[number];
  startDate: string;
};

export function EnrolmentForm({ clientId, enrolment, onDone, onStale }: EnrolmentFormProps) {
  const { t } = useTranslation(['client', 'common']);
  const form = useFormErrors();
  const session = useSession();
  const programmes = useProgrammes();
  const staff = useStaff();
  const [values, setValues] = useState<Values>(() => ({
    programmeId: enrolment?.programmeId ?? null,
    referralSource: enrolment?.referralSource ?? null,
    startingSituation: enrolment?.startingSituation ?? null,
    coachId: enrolment?.coachId ?? session.data?.user.id ?? null,
    coCoachId: enrolment?.coCoachId ?? null,
    intensity: enrolment?.intensity ?? 'intensive',
    startDate: todayInHelsinki(),
  }));
  const onError = (error: unknown) => {
    if (onStale && isStaleVersion(error)) onStale();
    else form.showError(error);
  };
  const create = useClientMutation<z.input<typeof createEnrolmentRequest>>(clientId, 'POST', `/api/clients/${clientId}/enrolments`, {
    onSuccess: onDone,
    onError,
  });
  const update = useClientMutation<z.input<typeof updateEnrolmentRequest>>(clientId, 'PUT', `/api/enrolments/${enrolment?.id ?? ''}`, {
    onSuccess: onDone,
    onError,
  });
  const set =
    <Name extends keyof Values>(name: Name) =>
    (value: Values[Name]) =>
      setValues((current) => ({ ...current, [name]: value }));

  const submit = () => {
    if (enrolment) {
      const body = form.validate(updateEnrolmentRequest, { ...values, version: enrolment.version });
      if (body) update.mutate(body);
    } else {
      const body = form.validate(createEnrolmentRequest, values);
      if (body) create.mutate(body);
    }
  };

  const caseworkers = (staff.data?.items ?? [])
    .filter((member) => member.roles.includes('coach') || member.roles.includes('team_lead'))
    .map((member) => ({ value: member.id, label: member.team ? `${member.name} (${member.team.name})` : member.name }));
  const programmeOptions = (programmes.data?.items ?? [])
    .filter((programme) => programme.active)
    .map((programme) => ({ value: programme.id, label: programme.name }));

  return (
    <FormPanel title={enrolment ? t('enrolments.editTitle') : t('enrolments.startTitle')} onSubmit={submit} data-qa="enrolment-form">
      <ErrorBanner error={form.error ?? programmes.error ?? staff.error} />
      {/* suomifi's Dropdown cannot start without options, so the fields wait for the lists. */}
      {programmes.isPending || staff.isPending ? <LoadingIndicator /> : null}
      {enrolment ? null : (
        <FieldRow>
          {programmeOptions.length > 0 ? (
            <DropdownField
              labelText={t('enrolments.programme')}
              options={programmeOptions}
              value={values.programmeId}
              onChange={set('programmeId')}
              error={form.fieldError('programmeId')}
              data-qa="enrolment-programme"
            />
          ) : null}
          <DateField
            labelText={t('enrolments.startDate')}
            value={values.startDate}
            onChange={set('startDate')}
            error={form.fieldError('startDate')}
            data-qa="enrolment-start-date"
          />
        </FieldRow>
      )}
      <FieldRow>
        <DropdownField
          labelText={t('enrolments.referralSource')}
          options={optionsOf(referralSources, (value) => t(`labels.referralSource.${value}`))}
          value={values.referralSource}
          onChange={set('referralSource')}
          error={form.fieldError('referralSource')}
          data-qa="enrolment-referral-source"
        />
        <DropdownField
          labelText={t('enrolments.startingSituation')}
          options={optionsOf(startingSituations, (value) => t(`labels.startingSituation.${value}`))}
          value={values.startingSituation}
          onChange={set('startingSituation')}
          error={form.fieldError('startingSituation')}
          data-qa="enrolment-starting-situation"
        />
      </FieldRow>
      <FieldRow>
        <SelectField
          labelText={t('enrolments.coach')}
          hintText={enrolment ? undefined : t('enrolments.coachHint')}
          options={caseworkers}
          value={values.coachId}
          onChange={set('coachId')}
          error={form.fieldError('coachId')}
          data-qa="enrolment-coach"
        />
        <SelectField
          labelText={t('enrolments.coCoach')}
          optional
          options={caseworkers.filter((option) => option.value !== values.coachId)}
          value={values.coCoachId}
          onChange={set('coCoachId')}
          error={form.fieldError('coCoachId')}
          data-qa="enrolment-co-coach"
        />
      </FieldRow>
      <RadioGroupField
        labelText={t('enrolments.intensity')}
        name="intensity"
        options={optionsOf(intensities, (value) => t(`labels.intensity.${value}`))}
        value={values.intensity}
        onChange={set('intensity')}
        error={form.fieldError('intensity')}
        data-qa="enrolment-intensity"
      />
      <FormActions>
        <Button type="submit" busy={create.isPending || update.isPending} data-qa="enrolment-submit">
          {enrolment ? t('common:actions.save') : t('enrolments.submitStart')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-qa="enrolment-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
