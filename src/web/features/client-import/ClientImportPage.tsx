import { clientImportResult } from '../../../contract/client-import';
import { hasAnyRole, useSession } from '../../auth/session';
import { useClientImportGuide } from './client-import-guide';
import { CsvImportWorkflow } from './CsvImportWorkflow';
import { postCsvImport, type ImportMode } from './import-request';
import type { ImportView } from './import-view';
import { ImportFormatGuide } from './ImportFormatGuide';

async function importClients(csv: string, query: { mode: ImportMode; organisationId?: string }, csrfToken: string): Promise<ImportView> {
  const result = await postCsvImport('/api/clients/import', clientImportResult, csv, query, csrfToken);
  return { ...result, rows: result.rows.map(({ clientId, ...row }) => ({ ...row, ...(clientId ? { recordId: clientId } : {}) })) };
}

/** Team leads and admins move job seekers from another system (docs/client-import.md). */
export function ClientImportPage() {
  const { data: session } = useSession();
  const guide = useClientImportGuide();
  const canOpenClients = session ? hasAnyRole(session, ['coach', 'team_lead', 'employer_coordinator']) : false;
  return (
    <CsvImportWorkflow
      namespace="clientImport"
      importerRoles={['team_lead', 'admin']}
      run={importClients}
      guide={<ImportFormatGuide namespace="clientImport" {...guide} templateFileName="polku-asiakastuonti.csv" />}
      recordPath={canOpenClients ? (clientId) => `/clients/${clientId}` : undefined}
      data-qa="client-import-page"
    />
  );
}
