import { useTranslation } from 'react-i18next';
import { employerImportColumns, requiredEmployerImportColumns, type EmployerImportColumn } from '../../../../contract/employer-import';
import type { GuideColumn } from '../../client-import/ImportFormatGuide';

/** The examples of docs/employer-import.md; values, not words, so the same in every language. */
const examples: Record<EmployerImportColumn, string> = {
  name: 'Pohjolan Konepaja Oy',
  business_id: '0187690-1',
  industry_section: 'C',
  size_class: 'pieni',
  economy_sector: 'yksityinen',
  municipality_code: '564',
  website: 'https://konepaja.example.fi',
  notes: 'Kiinnostunut työkokeiluista',
  owner_email: 'coordinator@oulu.fi',
};

const rules = ['header', 'encoding', 'matching', 'duplicates', 'stage'] as const;

/** The employer file format of docs/employer-import.md in the UI language. */
export function useEmployerImportGuide(): { rules: string[]; columns: GuideColumn[] } {
  const { t } = useTranslation('employerImport');
  return {
    rules: rules.map((rule) => t(`format.rules.${rule}`)),
    columns: employerImportColumns.map((column) => ({
      name: column,
      required: (requiredEmployerImportColumns as readonly string[]).includes(column),
      meaning: t(`format.columns.${column}.meaning`),
      content: t(`format.columns.${column}.content`),
      example: examples[column],
    })),
  };
}
