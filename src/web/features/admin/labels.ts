import { useTranslation } from 'react-i18next';
import { organisationTypes } from '../../../contract/admin';
import { roles, type Membership } from '../../../contract/auth';
import type { Option } from '../../components/options';
import { useAdminOrganisations } from './queries';

/** Role and organisation-type names and one membership in words, in the UI language. */
export function useAdminLabels() {
  const { t } = useTranslation('admin');
  // The organisation is worth naming only to an admin of several.
  const severalOrganisations = (useAdminOrganisations().data?.length ?? 0) > 1;
  const roleOptions: Option<Membership['role']>[] = roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  const typeOptions = organisationTypes.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) }));
  const membershipText = (membership: Membership) =>
    [
      t(`roles.${membership.role}`),
      severalOrganisations ? membership.organisationName : null,
      membership.teamName ? t('membership.team', { team: membership.teamName }) : null,
    ]
      .filter((part) => part !== null)
      .join(', ');
  return { roleOptions, typeOptions, membershipText };
}
