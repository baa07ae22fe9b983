import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { z } from 'zod';
import {
  supportAgreementRequest,
  workplaceAdjustments,
  type SupportAgreement,
  type supportAgreementResponse,
  type WorkplaceAdjustment,
} from '../../../contract/placements';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { DateField } from '../../components/DateField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { TextareaField } from '../../components/TextareaField';
import { TextField } from '../../components/TextField';
import { formatDateTime } from '../../format';
import { isLanguage } from '../../i18n/languages';
import { FieldRow } from '../client/FieldRow';
import { todayInHelsinki } from '../client/form-helpers';
import { SectionHeader } from '../client/SectionHeader';
import { StatusTag } from '../client/StatusTag';
import { EnumCheckboxGroup } from './EnumCheckboxGroup';
import { useEmployerWorkMutation, useSupportAgreement } from './queries';

type Values = {
  coachTasks: string;
  employerTasks: string;
  contactRhythm: string;
  adjustments: WorkplaceAdjustment[];
  adjustmentsNote: string;
  agreedOn: string;
  sharedWithEmployer: boolean;
};

const valuesOf = (agreement: SupportAgreement | null): Values => ({
  coachTasks: agreement?.coachTasks ?? '',
  employerTasks: agreement?.employerTasks ?? '',
  contactRhythm: agreement?.contactRhythm ?? '',
  adjustments: agreement?.adjustments ?? [],
  adjustmentsNote: agreement?.adjustmentsNote ?? '',
  agreedOn: agreement?.agreedOn ?? todayInHelsinki(),
  sharedWithEmployer: agreement?.sharedWithEmployer ?? false,
});

/** IPS phase 4, agreeing support with the employer: one agreement per placement, shared with the employer only with consent. */
export function SupportAgreementForm({ placementId, canWrite, onSaved }: { placementId: string; canWrite: boolean; onSaved: () => void }) {
  const { t } = useTranslation('placements');
  const agreement = useSupportAgreement(placementId);
  return (
    <section data-qa="support-agreement">
      <SectionHeader title={t('agreement.title')} />
      <Paragraph mb="m">{t('agreement.intro')}</Paragraph>
      <ErrorBanner error={agreement.error} />
      {agreement.isPending ? <LoadingIndicator /> : null}
      {agreement.data ? (
        <AgreementFields
          key={agreement.data.agreement?.version ?? 0}
          placementId={placementId}
          response={agreement.data}
          canWrite={canWrite}
          onSaved={onSaved}
        />
      ) : null}
    </section>
  );
}

type AgreementFieldsProps = {
  placementId: string;
  response: z.infer<typeof supportAgreementResponse>;
  canWrite: boolean;
  onSaved: () => void;
};

function AgreementFields({ placementId, response, canWrite, onSaved }: AgreementFieldsProps) {
  const { t, i18n } = useTranslation(['placements', 'common']);
  const form = useFormErrors();
  const { agreement, employerConsentActive } = response;
  const [values, setValues] = useState(() => valuesOf(agreement));
  const change = (patch: Partial<Values>) => setValues((current) => ({ ...current, ...patch }));
  const save = useEmployerWorkMutation<z.input<typeof supportAgreementRequest>>('PUT', `/api/placements/${placementId}/support-agreement`, {
    onSuccess: onSaved,
    onError: form.showError,
  });
  const submit = () => {
    const body = form.validate(supportAgreementRequest, { ...values, version: agreement?.version ?? 0 });
    if (body) save.mutate(body);
  };
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      noValidate
      data-qa="support-agreement-form"
    >
      {agreement === null ? <Paragraph mb="m">{t('agreement.notYet')}</Paragraph> : null}
      {agreement ? (
        <Paragraph mb="m" data-qa="support-agreement-sharing">
          <StatusTag tone={agreement.visibleToEmployer ? 'success' : 'neutral'}>
            {t(agreement.visibleToEmployer ? 'agreement.visible' : 'agreement.notVisible')}
          </StatusTag>{' '}
          {agreement.updatedByName
            ? t('agreement.updated', { name: agreement.updatedByName, date: formatDateTime(agreement.updatedAt, language) })
            : null}
        </Paragraph>
      ) : null}
      <ErrorBanner error={form.error} />
      <fieldset disabled={!canWrite} style={{ border: 0, margin: 0, padding: 0 }}>
        <TextareaField
          labelText={t('agreement.coachTasks')}
          optional
          fullWidth
          rows={3}
          value={values.coachTasks}
          onChange={(coachTasks) => change({ coachTasks })}
          error={form.fieldError('coachTasks')}
          data-qa="agreement-coach-tasks"
        />
        <TextareaField
          labelText={t('agreement.employerTasks')}
          optional
          fullWidth
          rows={3}
          value={values.employerTasks}
          onChange={(employerTasks) => change({ employerTasks })}
          error={form.fieldError('employerTasks')}
          data-qa="agreement-employer-tasks"
        />
        <FieldRow>
          <TextField
            labelText={t('agreement.contactRhythm')}
            hintText={t('agreement.contactRhythmHint')}
            optional
            value={values.contactRhythm}
            onChange={(contactRhythm) => change({ contactRhythm })}
            error={form.fieldError('contactRhythm')}
            data-qa="agreement-contact-rhythm"
          />
          <DateField
            labelText={t('agreement.agreedOn')}
            value={values.agreedOn}
            onChange={(agreedOn) => change({ agreedOn })}
            error={form.fieldError('agreedOn')}
            data-qa="agreement-agreed-on"
          />
        </FieldRow>
        <EnumCheckboxGroup
          labelText={t('agreement.adjustments')}
          values={workplaceAdjustments}
          label={(value) => t(`adjustments.${value}`)}
          selected={values.adjustments}
          onChange={(adjustments) => change({ adjustments })}
          error={form.fieldError('adjustments')}
          data-qa="agreement-adjustments"
        />
        <TextareaField
          labelText={t('agreement.adjustmentsNote')}
          optional
          fullWidth
          rows={2}
          value={values.adjustmentsNote}
          onChange={(adjustmentsNote) => change({ adjustmentsNote })}
          error={form.fieldError('adjustmentsNote')}
          data-qa="agreement-adjustments-note"
        />
        {employerConsentActive ? null : <Paragraph mb="s">{t('agreement.noConsent')}</Paragraph>}
        <CheckboxField
          label={t('agreement.shared')}
          hintText={t('agreement.sharedHint')}
          checked={values.sharedWithEmployer}
          onChange={(sharedWithEmployer) => change({ sharedWithEmployer })}
          error={form.fieldError('sharedWithEmployer')}
          data-qa="agreement-shared"
        />
      </fieldset>
      {canWrite ? (
        <FormActions>
          <Button type="submit" busy={save.isPending} data-qa="agreement-submit">
            {t('agreement.save')}
          </Button>
        </FormActions>
      ) : null}
    </form>
  );
}
