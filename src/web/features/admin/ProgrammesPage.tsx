import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { Button } from '../../components/Button';
import { DataTable, type DataTableColumn } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Notice } from '../../components/Notice';
import { isLanguage } from '../../i18n/languages';
import { StatusTag } from '../client/StatusTag';
import { useProgrammes, type ProgrammeWithModel } from '../caseload/queries';
import { AdminFrame } from './AdminFrame';
import { useFlashNotice } from './flash-notice';
import { useAdminOrganisations } from './queries';

/** Every programme fits on one page; the table still needs an order to show. */
const byName = { key: 'name', direction: 'asc' } as const;

export function ProgrammesPage() {
  const { t, i18n } = useTranslation('admin');
  const navigate = useNavigate();
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const programmes = useProgrammes();
  const organisations = useAdminOrganisations().data ?? [];
  const flash = useFlashNotice();
  const rows = [...(programmes.data?.items ?? [])].sort((first, second) => first.name.localeCompare(second.name, language));

  const columns: DataTableColumn<ProgrammeWithModel>[] = [
    {
      key: 'name',
      label: t('programmes.name'),
      render: (programme) => (
        <RouterLink asComponent={Link} to={`/admin/programmes/${programme.id}`} data-qa={`programme-row-${programme.id}`}>
          {programme.name}
        </RouterLink>
      ),
    },
    ...(organisations.length > 1
      ? [
          {
            key: 'organisation',
            label: t('programmes.organisation'),
            render: (programme: ProgrammeWithModel) =>
              organisations.find((organisation) => organisation.id === programme.organisationId)?.name ?? '',
          },
        ]
      : []),
    { key: 'processModel', label: t('programmes.processModel'), render: (programme) => programme.processModel.definition.name[language] },
    { key: 'fundingCode', label: t('programmes.fundingCode'), render: (programme) => programme.fundingCode ?? '' },
    {
      key: 'followUps',
      label: t('programmes.followUps'),
      render: (programme) =>
        programme.followUpMonths.length > 0
          ? t('programmes.followUpMonths', { months: programme.followUpMonths.join(', ') })
          : t('programmes.noFollowUps'),
    },
    {
      key: 'status',
      label: t('programmes.status'),
      render: (programme) =>
        programme.active ? (
          <StatusTag tone="success">{t('programmes.active')}</StatusTag>
        ) : (
          <StatusTag tone="neutral">{t('programmes.inactive')}</StatusTag>
        ),
    },
  ];

  return (
    <AdminFrame title={t('programmes.title')} data-qa="admin-programmes-page">
      <Paragraph mb="m">{t('programmes.intro')}</Paragraph>
      <Button mb="l" onClick={() => void navigate('/admin/programmes/new')} data-qa="new-programme">
        {t('programmes.newProgramme')}
      </Button>
      {flash ? <Notice data-qa="programme-notice">{flash}</Notice> : null}
      <ErrorBanner error={programmes.error} />
      <DataTable
        caption={t('programmes.caption')}
        hideCaption
        columns={columns}
        rows={rows}
        rowKey={(programme) => programme.id}
        sort={byName}
        onSortChange={() => undefined}
        page={1}
        pageSize={Math.max(rows.length, 1)}
        total={rows.length}
        onPageChange={() => undefined}
        loading={programmes.isPending}
        emptyText={t('programmes.empty')}
        data-qa="programme-table"
      />
    </AdminFrame>
  );
}
