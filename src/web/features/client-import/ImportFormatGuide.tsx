import { useTranslation } from 'react-i18next';
import { Expander, ExpanderContent, ExpanderTitleButton, Link, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { ImportNamespace } from './import-view';

/** One column of an import file as the guide shows it, already in the UI language; the example is a value. */
export type GuideColumn = { name: string; required: boolean; meaning: string; content: string; example: string };

/** A header row and one example row, as a file the user can open in a spreadsheet and fill in. */
const templateHref = (columns: readonly GuideColumn[]) =>
  `data:text/csv;charset=utf-8,${encodeURIComponent(
    // The byte-order mark tells Excel the file is UTF-8.
    `\uFEFF${columns.map((column) => column.name).join(';')}\r\n${columns.map((column) => column.example).join(';')}\r\n`,
  )}`;

type ImportFormatGuideProps = {
  namespace: ImportNamespace;
  rules: readonly string[];
  columns: readonly GuideColumn[];
  templateFileName: string;
};

/** The format of an import file (docs/client-import.md, docs/employer-import.md) in the UI language: the rules, then every column. */
export function ImportFormatGuide({ namespace, rules, columns, templateFileName }: ImportFormatGuideProps) {
  const { t } = useTranslation(namespace);
  return (
    <Expander mb="l" data-qa="import-format">
      <ExpanderTitleButton asHeading="h2">{t('format.title')}</ExpanderTitleButton>
      <ExpanderContent>
        <Rules>
          {rules.map((rule) => (
            <li key={rule}>{rule}</li>
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
            {columns.map((column) => (
              <tr key={column.name}>
                <th scope="row">
                  <code>{column.name}</code>
                  {column.required ? <Required>{t('format.required')}</Required> : null}
                </th>
                <td>{column.meaning}</td>
                <td>{column.content}</td>
                <td>
                  <code>{column.example}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
        <Link href={templateHref(columns)} download={templateFileName} data-qa="import-template">
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
