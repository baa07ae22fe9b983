import { useTranslation } from 'react-i18next';
import { Expander, ExpanderContent, ExpanderTitleButton, Link, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { clientImportColumns, requiredClientImportColumns, type ClientImportColumn } from '../../../contract/client-import';

/** The examples of docs/client-import.md; values, not words, so the same in every language. */
const examples: Record<ClientImportColumn, string> = {
  first_name: 'Päivi',
  last_name: 'Määttä',
  identity_code: '131052-308T',
  date_of_birth: '13.10.1952',
  gender: 'nainen',
  municipality_code: '564',
  email: 'paivi.maatta@example.fi',
  phone: '040 123 4567',
  street_address: 'Isokatu 12 B 4',
  postal_code: '90100',
  mother_tongue: 'fi',
  languages: 'fi|en|sv',
  isced_level: '3',
  target_groups: 'immigrant|single_parent',
  unemployed_since: '1.9.2025',
  responsible_coach_email: 'coach@oulu.fi',
};

const isRequired = (column: ClientImportColumn) => (requiredClientImportColumns as readonly string[]).includes(column);

/** A header row and one example row, as a file the user can open in a spreadsheet and fill in. */
const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(
  // The byte-order mark tells Excel the file is UTF-8.
  `\uFEFF${clientImportColumns.join(';')}\r\n${clientImportColumns.map((column) => examples[column]).join(';')}\r\n`,
)}`;

/** The format of docs/client-import.md in the UI language: the rules, then every column. */
export function ImportFormatGuide() {
  const { t } = useTranslation('clientImport');
  const rules = ['header', 'encoding', 'dates', 'lists', 'matching', 'duplicates'] as const;
  return (
    <Expander mb="l" data-qa="import-format">
      <ExpanderTitleButton asHeading="h2">{t('format.title')}</ExpanderTitleButton>
      <ExpanderContent>
        <Rules>
          {rules.map((rule) => (
            <li key={rule}>{t(`format.rules.${rule}`)}</li>
          ))}
        </Rules>
        <Table>
          <caption>{t('format.columnsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('format.column')}</th>
              <th scope="col">{t('format.meaning')}</th>
              <th scope="col">{t('format.content')}</th>
              <th scope="col">{t('format.example')}</th>
            </tr>
          </thead>
          <tbody>
            {clientImportColumns.map((column) => (
              <tr key={column}>
                <th scope="row">
                  <code>{column}</code>
                  {isRequired(column) ? <Required>{t('format.required')}</Required> : null}
                </th>
                <td>{t(`format.columns.${column}.meaning`)}</td>
                <td>{t(`format.columns.${column}.content`)}</td>
                <td>
                  <code>{examples[column]}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
        <Link href={templateHref} download="polku-asiakastuonti.csv" data-qa="import-template">
          {t('format.template')}
        </Link>
      </ExpanderContent>
    </Expander>
  );
}

const Rules = styled.ul`
  ${tokens.typography.bodyText};
  margin: 0 0 ${tokens.spacing.m};
  padding-left: ${tokens.spacing.l};

  li {
    margin-bottom: ${tokens.spacing.xs};
  }
`;

const Table = styled.table`
  ${tokens.typography.bodyTextSmall};
  width: 100%;
  margin-bottom: ${tokens.spacing.m};
  border-collapse: collapse;

  caption {
    ${tokens.typography.heading4};
    text-align: left;
    padding-bottom: ${tokens.spacing.xs};
  }
  th,
  td {
    padding: ${tokens.spacing.xxs} ${tokens.spacing.xs};
    border-bottom: 1px solid ${tokens.colors.depthLight2};
    text-align: left;
    vertical-align: top;
  }
  thead th {
    border-bottom: 2px solid ${tokens.colors.depthBase};
  }
  tbody th {
    font-weight: normal;
    white-space: nowrap;
  }
  /* Words of the meaning column must not break mid-word; examples are values, kept whole. */
  tbody td:nth-of-type(1) {
    min-width: 11em;
  }
  tbody td:nth-of-type(3) {
    white-space: nowrap;
  }
  code {
    font-size: 14px;
  }
`;

const Required = styled.span`
  ${tokens.typography.bodySemiBoldSmall};
  display: block;
`;
