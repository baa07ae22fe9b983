import { useTranslation } from 'react-i18next';
import { clientImportColumns, requiredClientImportColumns, type ClientImportColumn } from '../../../contract/client-import';
import type { GuideColumn } from './ImportFormatGuide';

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

const rules = ['header', 'encoding', 'dates', 'lists', 'matching', 'duplicates'] as const;

/** The client file format of docs/client-import.md in the UI language. */
export function useClientImportGuide(): { rules: string[]; columns: GuideColumn[] } {
  const { t } = useTranslation('clientImport');
  return {
    rules: rules.map((rule) => t(`format.rules.${rule}`)),
    columns: clientImportColumns.map((column) => ({
      name: column,
      required: (requiredClientImportColumns as readonly string[]).includes(column),
      meaning: t(`format.columns.${column}.meaning`),
      content: t(`format.columns.${column}.content`),
      example: examples[column],
    })),
  };
}
