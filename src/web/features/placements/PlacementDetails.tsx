import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RouterLink } from 'suomifi-ui-components';
import type { Placement } from '../../../contract/placements';
import { formatDate } from '../../format';
import { StatusTag } from '../client/StatusTag';
import { SummaryList } from '../client/SummaryList';

export function PlacementDetails({ placement }: { placement: Placement }) {
  const { t, i18n } = useTranslation('placements');
  const none = t('page.none');
  return (
    <SummaryList
      items={[
        { label: t('page.client'), value: placement.clientName, qa: 'placement-detail-client' },
        {
          label: t('fields.employer'),
          value: (
            <RouterLink asComponent={Link} to={`/employers/${placement.employerId}`}>
              {placement.employerName}
            </RouterLink>
          ),
          qa: 'placement-detail-employer',
        },
        { label: t('fields.type'), value: t(`types.${placement.type}`), qa: 'placement-detail-type' },
        {
          label: t('fields.opportunity'),
          value: placement.opportunityId ? (
            <RouterLink asComponent={Link} to={`/opportunities/${placement.opportunityId}`}>
              {placement.opportunityTitle}
            </RouterLink>
          ) : (
            none
          ),
        },
        { label: t('fields.startDate'), value: formatDate(placement.startDate), qa: 'placement-detail-start' },
        { label: t('fields.plannedEndDate'), value: placement.plannedEndDate ? formatDate(placement.plannedEndDate) : none },
        {
          label: t('fields.hoursPerWeek'),
          value:
            placement.hoursPerWeek === null
              ? none
              : t('page.hours', { hours: new Intl.NumberFormat(i18n.language).format(placement.hoursPerWeek) }),
          qa: 'placement-detail-hours',
        },
        { label: t('fields.duties'), value: placement.duties ?? none },
        {
          label: t('fields.supportGranted'),
          value:
            placement.supportGranted.length === 0 ? none : placement.supportGranted.map((support) => t(`supports.${support}`)).join(', '),
        },
        { label: t('fields.supportNote'), value: placement.supportNote ?? none },
        { label: t('page.origin'), value: placement.proposalId ? t('page.fromProposal') : t('page.recordedDirectly') },
        {
          label: t('page.status'),
          qa: 'placement-detail-status',
          value: placement.endedOn ? (
            <>
              <StatusTag tone="neutral">{t('list.ended')}</StatusTag>{' '}
              {t('page.endedWith', {
                date: formatDate(placement.endedOn),
                reason: placement.endReason ? t(`endReasons.${placement.endReason}`) : '',
              })}
            </>
          ) : (
            <StatusTag tone="success">{t('list.running')}</StatusTag>
          ),
        },
      ]}
    />
  );
}
