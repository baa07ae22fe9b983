import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../../contract/admin';
import { StatusTag, type Tone } from '../client/StatusTag';

/** Enabled, disabled, or locked out for a while after failed logins (a lock passes by itself). */
export function UserStatus({ user }: { user: Pick<AdminUser, 'disabledAt' | 'lockedUntil'> }) {
  const { t } = useTranslation('admin');
  const [tone, text]: [Tone, string] = user.disabledAt
    ? ['alert', t('userStatus.disabled')]
    : user.lockedUntil
      ? ['warning', t('userStatus.locked')]
      : ['success', t('userStatus.enabled')];
  return (
    <StatusTag tone={tone} data-qa="user-status">
      {text}
    </StatusTag>
  );
}
