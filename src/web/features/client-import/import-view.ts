import type { ClientImportResult } from '../../../contract/client-import';

/** The translation namespaces of the imports; each has the same file, preview, result, counts, rows and format texts. */
export type ImportNamespace = 'clientImport' | 'employerImport';

/** An import's answer as the shared parts of the page show it: the created or updated record as `recordId`. */
export type ImportView = Omit<ClientImportResult, 'rows'> & {
  rows: (Omit<ClientImportResult['rows'][number], 'clientId'> & { recordId?: string })[];
};
export type ImportViewRow = ImportView['rows'][number];
