import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { EmployerWorkplace } from '../../../contract/employers';
import { cognitiveDemands, licences, opportunityKinds, physicalDemands, workingTimeForms } from '../../../contract/opportunities';
import type { Municipality } from '../../../contract/reference';
import { DateField } from '../../components/DateField';
import { DropdownField } from '../../components/DropdownField';
import { TextareaField } from '../../components/TextareaField';
import { TextField } from '../../components/TextField';
import { MunicipalityField } from '../admin/MunicipalityField';
import { optionsOf } from '../client/form-helpers';
import { FieldGrid, FormSection } from '../new-client/FormSection';
import { DemandsField, LicencesField } from './ChoiceFields';
import { LanguageRequirementsField } from './LanguageRequirementsField';
import { OccupationField } from './OccupationField';
import { noChoice, type OpportunityFormValues, type SetValue } from './opportunity-form';
import { useOccupationSkills } from './queries';
import { SkillsPicker } from './SkillsPicker';

type OpportunityFieldsProps = {
  values: OpportunityFormValues;
  set: SetValue;
  fieldError: (path: string) => string | undefined;
  workplaces: readonly EmployerWorkplace[];
  municipalities: readonly Municipality[];
  /** A carved job's required skills, demands and hours come from its tasks and are not edited here. */
  carved: boolean;
};

/** The fields of an opportunity in three short sections; shared by the new-job form, the edit form and the carving editor. */
export function OpportunityFields({ values, set, fieldError, workplaces, municipalities, carved }: OpportunityFieldsProps) {
  const { t } = useTranslation(['opportunities', 'common']);
  const occupationSkills = useOccupationSkills(values.occupation?.uri ?? null).data;
  return (
    <>
      <FormSection title={t('form.basics')}>
        <FieldGrid>
          <TextField
            labelText={t('form.title')}
            value={values.title}
            onChange={(title) => set('title', title)}
            error={fieldError('title')}
            fullWidth
            data-qa="opportunity-title"
          />
          <DropdownField
            labelText={t('form.kind')}
            options={optionsOf(opportunityKinds, (kind) => t(`labels.kind.${kind}`))}
            value={values.kind}
            onChange={(kind) => set('kind', kind)}
            error={fieldError('kind')}
            data-qa="opportunity-kind"
          />
        </FieldGrid>
        <OccupationField
          value={values.occupation}
          onChange={(occupation) => set('occupation', occupation)}
          error={fieldError('escoOccupationUri') ?? fieldError('iscoCode')}
        />
        <TextareaField
          labelText={t('form.description')}
          optional
          fullWidth
          rows={3}
          value={values.description}
          onChange={(description) => set('description', description)}
          error={fieldError('description')}
          data-qa="opportunity-description"
        />
      </FormSection>

      <FormSection title={t('form.requirements')}>
        {carved ? (
          <Paragraph mb="m">{t('form.derivedNote')}</Paragraph>
        ) : (
          <SkillsPicker
            legend={t('form.requiredSkills')}
            skills={values.requiredSkills}
            onChange={(skills) => set('requiredSkills', skills)}
            suggestions={occupationSkills?.essential}
            error={fieldError('requiredSkills')}
            data-qa="opportunity-required-skills"
          />
        )}
        <SkillsPicker
          legend={t('form.niceToHaveSkills')}
          skills={values.niceToHaveSkills}
          onChange={(skills) => set('niceToHaveSkills', skills)}
          suggestions={occupationSkills?.optional}
          error={fieldError('niceToHaveSkills')}
          data-qa="opportunity-nice-to-have-skills"
        />
        <LanguageRequirementsField value={values.languages} onChange={(languages) => set('languages', languages)} fieldError={fieldError} />
        <LicencesField
          labelText={t('form.licences')}
          values={licences}
          selected={values.licences}
          onChange={(chosen) => set('licences', chosen)}
          data-qa="opportunity-licences"
        />
        {carved ? null : (
          <DemandsField
            physical={physicalDemands}
            cognitive={cognitiveDemands}
            selected={values.demands}
            onChange={(demands) => set('demands', demands)}
            data-qa="opportunity-demands"
          />
        )}
      </FormSection>

      <FormSection title={t('form.terms')}>
        <FieldGrid>
          <DropdownField
            labelText={t('form.workplace')}
            options={[
              { value: noChoice, label: t('form.noWorkplace') },
              ...workplaces.map((workplace) => ({ value: workplace.id, label: workplace.name })),
            ]}
            value={values.workplaceId}
            onChange={(workplaceId) => set('workplaceId', workplaceId)}
            error={fieldError('workplaceId')}
            data-qa="opportunity-workplace"
          />
          <MunicipalityField
            labelText={t('form.municipality')}
            hintText={t('form.municipalityHint')}
            municipalities={municipalities}
            value={values.municipality}
            onChange={(municipality) => set('municipality', municipality)}
            error={fieldError('municipalityCode')}
            data-qa="opportunity-municipality"
          />
          {carved ? null : (
            <TextField
              labelText={t('form.hoursPerWeek')}
              optional
              inputMode="decimal"
              value={values.hoursPerWeek}
              onChange={(hours) => set('hoursPerWeek', hours)}
              error={fieldError('hoursPerWeek')}
              data-qa="opportunity-hours"
            />
          )}
          <DropdownField
            labelText={t('form.workingTimeForm')}
            options={[
              { value: noChoice, label: t('form.noWorkingTimeForm') },
              ...optionsOf(workingTimeForms, (form) => t(`labels.workingTimeForm.${form}`)),
            ]}
            value={values.workingTimeForm}
            onChange={(form) => set('workingTimeForm', form)}
            error={fieldError('workingTimeForm')}
            data-qa="opportunity-working-time-form"
          />
          <DateField
            labelText={t('form.startDate')}
            optional
            value={values.startDate}
            onChange={(startDate) => set('startDate', startDate)}
            error={fieldError('startDate')}
            data-qa="opportunity-start-date"
          />
          <TextField
            labelText={t('form.durationMonths')}
            optional
            inputMode="numeric"
            value={values.durationMonths}
            onChange={(months) => set('durationMonths', months)}
            error={fieldError('durationMonths')}
            data-qa="opportunity-duration"
          />
          <TextField
            labelText={t('form.positions')}
            inputMode="numeric"
            value={values.positions}
            onChange={(positions) => set('positions', positions)}
            error={fieldError('positions')}
            data-qa="opportunity-positions"
          />
        </FieldGrid>
      </FormSection>
    </>
  );
}
