import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FileInput, Heading, Paragraph } from 'suomifi-ui-components';
import { clientImportMaxBytes } from '../../../contract/client-import';
import type { Role } from '../../../contract/auth';
import { ApiRequestError } from '../../api/client';
import { useSession } from '../../auth/session';
import { Button } from '../../components/Button';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeading } from '../../components/PageHeading';
import { CommitDialog } from './CommitDialog';
import type { ImportMode } from './import-request';
import type { ImportNamespace, ImportView } from './import-view';
import { ImportCounts } from './ImportCounts';
import { ImportRowsTable } from './ImportRowsTable';

type Preview = { csv: string; result: ImportView };

type CsvImportWorkflowProps = {
  namespace: ImportNamespace;
  /** The roles that may import into an organisation; a user with several such organisations chooses one. */
  importerRoles: readonly Role[];
  run: (csv: string, query: { mode: ImportMode; organisationId?: string }, csrfToken: string) => Promise<ImportView>;
  /** The file format, shown above the file field. */
  guide: ReactNode;
  /** Where a created or updated record opens after the commit; none when the user cannot open them. */
  recordPath?: (recordId: string) => string;
  'data-qa': string;
};

/**
 * Choose a CSV file, preview what importing it would do, then import the valid rows: the client
 * and the employer import alike. The commit sends the very text that was previewed, so a file
 * changed on disk in between changes nothing.
 */
export function CsvImportWorkflow({ namespace, importerRoles, run, guide, recordPath, 'data-qa': dataQa }: CsvImportWorkflowProps) {
  const { t } = useTranslation([namespace, 'errors']);
  const { data: session } = useSession();
  const organisations = importOrganisations(session, importerRoles);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [organisationMissing, setOrganisationMissing] = useState(false);
  // A new file input after "import another file": the old one still shows the imported file.
  const [generation, setGeneration] = useState(0);
  const [confirming, setConfirming] = useState(false);

  const runMode = (mode: ImportMode) => async (csv: string) => ({
    csv,
    result: await run(csv, { mode, organisationId: organisationId ?? undefined }, session?.csrfToken ?? ''),
  });
  const preview = useMutation({ mutationFn: runMode('dry-run') });
  const commit = useMutation({ mutationFn: runMode('commit'), onSuccess: () => setConfirming(false) });
  const previewed: Preview | undefined = preview.data;
  const committed = commit.data?.result;

  // Each step's outcome appears below the button that asked for it: take the user there.
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => previewHeading.current?.focus(), [previewed]);
  useEffect(() => resultHeading.current?.focus(), [committed]);

  const chooseFile = (files: FileList) => {
    setFile(files[0] ?? null);
    setFileProblem(null);
    preview.reset();
    commit.reset();
  };

  const startPreview = async () => {
    const mustChooseOrganisation = organisations.length > 1 && !organisationId;
    setOrganisationMissing(mustChooseOrganisation);
    if (mustChooseOrganisation) return;
    if (!file) return setFileProblem(t('file.required'));
    if (file.size > clientImportMaxBytes) return setFileProblem(t('file.tooLarge'));
    try {
      preview.mutate(await file.text());
    } catch {
      setFileProblem(t('file.unreadable'));
    }
  };

  const startAgain = () => {
    setFile(null);
    preview.reset();
    commit.reset();
    setGeneration((current) => current + 1);
  };

  // Problems with the file as a whole (a missing column, not CSV at all) belong at the file field.
  const fileErrors = preview.error instanceof ApiRequestError ? preview.error.fields : [];
  const fileStatus = fileProblem ?? (fileErrors.length > 0 ? fileErrors.map((field) => t(`errors:fields.${field.code}`)).join(' ') : null);
  const importable = previewed ? previewed.result.counts.create + previewed.result.counts.update : 0;

  return (
    <div data-qa={dataQa}>
      <PageHeading>{t('title')}</PageHeading>
      <Paragraph mb="l">{t('intro')}</Paragraph>
      {guide}

      {committed ? (
        <section data-qa="import-result">
          <Heading variant="h2" mb="m" ref={resultHeading} tabIndex={-1}>
            {t('result.title')}
          </Heading>
          <Paragraph mb="m">{t('result.intro')}</Paragraph>
          <ImportCounts result={committed} namespace={namespace} />
          <Button mb="l" variant="secondary" onClick={startAgain} data-qa="import-another">
            {t('result.another')}
          </Button>
          <ImportRowsTable result={committed} namespace={namespace} recordPath={recordPath} />
        </section>
      ) : (
        <>
          <section data-qa="import-file">
            <Heading variant="h2" mb="m">
              {t('file.title')}
            </Heading>
            {organisations.length > 1 ? (
              <DropdownField
                labelText={t('file.organisation')}
                options={organisations}
                value={organisationId}
                onChange={(value) => {
                  setOrganisationId(value);
                  setOrganisationMissing(false);
                  preview.reset();
                }}
                error={organisationMissing ? t('file.organisationRequired') : undefined}
                data-qa="import-organisation"
              />
            ) : null}
            <FileInput
              key={generation}
              labelText={t('file.label')}
              hintText={t('file.hint')}
              inputButtonText={t('file.choose')}
              dragAreaText={t('file.dragArea')}
              removeFileText={t('file.remove')}
              addedFileAriaText={t('file.added')}
              accept=".csv,text/csv"
              onChange={chooseFile}
              status={fileStatus ? 'error' : 'default'}
              statusText={fileStatus ?? undefined}
              mb="m"
              data-qa="import-file-input"
            />
            <ErrorBanner error={fileErrors.length > 0 ? null : preview.error} />
            <Button mb="l" busy={preview.isPending} onClick={() => void startPreview()} data-qa="import-preview">
              {t('file.preview')}
            </Button>
          </section>

          {previewed ? (
            <section data-qa="import-preview-result">
              <Heading variant="h2" mb="m" ref={previewHeading} tabIndex={-1}>
                {t('preview.title')}
              </Heading>
              <Paragraph mb="m">{t('preview.intro')}</Paragraph>
              <ImportCounts result={previewed.result} namespace={namespace} />
              {importable > 0 ? (
                <Button mb="l" onClick={() => setConfirming(true)} data-qa="import-commit">
                  {t('preview.import', { count: importable })}
                </Button>
              ) : (
                <Paragraph mb="l">{t('preview.nothingToImport')}</Paragraph>
              )}
              <ImportRowsTable result={previewed.result} namespace={namespace} />
              <CommitDialog
                visible={confirming}
                counts={previewed.result.counts}
                namespace={namespace}
                busy={commit.isPending}
                error={commit.error}
                onConfirm={() => commit.mutate(previewed.csv)}
                onCancel={() => setConfirming(false)}
              />
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}

/** The organisations the user may import into: those where they hold one of the importer roles. */
function importOrganisations(session: ReturnType<typeof useSession>['data'], roles: readonly Role[]) {
  const byId = new Map<string, string>();
  for (const membership of session?.memberships ?? []) {
    if (roles.includes(membership.role)) byId.set(membership.organisationId, membership.organisationName);
  }
  return [...byId].map(([value, label]) => ({ value, label }));
}
