import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordTabs } from '../../components/RecordTabs';

export const clientSections = [
  'profile',
  'competence',
  'matches',
  'enrolments',
  'plan',
  'activities',
  'groups',
  'referrals',
  'employment',
  'consents',
] as const;
export type ClientSection = (typeof clientSections)[number];

/** The client record's sections as tabs; the open one lives in the address (?section=plan). */
export function ClientTabs({ children }: { children: (section: ClientSection) => ReactNode }) {
  const { t } = useTranslation('client');
  return (
    <RecordTabs label={t('tabs.label')} tabs={clientSections.map((key) => ({ key, label: t(`tabs.${key}`) }))} idPrefix="client">
      {(key) => children(key as ClientSection)}
    </RecordTabs>
  );
}
