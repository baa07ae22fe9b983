import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileInput, Heading, Paragraph } from 'suomifi-ui-components';
import { clientImportMaxBytes, type ClientImportResult } from '../../../contract/client-import';
import { ApiRequestError } from '../../api/client';
import { hasAnyRole, useSession } from '../../auth/session';
import { Button } from '../../components/Button';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeading } from '../../components/PageHeading';
import { CommitDialog } from './CommitDialog';
import { postClientImport, type ImportMode } from './import-request';
import { ImportCounts } from './ImportCounts';
import { ImportFormatGuide } from './ImportFormatGuide';
import { ImportRowsTable } from './ImportRowsTable';

type Preview = { csv: string; result: ClientImportResult };

/**
 * Choose a CSV file, preview what importing it would do, then import the valid rows. The commit
 * sends the very text that was previewed, so a file changed on disk in between changes nothing.
 */
export function ClientImportPage() {
  const { t } = useTranslation(['clientImport', 'errors']);
  const { data: session } = useSession();
  const organisations = importOrganisations(session);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [organisationMissing, setOrganisationMissing] = useState(false);
  // A new file input after "import another file": the old one still shows the imported file.
  const [generation, setGeneration] = useState(0);
  const [confirming, setConfirming] = useState(false);

  const run = (mode: ImportMode) => async (csv: string) => ({
    csv,
    result: await postClientImport(csv, { mode, organisationId: organisationId ?? undefined }, session?.csrfToken ?? ''),
  });
  const preview = useMutation({ mutationFn: run('dry-run') });
  const commit = useMutation({ mutationFn: run('commit'), onSuccess: () => setConfirming(false) });
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
  const canOpenClients = session ? hasAnyRole(session, ['coach', 'team_lead', 'employer_coordinator']) : false;

  return (
    <div data-qa="client-import-page">
      <PageHeading>{t('title')}</PageHeading>
      <Paragraph mb="l">{t('intro')}</Paragraph>
      <ImportFormatGuide />

      {committed ? (
        <section data-qa="import-result">
          <Heading variant="h2" mb="m" ref={resultHeading} tabIndex={-1}>
            {t('result.title')}
          </Heading>
          <Paragraph mb="m">{t('result.intro')}</Paragraph>
          <ImportCounts result={committed} />
          <Button mb="l" variant="secondary" onClick={startAgain} data-qa="import-another">
            {t('result.another')}
          </Button>
          <ImportRowsTable result={committed} canOpenClients={canOpenClients} />
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
            <Button
              mb="l"
              busy={preview.isPending}

              onClick={() => void startPreview()}
              data-qa="import-preview"
            >
              {t('file.preview')}
            </Button>
          </section>

          {previewed ? (
            <section data-qa="import-preview-result">
              <Heading variant="h2" mb="m" ref={previewHeading} tabIndex={-1}>
                {t('preview.title')}
              </Heading>
              <Paragraph mb="m">{t('preview.intro')}</Paragraph>
              <ImportCounts result={previewed.result} />
              {importable > 0 ? (
                <Button mb="l" onClick={() => setConfirming(true)} data-qa="import-commit">
                  {t('preview.import', { count: importable })}
                </Button>
              ) : (
                <Paragraph mb="l">{t('preview.nothingToImport')}</Paragraph>
              )}
              <ImportRowsTable result={previewed.result} canOpenClients={false} />
              <CommitDialog
                visible={confirming}
                counts={previewed.result.counts}
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

/** The organisations the user may import into: those where they are a team lead or an admin. */
function importOrganisations(session: ReturnType<typeof useSession>['data']) {
  const byId = new Map<string, string>();
  for (const membership of session?.memberships ?? []) {
    if (membership.role === 'team_lead' || membership.role === 'admin') byId.set(membership.organisationId, membership.organisationName);
  }
  return [...byId].map(([value, label]) => ({ value, label }));
}
