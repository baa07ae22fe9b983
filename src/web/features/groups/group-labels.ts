import { useTranslation } from 'react-i18next';
import type { Role } from '../../../contract/auth';
import { groupKinds, sessionModes, type GroupParticipant, type GroupSummary } from '../../../contract/groups';
import { useSession } from '../../auth/session';
import { formatDate } from '../../format';
import { optionsOf } from '../client/form-helpers';

/** Who runs groups (creates them, adds participants, records sessions); employer coordinators only read them. */
export const groupWriteRoles = ['coach', 'team_lead'] as const;

export const participantName = (person: Pick<GroupParticipant, 'firstName' | 'lastName'>) => `${person.firstName} ${person.lastName}`;

/** "1.9.2026–15.12.2026", or "1.9.2026 alkaen" for a group without an end date. */
export function useGroupPeriod() {
  const { t } = useTranslation('groups');
  return ({ startsOn, endsOn }: Pick<GroupSummary, 'startsOn' | 'endsOn'>) =>
    endsOn === null
      ? t('period.open', { start: formatDate(startsOn) })
      : t('period.range', { start: formatDate(startsOn), end: formatDate(endsOn) });
}

export function useGroupOptions() {
  const { t } = useTranslation('groups');
  return {
    kinds: optionsOf(groupKinds, (kind) => t(`kinds.${kind}`)),
    modes: optionsOf(sessionModes, (mode) => t(`modes.${mode}`)),
  };
}

/** Whether the user runs groups in the organisation the group belongs to. */
export function useCanRunGroup(organisationId: string | undefined): boolean {
  const { data: session } = useSession();
  return (session?.memberships ?? []).some(
    (membership) => membership.organisationId === organisationId && (groupWriteRoles as readonly Role[]).includes(membership.role),
  );
}
