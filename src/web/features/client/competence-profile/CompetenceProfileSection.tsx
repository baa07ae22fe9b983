import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { LoadingIndicator } from '../../../components/LoadingIndicator';
import { Notice } from '../../../components/Notice';
import { formatDateTime } from '../../../format';
import { isLanguage } from '../../../i18n/languages';
import { useIndustrySections } from '../../employers/queries';
import { useIscedLevels } from '../queries';
import { SectionHeader } from '../SectionHeader';
import { ProfileForm } from './ProfileForm';
import { ProfileHistory } from './ProfileHistory';
import { ProfileView } from './ProfileView';
import { useCompetenceProfile } from './queries';

/** The client's competence profile (the "Osaaminen" tab): read, edit with the client, and its change history. */
export function CompetenceProfileSection({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation('competenceProfile');
  const profile = useCompetenceProfile(clientId);
  const iscedLevels = useIscedLevels();
  const sections = useIndustrySections();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<'saved' | 'stale' | null>(null);
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const ready = profile.data && iscedLevels.data && sections.data;

  return (
    <section data-qa="competence-section">
      <SectionHeader title={t('title')}>
        {!editing && profile.data?.permissions.write ? (
          <Button
            variant="secondary"
            onClick={() => {
              setNotice(null);
              setEditing(true);
            }}
            data-qa="competence-edit"
          >
            {t('edit')}
          </Button>
        ) : null}
      </SectionHeader>
      <ErrorBanner error={profile.error ?? iscedLevels.error ?? sections.error} />
      {notice === 'saved' ? <Notice data-qa="competence-saved">{t('saved')}</Notice> : null}
      {notice === 'stale' ? <Notice data-qa="competence-stale">{t('stale')}</Notice> : null}
      {!ready && !profile.error ? <LoadingIndicator /> : null}
      {ready ? (
        <>
          {!profile.data.permissions.write ? <Notice data-qa="competence-read-only">{t('readOnly')}</Notice> : null}
          {profile.data.updatedAt ? (
            <Paragraph mb="m" data-qa="competence-last-changed">
              {t('lastChanged', {
                time: formatDateTime(profile.data.updatedAt, language),
                name: profile.data.updatedBy?.name ?? '–',
                version: profile.data.version,
              })}
            </Paragraph>
          ) : (
            <Paragraph mb="m" data-qa="competence-empty">
              {t('empty')}
            </Paragraph>
          )}
          {editing ? (
            <ProfileForm
              key={profile.data.version}
              profile={profile.data}
              iscedLevels={iscedLevels.data.items}
              sectionNames={sections.data.items}
              onSaved={() => {
                setEditing(false);
                setNotice('saved');
              }}
              onCancel={() => setEditing(false)}
              onStale={() => setNotice('stale')}
            />
          ) : (
            <ProfileView profile={profile.data} iscedLevels={iscedLevels.data.items} sectionNames={sections.data.items} />
          )}
          <ProfileHistory clientId={clientId} />
        </>
      ) : null}
    </section>
  );
}
