import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { AdminUser } from '../../../contract/admin';
import { apiPost } from '../../api/client';
import { useSession } from '../../auth/session';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { adminKeys } from './queries';

type AccountAction = 'disable' | 'enable' | 'endSessions' | 'resetTotp';

const actionPaths: Record<AccountAction, string> = {
  disable: 'disable',
  enable: 'enable',
  endSessions: 'end-sessions',
  resetTotp: 'reset-totp',
};

/** The account actions that fit the user's state, each confirmed in a dialog that says what follows. */
export function UserAccountActions({ user, onDone }: { user: AdminUser; onDone: (message: string) => void }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  const [confirming, setConfirming] = useState<AccountAction | null>(null);
  const change = useMutation({
    mutationFn: (action: AccountAction) => apiPost<AdminUser>(`/api/admin/users/${user.id}/${actionPaths[action]}`),
    onSuccess: (updated, action) => {
      queryClient.setQueryData(adminKeys.user(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: adminKeys.users });
      setConfirming(null);
      onDone(t(`accountActions.${action}.done`, { name: updated.name }));
    },
  });

  const ownAccount = session?.user.id === user.id;
  const available: AccountAction[] = [
    ...(user.disabledAt ? (['enable'] as const) : ownAccount ? [] : (['disable'] as const)),
    'endSessions',
    ...(user.totpEnabled ? (['resetTotp'] as const) : []),
  ];

  const open = (action: AccountAction) => {
    change.reset();
    setConfirming(action);
  };

  return (
    <section data-qa="user-account-actions">
      <Heading variant="h2" mb="m">
        {t('accountActions.title')}
      </Heading>
      {ownAccount ? <Paragraph mb="s">{t('accountActions.ownAccount')}</Paragraph> : null}
      <Buttons>
        {available.map((action) => (
          <Button key={action} variant="secondary" onClick={() => open(action)} data-qa={`user-action-${action}`}>
            {t(`accountActions.${action}.button`)}
          </Button>
        ))}
      </Buttons>
      <ConfirmDialog
        visible={confirming !== null}
        title={confirming ? t(`accountActions.${confirming}.title`) : ''}
        confirmText={confirming ? t(`accountActions.${confirming}.button`) : ''}
        onConfirm={() => confirming && change.mutate(confirming)}
        onCancel={() => setConfirming(null)}
        busy={change.isPending}
        data-qa="user-action-dialog"
      >
        <ErrorBanner error={change.error} />
        <Paragraph>{confirming ? t(`accountActions.${confirming}.body`, { name: user.name }) : ''}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}

const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.s};
  margin-bottom: ${tokens.spacing.xl};
`;
