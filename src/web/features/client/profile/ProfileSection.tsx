import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import type { Client } from '../../../../contract/clients';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/Notice';
import { formatDate } from '../../../format';
import { municipalityName } from '../municipality-name';
import { useIscedLevels, useMunicipalities } from '../queries';
import { SectionHeader } from '../SectionHeader';
import { SummaryList } from '../SummaryList';
import { IdentityCodeReveal } from './IdentityCodeReveal';
import { languageName } from './languages';
import { ProfileForm } from './ProfileForm';
import { ReassignForm } from './ReassignForm';
import { WorkAbilityNote } from './WorkAbilityNote';

type Mode = 'view' | 'edit' | 'reassign';

export function ProfileSection({ client }: { client: Client }) {
  const { t, i18n } = useTranslation(['client', 'common']);
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState<'saved' | 'stale' | null>(null);
  const municipalities = useMunicipalities();
  const iscedLevels = useIscedLevels();
  const notGiven = t('notGiven');
  const or = (value: string | null) => value ?? notGiven;
  const isced = iscedLevels.data?.items.find((item) => item.level === client.iscedLevel);
  const open = (next: Mode) => {
    setNotice(null);
    setMode(next);
  };

  return (
    <section data-qa="profile-section">
      <SectionHeader title={t('profile.title')}>
        {mode === 'view' && client.permissions.update ? (
          <Button variant="secondary" onClick={() => open('edit')} data-qa="profile-edit">
            {t('profile.edit')}
          </Button>
        ) : null}
        {mode === 'view' && client.permissions.reassign ? (
          <Button variant="secondary" onClick={() => open('reassign')} data-qa="reassign-open">
            {t('reassign.open')}
          </Button>
        ) : null}
      </SectionHeader>
      {notice === 'saved' ? <Notice data-qa="profile-saved">{t('saved')}</Notice> : null}
      {notice === 'stale' ? <Notice data-qa="profile-stale">{t('profile.staleVersion')}</Notice> : null}
      {!client.permissions.update ? <Notice data-qa="client-read-only">{t('readOnly')}</Notice> : null}

      {mode === 'reassign' ? (
        <ReassignForm
          client={client}
          onDone={() => {
            setMode('view');
          }}
        />
      ) : null}
      {mode === 'edit' ? (
        <ProfileForm
          key={client.version}
          client={client}
          onSaved={() => {
            setMode('view');
            setNotice('saved');
          }}
          onCancel={() => open('view')}
          onStale={() => setNotice('stale')}
        />
      ) : (
        <>
          <Heading variant="h3" mb="s">
            {t('profile.personal')}
          </Heading>
          <SummaryList
            items={[
              { label: t('profile.firstName'), value: client.firstName, qa: 'profile-value-first-name' },
              { label: t('profile.lastName'), value: client.lastName, qa: 'profile-value-last-name' },
              { label: t('profile.identityCode'), value: <IdentityCodeReveal client={client} /> },
              { label: t('profile.dateOfBirth'), value: client.dateOfBirth ? formatDate(client.dateOfBirth) : notGiven },
              { label: t('profile.gender'), value: t(`labels.gender.${client.gender}`) },
            ]}
          />
          <Heading variant="h3" mb="s">
            {t('profile.contact')}
          </Heading>
          <SummaryList
            items={[
              {
                label: t('profile.municipality'),
                value: municipalityName(municipalities.data?.items, client.municipalityCode, i18n.language),
              },
              {
                label: t('profile.streetAddress'),
                value: [client.streetAddress, client.postalCode].filter(Boolean).join(', ') || notGiven,
              },
              { label: t('profile.phone'), value: or(client.phone), qa: 'profile-value-phone' },
              { label: t('profile.email'), value: or(client.email) },
            ]}
          />
          <Heading variant="h3" mb="s">
            {t('profile.background')}
          </Heading>
          <SummaryList
            items={[
              {
                label: t('profile.motherTongue'),
                value: client.motherTongue ? languageName(client.motherTongue, i18n.language) : notGiven,
              },
              {
                label: t('profile.languages'),
                value:
                  client.languages.length > 0 ? client.languages.map((code) => languageName(code, i18n.language)).join(', ') : notGiven,
              },
              {
                label: t('profile.iscedLevel'),
                value: isced ? `${isced.level} – ${i18n.language === 'en' ? isced.label.en : isced.label.fi}` : notGiven,
              },
              {
                label: t('profile.unemployedSince'),
                value: client.unemployedSince
                  ? `${formatDate(client.unemployedSince)} (${t('profile.unemploymentMonths', { count: client.unemploymentMonths ?? 0 })})`
                  : notGiven,
              },
              {
                label: t('profile.targetGroups'),
                value:
                  client.targetGroups.length > 0
                    ? client.targetGroups.map((group) => t(`labels.targetGroup.${group}`)).join(', ')
                    : notGiven,
              },
              { label: t('profile.updated'), value: formatDate(client.updatedAt) },
            ]}
          />
        </>
      )}
      {client.permissions.readProtected ? <WorkAbilityNote client={client} /> : null}
    </section>
  );
}
