import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeading } from '../../components/PageHeading';
import { AuditFilterForm, isFiltered, noAuditFilters, type AuditFilters } from './AuditFilterForm';
import { auditPageSize, AuditLogTable } from './AuditLogTable';
import { ChainVerification } from './ChainVerification';
import { auditClientName, ClientSearch, type AuditClient } from './ClientSearch';
import { useAuditEntries } from './queries';

/**
 * Answers "who has looked at my data": find the client, then read every access to their data.
 * The chosen client and the filters stay in the page's memory, not in the address: an address
 * naming a client would end up in browser history and server logs.
 */
export function AuditPage() {
  const { t } = useTranslation('audit');
  const [client, setClient] = useState<AuditClient | null>(null);
  const [filters, setFilters] = useState<AuditFilters>(noAuditFilters);
  const [page, setPage] = useState(1);
  const entries = useAuditEntries({
    clientId: client?.id,
    actorUserId: filters.actorUserId ?? undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    page,
    pageSize: auditPageSize,
  });

  const choose = (chosen: AuditClient | null) => {
    setClient(chosen);
    setPage(1);
  };
  const emptyText = isFiltered(filters) ? t('log.emptyFiltered') : client ? t('log.emptyForClient') : t('log.empty');

  return (
    <div data-qa="audit-page">
      <PageHeading>{t('title')}</PageHeading>
      <Paragraph mb="l">{t('intro')}</Paragraph>

      <Heading variant="h2" mb="m">
        {t('clientSearch.title')}
      </Heading>
      {client ? (
        <Chosen data-qa="audit-chosen-client">
          <span>
            {`${t('clientSearch.selected')}: `}
            <strong>{auditClientName(client)}</strong>
            {client.birthYear ? ` (${t('clientSearch.born', { year: String(client.birthYear) })})` : null}
          </span>
          <Button variant="secondaryNoBorder" onClick={() => choose(null)} data-qa="audit-change-client">
            {t('clientSearch.change')}
          </Button>
        </Chosen>
      ) : (
        <ClientSearch onChoose={choose} />
      )}

      <Heading variant="h2" mb="m" mt="l" data-qa="audit-log-title">
        {client ? t('log.titleForClient', { name: auditClientName(client) }) : t('log.title')}
      </Heading>
      <AuditFilterForm
        filters={filters}
        onApply={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      <ErrorBanner error={entries.error} />
      <AuditLogTable
        entries={entries.data?.items ?? []}
        total={entries.data?.total ?? 0}
        page={page}
        onPageChange={setPage}
        loading={entries.isFetching}
        emptyText={emptyText}
        showClientCount={client === null}
      />

      <ChainVerification />
    </div>
  );
}

const Chosen = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.spacing.s};
  padding: ${tokens.spacing.s} ${tokens.spacing.m};
  background: ${tokens.colors.highlightLight4};
  border-left: 4px solid ${tokens.colors.highlightBase};
`;
