import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { updateCompetenceProfileRequest, type CompetenceProfile } from '../../../../contract/competence-profiles';
import { cognitiveDemands, physicalDemands } from '../../../../contract/opportunities';
import type { IscedLevel, IndustrySectionName } from '../../../../contract/reference';
import { ApiRequestError } from '../../../api/client';
import { useFormErrors } from '../../../api/form-errors';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormActions } from '../../../components/FormActions';
import { ChoiceGroup, LicencesField } from '../../opportunities/ChoiceFields';
import { LanguageRequirementsField } from '../../opportunities/LanguageRequirementsField';
import { licences } from '../../../../contract/opportunities';
import { FormPanel } from '../FormPanel';
import { EducationListField } from './EducationListField';
import { OccupationListField } from './OccupationListField';
import { PreferencesFields } from './PreferencesFields';
import { requestOf, valuesOf, type ProfileFormValues, type SetProfileValue } from './profile-form';
import { useSaveProfile } from './queries';
import { SkillLevelsField } from './SkillLevelsField';
import { WorkHistoryField } from './WorkHistoryField';

type ProfileFormProps = {
  profile: CompetenceProfile;
  iscedLevels: readonly IscedLevel[];
  sectionNames: readonly IndustrySectionName[];
  onSaved: () => void;
  onCancel: () => void;
  onStale: () => void;
};

/**
 * The whole profile in one form, validated with the API's own schema before it is sent, so a
 * field shows the same translated error whichever side finds the problem.
 */
export function ProfileForm({ profile, iscedLevels, sectionNames, onSaved, onCancel, onStale }: ProfileFormProps) {
  const { t } = useTranslation(['competenceProfile', 'opportunities', 'common']);
  const form = useFormErrors();
  const [values, setValues] = useState<ProfileFormValues>(() => valuesOf(profile));
  const set: SetProfileValue = (key, value) => setValues((current) => ({ ...current, [key]: value }));
  const save = useSaveProfile(profile.clientId, {
    onSuccess: onSaved,
    onError: (error) => {
      if (error instanceof ApiRequestError && error.fields.some((field) => field.code === 'stale_version')) onStale();
      else form.showError(error);
    },
  });
  const listError = (list: string, count: number, suffix: string) =>
    Array.from({ length: count }, (_, index) => form.fieldError(`${list}.${index}.${suffix}`)).find(Boolean) ?? form.fieldError(list);
  const demandLabel = (demand: (typeof physicalDemands)[number] | (typeof cognitiveDemands)[number]) =>
    t(`opportunities:labels.demand.${demand}`);
  const replaceDemands = (group: readonly string[], chosen: ProfileFormValues['demandsToAvoid']) =>
    set('demandsToAvoid', [...values.demandsToAvoid.filter((demand) => !group.includes(demand)), ...chosen]);

  const submit = () => {
    const body = form.validate(updateCompetenceProfileRequest, requestOf(values, profile.version));
    if (body) save.mutate(body);
  };

  return (
    <FormPanel title={t('editTitle')} onSubmit={submit} data-qa="competence-form">
      <Paragraph mb="m">{t('intro')}</Paragraph>
      <ErrorBanner error={form.error} />
      <Heading variant="h4" as="h4" mb="s">
        {t('sections.occupations')}
      </Heading>
      <OccupationListField
        legend={t('parts.occupationsOfInterest')}
        value={values.occupationsOfInterest}
        onChange={(chosen) => set('occupationsOfInterest', chosen)}
        error={listError('occupationsOfInterest', values.occupationsOfInterest.length, 'uri')}
        data-qa="profile-occupations-of-interest"
      />
      <OccupationListField
        legend={t('parts.pastOccupations')}
        value={values.pastOccupations}
        onChange={(chosen) => set('pastOccupations', chosen)}
        error={listError('pastOccupations', values.pastOccupations.length, 'uri')}
        data-qa="profile-past-occupations"
      />
      <SkillLevelsField
        value={values.skills}
        onChange={(skills) => set('skills', skills)}
        occupationUri={values.occupationsOfInterest[0]?.uri ?? values.pastOccupations[0]?.uri ?? null}
        fieldError={form.fieldError}
      />
      <EducationListField
        value={values.education}
        onChange={(education) => set('education', education)}
        iscedLevels={iscedLevels}
        fieldError={form.fieldError}
      />
      <LicencesField
        labelText={t('sections.licences')}
        values={licences}
        selected={values.licences}
        onChange={(chosen) => set('licences', chosen)}
        error={form.fieldError('licences')}
        data-qa="profile-licences"
      />
      <LanguageRequirementsField
        value={values.languages}
        onChange={(languages) => set('languages', languages)}
        fieldError={form.fieldError}
      />
      <WorkHistoryField value={values.workHistory} onChange={(work) => set('workHistory', work)} fieldError={form.fieldError} />
      <PreferencesFields values={values} set={set} sectionNames={sectionNames} fieldError={form.fieldError} />
      <Heading variant="h4" as="h4" mb="s">
        {t('sections.demandsToAvoid')}
      </Heading>
      <Paragraph mb="s">{t('demands.hint')}</Paragraph>
      <ChoiceGroup
        labelText={t('demands.physical')}
        values={physicalDemands}
        selected={values.demandsToAvoid.filter((demand) => (physicalDemands as readonly string[]).includes(demand))}
        onChange={(chosen) => replaceDemands(physicalDemands, chosen)}
        label={demandLabel}
        data-qa="profile-demands-physical"
      />
      <ChoiceGroup
        labelText={t('demands.cognitive')}
        values={cognitiveDemands}
        selected={values.demandsToAvoid.filter((demand) => (cognitiveDemands as readonly string[]).includes(demand))}
        onChange={(chosen) => replaceDemands(cognitiveDemands, chosen)}
        label={demandLabel}
        data-qa="profile-demands-cognitive"
      />
      <FormActions>
        <Button type="submit" busy={save.isPending} data-qa="competence-save">
          {t('common:actions.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel} data-qa="competence-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
