import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExternalLink } from 'suomifi-ui-components';
import { Button } from '../../../components/Button';
import { SectionHeader } from '../../client/SectionHeader';
import { SummaryList } from '../../client/SummaryList';
import type { EmployerSectionProps } from '../employer-sections';
import { useEmployerLabels } from '../labels';
import { EmployerEditForm } from './EmployerEditForm';

/** Only links that are links: a website typed without a scheme is shown as text. */
const isWebAddress = (value: string) => /^https?:\/\//i.test(value);

export function ProfileSection({ employer }: EmployerSectionProps) {
  const { t } = useTranslation(['employers', 'common']);
  const labels = useEmployerLabels();
  const [editing, setEditing] = useState(false);
  const none = t('profile.none');

  if (editing) return <EmployerEditForm employer={employer} onDone={() => setEditing(false)} />;
  return (
    <section data-qa="employer-profile">
      <SectionHeader title={t('profile.title')}>
        {employer.permissions.write ? (
          <Button variant="secondary" onClick={() => setEditing(true)} data-qa="employer-profile-edit">
            {t('profile.edit')}
          </Button>
        ) : null}
      </SectionHeader>
      <SummaryList
        items={[
          { label: t('fields.name'), value: employer.name, qa: 'profile-name' },
          { label: t('fields.businessId'), value: employer.businessId ?? none, qa: 'profile-business-id' },
          {
            label: t('fields.industrySection'),
            value: employer.industrySection ? `${employer.industrySection} ${labels.sectionName(employer.industrySection)}` : none,
          },
          { label: t('fields.sizeClass'), value: t(`sizeClasses.${employer.sizeClass}`) },
          { label: t('fields.economySector'), value: t(`economySectors.${employer.economySector}`) },
          { label: t('fields.municipality'), value: labels.municipality(employer.municipalityCode) || none },
          {
            label: t('fields.website'),
            value: employer.website ? (
              isWebAddress(employer.website) ? (
                <ExternalLink href={employer.website} labelNewWindow={t('common:externalLink')}>
                  {employer.website}
                </ExternalLink>
              ) : (
                employer.website
              )
            ) : (
              none
            ),
          },
          { label: t('fields.owner'), value: employer.ownerName ?? t('fields.noOwner') },
          { label: t('fields.notes'), value: employer.notes ?? none, qa: 'profile-notes' },
        ]}
      />
    </section>
  );
}
