import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Heading, RouterLink, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { AdminUser } from '../../../contract/admin';
import { isLanguage } from '../../i18n/languages';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { Notice } from '../../components/Notice';
import { formatDateTime } from '../../format';
import { SummaryList } from '../client/SummaryList';
import { AdminFrame } from './AdminFrame';
import { useFlashNotice } from './flash-notice';
import { useAdminUser } from './queries';
import { UserAccountActions } from './UserAccountActions';
import { UserEditForm } from './UserEditForm';
import { UserStatus } from './UserStatus';

/** One user: account state, the account actions, and their name and roles to edit. */
export function UserPage() {
  const { t } = useTranslation('admin');
  const { id = '' } = useParams();
  const user = useAdminUser(id);
  const flash = useFlashNotice();
  // The latest outcome replaces the message the previous page sent along.
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <AdminFrame title={user.data?.name ?? t('user.fallbackTitle')} data-qa="admin-user-page">
      <Back>
        <RouterLink asComponent={Link} to="/admin" data-qa="back-to-users">
          {t('user.backToList')}
        </RouterLink>
      </Back>
      {(notice ?? flash) ? <Notice data-qa="user-notice">{notice ?? flash}</Notice> : null}
      <ErrorBanner error={user.error} />
      {user.isPending ? <LoadingIndicator /> : null}
      {user.data ? (
        <>
          <UserDetails user={user.data} />
          <UserAccountActions user={user.data} onDone={setNotice} />
          <UserEditForm key={user.data.id} user={user.data} />
        </>
      ) : null}
    </AdminFrame>
  );
}

function UserDetails({ user }: { user: AdminUser }) {
  const { t, i18n } = useTranslation('admin');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  return (
    <section data-qa="user-details">
      <Heading variant="h2" mb="m">
        {t('user.details')}
      </Heading>
      <SummaryList
        items={[
          { label: t('user.email'), value: user.email, qa: 'user-detail-email' },
          {
            label: t('user.status'),
            value: (
              <>
                <UserStatus user={user} />
                {user.lockedUntil && !user.disabledAt ? (
                  <div>{t('userStatus.lockedUntil', { time: formatDateTime(user.lockedUntil, language) })}</div>
                ) : null}
              </>
            ),
          },
          {
            label: t('user.secondFactor'),
            value: user.totpEnabled ? t('secondFactor.enabled') : t('secondFactor.notEnabled'),
            qa: 'user-detail-totp',
          },
          { label: t('user.activeSessions'), value: String(user.activeSessions), qa: 'user-detail-sessions' },
          { label: t('user.createdAt'), value: formatDateTime(user.createdAt, language) },
        ]}
      />
    </section>
  );
}

const Back = styled.p`
  margin: 0 0 ${tokens.spacing.l};
`;
