import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import type { Group } from '../../../contract/groups';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { SectionHeader } from '../client/SectionHeader';
import { SummaryList } from '../client/SummaryList';
import { GroupSection } from './layout';
import { useCanRunGroup, useGroupPeriod } from './group-labels';
import { ParticipantsSection } from './ParticipantsSection';
import { useGroup } from './queries';
import { SessionsSection } from './SessionsSection';

/** /groups/:id: one group's details, its participants and its sessions with their attendance. */
export function GroupPage() {
  const { t } = useTranslation('groups');
  const groupId = useParams().id ?? '';
  const group = useGroup(groupId);

  return (
    <div data-qa="group-page">
      <Paragraph mb="s">
        <RouterLink asComponent={Link} to="/groups" data-qa="group-back">
          {t('group.backToList')}
        </RouterLink>
      </Paragraph>
      <PageHeading data-qa="group-name-heading">{group.data?.name ?? t('list.title')}</PageHeading>
      <ErrorBanner error={group.error} messages={{ not_found: t('group.notFound'), validation: t('group.notFound') }} />
      {group.isPending ? <LoadingIndicator /> : null}
      {group.data ? <GroupContent group={group.data} /> : null}
    </div>
  );
}

function GroupContent({ group }: { group: Group }) {
  const { t } = useTranslation('groups');
  const period = useGroupPeriod();
  const canRun = useCanRunGroup(group.organisationId);
  return (
    <>
      <GroupSection data-qa="group-details">
        <SectionHeader title={t('group.details')}>
          {canRun ? (
            <RouterLink asComponent={Link} to={`/groups/${group.id}/edit`} data-qa="group-edit">
              {t('group.edit')}
            </RouterLink>
          ) : null}
        </SectionHeader>
        <SummaryList
          items={[
            { label: t('group.kind'), value: t(`kinds.${group.kind}`), qa: 'group-kind-value' },
            { label: t('group.period'), value: period(group), qa: 'group-period' },
            { label: t('group.description'), value: group.description ?? t('group.noDescription'), qa: 'group-description-value' },
            ...(group.createdByName ? [{ label: t('group.createdBy'), value: group.createdByName }] : []),
          ]}
        />
      </GroupSection>
      <ParticipantsSection group={group} canRun={canRun} />
      <SessionsSection group={group} canRun={canRun} />
    </>
  );
}
