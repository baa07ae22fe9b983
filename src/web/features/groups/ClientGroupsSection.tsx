import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { formatDate } from '../../format';
import { RecordTable } from '../client/RecordTable';
import { SectionHeader } from '../client/SectionHeader';
import { useGroupPeriod } from './group-labels';
import { useClientGroups } from './queries';

/** The client page's "Groups" tab: the groups the client takes part in and how often they have been present. */
export function ClientGroupsSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation('groups');
  const groups = useClientGroups(clientId);
  const period = useGroupPeriod();
  const items = groups.data?.items ?? [];

  return (
    <section data-qa="client-groups-section">
      <SectionHeader title={t('client.title')}>
        <RouterLink asComponent={Link} to="/groups" data-qa="client-groups-all">
          {t('client.toGroups')}
        </RouterLink>
      </SectionHeader>
      <Paragraph mb="m">{t('client.intro')}</Paragraph>
      <ErrorBanner error={groups.error} />
      {groups.isPending ? <LoadingIndicator /> : null}
      {groups.isSuccess && items.length === 0 ? (
        <Paragraph mb="m" data-qa="client-groups-empty">
          {t('client.empty')}
        </Paragraph>
      ) : null}
      {items.length > 0 ? (
        <RecordTable caption={t('client.caption')} hideCaption data-qa="client-group-table">
          <thead>
            <tr>
              <th scope="col">{t('client.columns.name')}</th>
              <th scope="col">{t('client.columns.kind')}</th>
              <th scope="col">{t('client.columns.period')}</th>
              <th scope="col">{t('client.columns.joinedOn')}</th>
              <th scope="col">{t('client.columns.attended')}</th>
              <th scope="col">{t('client.columns.lastAttended')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((group) => (
              <tr key={group.groupId} data-qa={`client-group-${group.groupId}`}>
                <td>
                  <RouterLink asComponent={Link} to={`/groups/${group.groupId}`}>
                    {group.name}
                  </RouterLink>
                </td>
                <td>{t(`kinds.${group.kind}`)}</td>
                <td>{period(group)}</td>
                <td>{formatDate(group.joinedOn)}</td>
                <td data-qa="client-group-attended">
                  {t('client.attendedValue', { attended: group.sessionsAttended, held: group.sessionsHeld })}
                </td>
                <td>{group.lastAttendedOn ? formatDate(group.lastAttendedOn) : t('client.never')}</td>
              </tr>
            ))}
          </tbody>
        </RecordTable>
      ) : null}
    </section>
  );
}
