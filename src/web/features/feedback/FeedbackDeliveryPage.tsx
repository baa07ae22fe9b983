import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  IconCheckCircle,
  IconClock,
  IconError,
  IconHourglass,
  IconMailSend,
  IconWarning,
  Paragraph,
  RouterLink,
  suomifiDesignTokens as tokens,
} from 'suomifi-ui-components';
import styled from 'styled-components';
import { deliveryStates, surveyKinds, type DeliveryState, type InvitationDelivery } from '../../../contract/feedback';
import { hasAnyRole, useSession } from '../../auth/session';
import { Button } from '../../components/Button';
import { CountTiles } from '../../components/CountTiles';
import { DataTable, type DataTableColumn } from '../../components/DataTable';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FilterBar, FilterDropdown } from '../../components/FilterBar';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { useTableSearchParams } from '../../components/table-state';
import { formatDate } from '../../format';
import { StatusTag, type Tone } from '../client/StatusTag';
import { useOrganisationChoice } from '../assignments/organisation-choice';
import { defaultDeliverySort, deliveryPageSize, deliveryQueryOf, useDeliveryFilters } from './delivery-filters';
import { useInvitationDeliveries, useRequeueInvitation } from './queries';

const deliveryRoles = ['team_lead', 'admin'] as const;

const stateTones: Record<DeliveryState, Tone> = {
  waiting: 'neutral',
  sent: 'highlight',
  failed: 'alert',
  answered: 'success',
  expired: 'neutral',
  not_sendable: 'warning',
};

const stateIcons: Record<DeliveryState, ReactNode> = {
  waiting: <IconHourglass />,
  sent: <IconMailSend />,
  failed: <IconWarning />,
  answered: <IconCheckCircle />,
  expired: <IconClock />,
  not_sendable: <IconError />,
};

/** What became of each survey invitation, with the counts per state; a failed or unsendable one can be sent again. */
export function FeedbackDeliveryPage() {
  const { t } = useTranslation('feedback');
  const organisation = useOrganisationChoice(deliveryRoles);
  const table = useTableSearchParams(defaultDeliverySort);
  const { filters, setFilters, clearFilters, filtered } = useDeliveryFilters();
  const deliveries = useInvitationDeliveries(deliveryQueryOf(filters, table.page, table.sort, organisation.organisationId));
  const requeue = useRequeueInvitation();
  const data = deliveries.data;
  // Team leads open the client; administrators read no client records.
  const session = useSession().data;
  const opensClients = session ? hasAnyRole(session, ['team_lead']) : false;

  const detail = (row: InvitationDelivery): string | null => {
    if (row.state === 'not_sendable' && row.notSendableReason) return t(`delivery.notSendableReasons.${row.notSendableReason}`);
    if (row.state === 'answered' && row.answeredAt) return t('delivery.answeredOn', { date: formatDate(row.answeredAt) });
    if (row.state === 'sent') {
      return row.reminderSentAt ? t('delivery.reminderSent', { date: formatDate(row.reminderSentAt) }) : t('delivery.noReminder');
    }
    if (row.step && row.attempts > 0) {
      const attempts = t('delivery.attempts', { step: t(`delivery.steps.${row.step}`), attempts: row.attempts });
      return row.errorClass ? `${attempts}, ${t(`delivery.errorClasses.${row.errorClass}`)}` : attempts;
    }
    if (row.state === 'expired') return t('delivery.expiresOn', { date: formatDate(row.expiresOn) });
    return null;
  };

  const columns: DataTableColumn<InvitationDelivery>[] = [
    {
      key: 'name',
      label: t('delivery.columns.name'),
      sortable: true,
      render: (row) => (
        <Stack>
          {row.clientId && opensClients ? (
            <RouterLink asComponent={Link} to={`/clients/${row.clientId}`}>
              {row.name ?? t('delivery.unnamed')}
            </RouterLink>
          ) : (
            <span>{row.name ?? t('delivery.unnamed')}</span>
          )}
          {row.contactName ? <Small>{row.contactName}</Small> : null}
        </Stack>
      ),
    },
    { key: 'kind', label: t('delivery.columns.kind'), render: (row) => t(`kinds.${row.kind}`) },
    {
      key: 'state',
      label: t('delivery.columns.state'),
      sortable: true,
      render: (row) => {
        const more = detail(row);
        return (
          <Stack data-qa={`delivery-state-${row.id}`}>
            <StatusTag tone={stateTones[row.state]} data-qa="delivery-state">
              {t(`delivery.states.${row.state}`)}
            </StatusTag>
            {more ? <Small data-qa="delivery-detail">{more}</Small> : null}
          </Stack>
        );
      },
    },
    { key: 'createdAt', label: t('delivery.columns.createdAt'), sortable: true, render: (row) => formatDate(row.createdAt) },
    { key: 'sentAt', label: t('delivery.columns.sentAt'), sortable: true, render: (row) => formatDate(row.sentAt) },
  ];
  if (data?.canRequeue) {
    columns.push({
      key: 'actions',
      label: t('delivery.columns.actions'),
      render: (row) =>
        // Not sendable: sent once the person or a contact has an address; the server says if one still has none.
        row.state === 'failed' || row.state === 'not_sendable' ? (
          <Button
            variant="secondary"
            aria-label={t('delivery.requeueLabel', { name: row.name ?? t('delivery.unnamed') })}
            busy={requeue.isPending && requeue.variables === row.id}
            onClick={() => requeue.mutate(row.id)}
            data-qa={`delivery-requeue-${row.id}`}
          >
            {t('delivery.requeue')}
          </Button>
        ) : null,
    });
  }

  const tiles = deliveryStates.map((state) => ({
    key: state,
    label: t(`delivery.states.${state}`),
    icon: stateIcons[state],
    count: data?.counts[state],
    active: filters.state === state,
    attention: state === 'failed' || state === 'not_sendable',
    select: () => setFilters({ state: filters.state === state ? null : state }),
  }));

  return (
    <div data-qa="feedback-delivery-page">
      <PageHeading>{t('delivery.title')}</PageHeading>
      <Paragraph mb="m">{t('delivery.intro')}</Paragraph>
      <Paragraph mb="l">
        <RouterLink asComponent={Link} to="/feedback" data-qa="feedback-results-link">
          {t('delivery.resultsLink')}
        </RouterLink>
      </Paragraph>
      {organisation.options.length > 1 && organisation.organisationId ? (
        <DropdownField
          labelText={t('delivery.organisation')}
          options={organisation.options}
          value={organisation.organisationId}
          onChange={(value) => {
            organisation.choose(value);
            table.setPage(1);
          }}
          data-qa="delivery-organisation"
        />
      ) : null}
      <CountTiles label={t('delivery.countsLabel')} tiles={tiles} data-qa="delivery-counts" />
      <FilterBar
        label={t('delivery.filtersLabel')}
        qa="delivery-filters"
        filtered={filtered}
        onClear={clearFilters}
        clearLabel={t('delivery.clearFilters')}
        clearQa="delivery-filter-clear"
      >
        <FilterDropdown
          labelText={t('delivery.state')}
          anyLabel={t('delivery.allStates')}
          options={deliveryStates.map((state) => ({ value: state, label: t(`delivery.states.${state}`) }))}
          value={filters.state}
          onChange={(state) => setFilters({ state })}
          qa="delivery-filter-state"
        />
        <FilterDropdown
          labelText={t('delivery.kind')}
          anyLabel={t('delivery.allKinds')}
          options={surveyKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          value={filters.kind}
          onChange={(kind) => setFilters({ kind })}
          qa="delivery-filter-kind"
        />
      </FilterBar>
      <ErrorBanner error={deliveries.error ?? requeue.error} />
      {requeue.isSuccess ? <Notice data-qa="delivery-requeued">{t('delivery.requeued')}</Notice> : null}
      <DataTable
        caption={t('delivery.caption')}
        hideCaption
        columns={columns}
        rows={data?.items ?? []}
        rowKey={(row) => row.id}
        sort={table.sort}
        onSortChange={table.setSort}
        page={table.page}
        pageSize={deliveryPageSize}
        total={data?.total ?? 0}
        onPageChange={table.setPage}
        loading={deliveries.isFetching}
        emptyText={filtered ? t('delivery.emptyFiltered') : t('delivery.empty')}
        data-qa="delivery-table"
      />
    </div>
  );
}

const Stack = styled.div`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: ${tokens.spacing.xxs};
`;

const Small = styled.span`
  ${tokens.typography.bodyTextSmall};
  color: ${tokens.colors.depthDark1};
`;
