import { useTranslation } from 'react-i18next';
import { organisationTypes } from '../../../contract/admin';
import { roles, type Membership } from '../../../contract/auth';
import type { Option } from '../../components/options';

/** Role and organisation-type names and one membership in words, in the UI language. */
export function useAdminLabels() {
  const { t } = useTranslation('admin');
  const roleOptions: Option<Membership['role']>[] = roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  const typeOptions = organisationTypes.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) }));
  const membershipText = (membership: Membership) => {
    const role = t(`roles.${membership.role}`);
    const organisation = membership.organisationName;
    return membership.teamName
      ? t('membership.withTeam', { role, organisation, team: membership.teamName })
      : t('membership.withoutTeam', { role, organisation });
  };
  return { roleOptions, typeOptions, membershipText };
}
