import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Locale } from '../../../contract/common.js';
import {
  employerImportColumns,
  requiredEmployerImportColumns,
  type EmployerImportColumn,
  type EmployerImportResult,
} from '../../../contract/employer-import.js';
import type { EmployerFields } from '../../../contract/employers.js';
import { memberships, users } from '../../auth/auth.tables.js';
import { authorizeOrganisation } from '../../auth/policy.js';
import type { Transaction } from '../../db/transaction.js';
import type { ActionContext } from '../../http/client-action.js';
import { chooseOrganisation, runOrganisationAction } from '../../http/organisation-action.js';
import { municipalities, tolSections } from '../../reference/reference.tables.js';
import { helsinkiDate } from '../../time.js';
import { parseImportFile, type ImportFormat } from '../client-import/client-import.parse.js';
import { chunksOf, lockOrganisationImports } from '../client-import/client-import.queries.js';
import { summariseImport } from '../client-import/import-summary.js';
import { planEmployerRows, type EmployerImportLookups, type PlannedEmployerRow } from './employer-import.rows.js';
import { employerStaffRoles } from './employers.queries.js';
import { employerStageChanges, employers } from './employers.tables.js';

const employerImportFormat: ImportFormat<EmployerImportColumn> = {
  columns: employerImportColumns,
  required: requiredEmployerImportColumns,
};

type AcceptedRow = Extract<PlannedEmployerRow, { action: 'create' | 'update' }>;
type ExistingEmployer = Pick<typeof employers.$inferSelect, 'id' | keyof EmployerFields>;

/** Reference lists, the organisation's staff and its employers: five queries whatever the file size. */
async function loadLookups(tx: Transaction, organisationId: string) {
  const municipalityRows = await tx
    .select({ code: municipalities.code, nameFi: municipalities.nameFi, nameSv: municipalities.nameSv })
    .from(municipalities);
  const sectionRows = await tx.select({ code: tolSections.code }).from(tolSections);
  const staffRows = await tx
    .selectDistinct({ email: users.email, id: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(eq(memberships.organisationId, organisationId), inArray(memberships.role, [...employerStaffRoles]), isNull(users.disabledAt)),
    );
  const existing: ExistingEmployer[] = await tx
    .select({
      id: employers.id,
      name: employers.name,
      businessId: employers.businessId,
      industrySection: employers.industrySection,
      sizeClass: employers.sizeClass,
      economySector: employers.economySector,
      municipalityCode: employers.municipalityCode,
      website: employers.website,
      notes: employers.notes,
      ownerUserId: employers.ownerUserId,
    })
    .from(employers)
    .where(eq(employers.organisationId, organisationId));
  const municipalityCodeByName = new Map<string, string>();
  for (const row of municipalityRows) {
    municipalityCodeByName.set(row.nameFi.toLowerCase(), row.code);
    municipalityCodeByName.set(row.nameSv.toLowerCase(), row.code);
  }
  const employersByName = new Map<string, string[]>();
  for (const row of existing.filter((employer) => !employer.businessId)) {
    const name = row.name.toLowerCase();
    employersByName.set(name, [...(employersByName.get(name) ?? []), row.id]);
  }
  const lookups: EmployerImportLookups = {
    municipalityCodes: new Set(municipalityRows.map((row) => row.code)),
    municipalityCodeByName,
    industrySections: new Set(sectionRows.map((row) => row.code)),
    staffByEmail: new Map(staffRows.map((row) => [row.email.toLowerCase(), row.id])),
    employerByBusinessId: new Map(existing.flatMap((row) => (row.businessId ? [[row.businessId, row.id] as const] : []))),
    employersByName,
  };
  return { lookups, existing: new Map(existing.map((row) => [row.id, row])) };
}

/**
 * Profile values an update overwrites, by the file column that carries them: a column the file
 * does not have leaves that value alone, and an empty owner e-mail keeps the current owner.
 */
const fieldOfColumn: Record<EmployerImportColumn, keyof EmployerFields> = {
  name: 'name',
  business_id: 'businessId',
  industry_section: 'industrySection',
  size_class: 'sizeClass',
  economy_sector: 'economySector',
  municipality_code: 'municipalityCode',
  website: 'website',
  notes: 'notes',
  owner_email: 'ownerUserId',
};

function changesOf(row: AcceptedRow, current: ExistingEmployer, fileColumns: ReadonlySet<EmployerImportColumn>): Partial<EmployerFields> {
  const changes: Partial<Record<keyof EmployerFields, unknown>> = {};
  for (const column of fileColumns) {
    const field = fieldOfColumn[column];
    const value = row.fields[field];
    if (field === 'ownerUserId' && value === null) continue;
    if (value !== current[field]) changes[field] = value;
  }
  return changes as Partial<EmployerFields>;
}

/** New employers enter at the stage identified, dated today, as from the form; updates leave stage and history alone. */
async function writeRows(
  tx: Transaction,
  context: ActionContext,
  organisationId: string,
  rows: AcceptedRow[],
  current: Map<string, ExistingEmployer>,
  fileColumns: ReadonlySet<EmployerImportColumn>,
) {
  const today = helsinkiDate(context.now);
  const creates = rows.filter((row) => row.action === 'create');
  for (const row of creates) row.recordId = randomUUID();
  for (const chunk of chunksOf(creates, 500)) {
    await tx.insert(employers).values(
      chunk.map((row) => ({
        ...row.fields,
        id: row.recordId!,
        organisationId,
        stage: 'identified',
        stageChangedOn: today,
        createdBy: context.actor.userId,
        createdAt: context.now,
        updatedAt: context.now,
      })),
    );
    await tx.insert(employerStageChanges).values(
      chunk.map((row) => ({
        organisationId,
        employerId: row.recordId!,
        stage: 'identified',
        changedOn: today,
        changedBy: context.actor.userId,
        createdAt: context.now,
      })),
    );
  }
  // A row whose values already match leaves its employer as it is (no new version).
  for (const row of rows.filter((candidate) => candidate.action === 'update')) {
    const changes = changesOf(row, current.get(row.recordId!)!, fileColumns);
    if (Object.keys(changes).length === 0) continue;
    await tx
      .update(employers)
      .set({ ...changes, version: sql`${employers.version} + 1`, updatedAt: context.now })
      .where(eq(employers.id, row.recordId!));
  }
}

/**
 * Imports employers from a CSV file into one organisation's register. A dry run reports what a
 * commit would do; a commit applies the same plan in one transaction, so an unexpected failure
 * leaves nothing half-imported. The commit is audited as one employer.import entry.
 */
export async function importEmployers(
  context: ActionContext,
  input: { csv: string; mode: EmployerImportResult['mode']; organisationId?: string; locale: Locale },
): Promise<EmployerImportResult> {
  const organisationId = chooseOrganisation(context, 'employer.import', input.organisationId);
  // Refused before the file is read: a user without the right learns nothing about its problems.
  authorizeOrganisation(context.actor, 'employer.import', organisationId);
  const file = parseImportFile(input.csv, employerImportFormat);
  const planned = await runOrganisationAction(
    context,
    'employer.import',
    organisationId,
    async (tx) => {
      if (input.mode === 'commit') await lockOrganisationImports(tx, 'employer', organisationId);
      const { lookups, existing } = await loadLookups(tx, organisationId);
      const rows = planEmployerRows(file.records, lookups);
      if (input.mode === 'commit') {
        const accepted = rows.filter((row): row is AcceptedRow => row.action !== 'reject');
        await writeRows(tx, context, organisationId, accepted, existing, file.columns);
      }
      return rows;
    },
    { audit: input.mode === 'commit' ? 'write' : 'none' },
  );
  const summary = summariseImport(input.mode, planned, input.locale);
  return { ...summary, rows: summary.rows.map(({ recordId, ...row }) => ({ ...row, ...(recordId ? { employerId: recordId } : {}) })) };
}
