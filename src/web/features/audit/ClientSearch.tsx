import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HintText, Paragraph, SearchInput, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { z } from 'zod';
import type { auditClient } from '../../../contract/audit';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { useAuditClients } from './queries';

export type AuditClient = z.infer<typeof auditClient>;

export const auditClientName = (client: AuditClient) => `${client.firstName} ${client.lastName}`;

/**
 * Finds the client whose question is being answered. Every search is itself logged as naming the
 * clients it found, so it runs when asked (Enter or the button), not on every keystroke.
 */
export function ClientSearch({ onChoose }: { onChoose: (client: AuditClient) => void }) {
  const { t } = useTranslation('audit');
  const hintId = useId();
  const [search, setSearch] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const clients = useAuditClients(search);

  const runSearch = (value: string) => {
    const trimmed = value.trim();
    setTooShort(trimmed.length < 2);
    if (trimmed.length >= 2) setSearch(trimmed);
  };

  return (
    <Search data-qa="audit-client-search">
      <SearchInput
        labelText={t('clientSearch.label')}
        searchButtonLabel={t('clientSearch.button')}
        clearButtonLabel={t('clientSearch.clear')}
        onSearch={runSearch}
        status={tooShort ? 'error' : 'default'}
        statusText={tooShort ? t('clientSearch.hint') : undefined}
        aria-describedby={tooShort ? undefined : hintId}
        fullWidth
        data-qa="audit-client-search-input"
      />
      {/* While the too-short warning shows, it already says the same. */}
      {tooShort ? null : (
        <HintText id={hintId} mt="xs" mb="m">
          {t('clientSearch.hint')}
        </HintText>
      )}
      <ErrorBanner error={clients.error} />
      {clients.isFetching ? <LoadingIndicator /> : null}
      {clients.data && !clients.isFetching ? (
        clients.data.length === 0 ? (
          <Paragraph mb="m" data-qa="audit-client-no-results">
            {t('clientSearch.noResults')}
          </Paragraph>
        ) : (
          <Results aria-label={t('clientSearch.results')} data-qa="audit-client-results">
            {clients.data.map((client) => (
              <Result key={client.id}>
                <span>
                  {`${client.lastName}, ${client.firstName}`}
                  {client.birthYear ? <Muted>{` (${t('clientSearch.born', { year: String(client.birthYear) })})`}</Muted> : null}
                </span>
                <Button
                  variant="secondary"
                  aria-label={t('clientSearch.chooseLabel', { name: auditClientName(client) })}
                  onClick={() => onChoose(client)}
                  data-qa={`audit-client-${client.id}`}
                >
                  {t('clientSearch.choose')}
                </Button>
              </Result>
            ))}
          </Results>
        )
      ) : null}
    </Search>
  );
}

const Search = styled.div`
  max-width: 640px;
`;

const Results = styled.ul`
  margin: 0 0 ${tokens.spacing.l};
  padding: 0;
  list-style: none;
`;

const Result = styled.li`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${tokens.spacing.m};
  padding: ${tokens.spacing.xs} 0;
  border-bottom: 1px solid ${tokens.colors.depthLight2};
`;

const Muted = styled.span`
  color: ${tokens.colors.depthDark1};
`;
