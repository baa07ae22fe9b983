import { useQueryClient } from '@tanstack/react-query';
import { employerImportResult } from '../../../../contract/employer-import';
import { hasAnyRole, useSession } from '../../../auth/session';
import { CsvImportWorkflow } from '../../client-import/CsvImportWorkflow';
import { postCsvImport, type ImportMode } from '../../client-import/import-request';
import type { ImportView } from '../../client-import/import-view';
import { ImportFormatGuide } from '../../client-import/ImportFormatGuide';
import { employerKeys } from '../queries';
import { useEmployerImportGuide } from './employer-import-guide';

async function importEmployers(csv: string, query: { mode: ImportMode; organisationId?: string }, csrfToken: string): Promise<ImportView> {
  const result = await postCsvImport('/api/employers/import', employerImportResult, csv, query, csrfToken);
  return { ...result, rows: result.rows.map(({ employerId, ...row }) => ({ ...row, ...(employerId ? { recordId: employerId } : {}) })) };
}

/** Coordinators, team leads and admins bring an employer register over from a spreadsheet (docs/employer-import.md). */
export function EmployerImportPage() {
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  const guide = useEmployerImportGuide();
  const canOpenEmployers = session ? hasAnyRole(session, ['coach', 'employer_coordinator', 'team_lead']) : false;
  const run = async (csv: string, query: { mode: ImportMode; organisationId?: string }, csrfToken: string) => {
    const result = await importEmployers(csv, query, csrfToken);
    if (query.mode === 'commit') await queryClient.invalidateQueries({ queryKey: employerKeys.all });
    return result;
  };
  return (
    <CsvImportWorkflow
      namespace="employerImport"
      importerRoles={['employer_coordinator', 'team_lead', 'admin']}
      run={run}
      guide={<ImportFormatGuide namespace="employerImport" {...guide} templateFileName="polku-tyonantajatuonti.csv" />}
      recordPath={canOpenEmployers ? (employerId) => `/employers/${employerId}` : undefined}
      data-qa="employer-import-page"
    />
  );
}
