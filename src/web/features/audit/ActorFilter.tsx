import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../../contract/admin';
import { useDebouncedValue } from '../../components/debounced-value';
import { StaffPicker } from '../../components/StaffPicker';
import { useAdminUser, useAdminUsers, useRememberAdminUser } from '../admin/queries';

type ActorFilterProps = { actorUserId: string | null; onChange: (actorUserId: string | null) => void };

const withEmail = (user: AdminUser) => `${user.name} (${user.email})`;

/**
 * Whose actions: everyone the admin manages, disabled accounts included (their past actions matter
 * most), searched by name or e-mail address on the server, as an area may have thousands.
 */
export function ActorFilter({ actorUserId, onChange }: ActorFilterProps) {
  const { t } = useTranslation(['audit', 'common']);
  const [text, setText] = useState('');
  const search = useDebouncedValue(text).trim();
  const users = useAdminUsers({ search, page: 1, pageSize: 20 }, search !== '');
  const chosen = useAdminUser(actorUserId);
  const remember = useRememberAdminUser();
  const chosenName =
    actorUserId === null ? null : chosen.data ? withEmail(chosen.data) : chosen.isError ? t('filters.unknownActor') : t('common:loading');
  return (
    <StaffPicker
      texts={{
        label: t('filters.actor'),
        placeholder: t('filters.actorPlaceholder'),
        clearChoice: t('filters.clearActor'),
        clearLabel: (name) => t('filters.clearActorLabel', { name }),
      }}
      chosenName={chosenName}
      text={text}
      onTextChange={setText}
      results={(users.data?.items ?? []).map((user) => ({ id: user.id, name: withEmail(user), user }))}
      loading={users.isFetching || search !== text.trim()}
      onChoose={(choice) => {
        remember(choice.user);
        onChange(choice.id);
      }}
      onClear={() => onChange(null)}
      qa="audit-filter-actor"
      qaPrefix="audit-filter-actor"
    />
  );
}
