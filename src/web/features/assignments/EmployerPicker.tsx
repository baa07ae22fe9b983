import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Heading, Paragraph, RouterLink, SearchInput, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { useEmployerSearch } from './queries';

/** Step one of a new assignment: find the employer in the register; choosing one opens the form for it. */
export function EmployerPicker() {
  const { t } = useTranslation('assignments');
  const [text, setText] = useState('');
  const employers = useEmployerSearch(text);
  const items = employers.data?.items ?? [];
  return (
    <section aria-labelledby="employer-picker-heading" data-qa="employer-picker">
      <Heading variant="h2" id="employer-picker-heading" mb="m">
        {t('form.employer')}
      </Heading>
      <Search>
        <SearchInput
          labelText={t('form.employerSearch')}
          searchButtonLabel={t('form.employerSearchButton')}
          clearButtonLabel={t('form.employerSearchClear')}
          debounce={300}
          onChange={(value) => setText(String(value ?? ''))}
          onSearch={(value) => setText(String(value ?? ''))}
          fullWidth
          data-qa="employer-search"
        />
      </Search>
      <ErrorBanner error={employers.error} />
      {employers.isPending ? <LoadingIndicator /> : null}
      {employers.isSuccess && items.length === 0 ? <Paragraph>{t('form.noEmployers')}</Paragraph> : null}
      <Results aria-label={t('form.employerResults')} aria-busy={employers.isFetching}>
        {items.map((employer) => (
          <li key={employer.id}>
            <RouterLink
              asComponent={Link}
              to={`/assignments/new?employerId=${employer.id}`}
              aria-label={t('form.chooseEmployer', { name: employer.name })}
              data-qa={`choose-employer-${employer.id}`}
            >
              {employer.name}
            </RouterLink>
            {employer.businessId ? <BusinessId>{employer.businessId}</BusinessId> : null}
          </li>
        ))}
      </Results>
    </section>
  );
}

const Search = styled.div`
  max-width: 480px;
  margin-bottom: ${tokens.spacing.m};
`;

const Results = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;

  li {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.spacing.s};
    padding: ${tokens.spacing.xs} 0;
    border-bottom: 1px solid ${tokens.colors.depthLight2};
  }
`;

const BusinessId = styled.span`
  ${tokens.typography.bodyTextSmall};
  color: ${tokens.colors.depthDark1};
`;
