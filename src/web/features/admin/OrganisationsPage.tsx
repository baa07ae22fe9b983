import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Heading, Paragraph, RouterLink, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { AdminOrganisation } from '../../../contract/admin';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { Notice } from '../../components/Notice';
import { municipalityName } from '../client/municipality-name';
import { SummaryList } from '../client/SummaryList';
import { useMunicipalities } from '../new-client/queries';
import { AdminFrame } from './AdminFrame';
import { useFlashNotice } from './flash-notice';
import { useAdminOrganisations } from './queries';
import { TeamList } from './TeamList';

export function OrganisationsPage() {
  const { t } = useTranslation('admin');
  const navigate = useNavigate();
  const organisations = useAdminOrganisations();
  const flash = useFlashNotice();
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <AdminFrame title={t('organisations.title')} data-qa="admin-organisations-page">
      <Paragraph mb="m">{t('organisations.intro')}</Paragraph>
      <Button mb="l" onClick={() => void navigate('/admin/organisations/new')} data-qa="new-organisation">
        {t('organisations.newOrganisation')}
      </Button>
      {(notice ?? flash) ? <Notice data-qa="organisation-notice">{notice ?? flash}</Notice> : null}
      <ErrorBanner error={organisations.error} />
      {organisations.isPending ? <LoadingIndicator /> : null}
      {organisations.data?.length === 0 ? <Paragraph>{t('organisations.empty')}</Paragraph> : null}
      {organisations.data?.map((organisation) => (
        <OrganisationSection key={organisation.id} organisation={organisation} onNotice={setNotice} />
      ))}
    </AdminFrame>
  );
}

function OrganisationSection({ organisation, onNotice }: { organisation: AdminOrganisation; onNotice: (message: string) => void }) {
  const { t, i18n } = useTranslation('admin');
  const municipalities = useMunicipalities().data?.items;
  const { name } = organisation;
  return (
    <Card aria-labelledby={`organisation-${organisation.id}`} data-qa={`organisation-${organisation.id}`}>
      <Heading variant="h2" mb="m" id={`organisation-${organisation.id}`}>
        {name}
      </Heading>
      <SummaryList
        columns={3}
        items={[
          { label: t('organisations.type'), value: t(`organisationTypes.${organisation.type}`) },
          { label: t('organisations.businessId'), value: organisation.businessId ?? t('organisations.notGiven') },
          {
            label: t('organisations.municipality'),
            value: organisation.municipalityCode
              ? municipalityName(municipalities, organisation.municipalityCode, i18n.language)
              : t('organisations.notGiven'),
          },
        ]}
      />
      <RouterLink
        asComponent={Link}
        to={`/admin/organisations/${organisation.id}`}
        aria-label={t('organisations.editLabel', { name })}
        data-qa={`edit-organisation-${organisation.id}`}
      >
        {t('organisations.edit')}
      </RouterLink>
      <Heading variant="h3" mt="l" mb="s">
        {t('organisations.teams')}
      </Heading>
      <TeamList organisation={organisation} onNotice={onNotice} />
    </Card>
  );
}

const Card = styled.section`
  margin-bottom: ${tokens.spacing.l};
  padding: ${tokens.spacing.m} ${tokens.spacing.l};
  background: ${tokens.colors.whiteBase};
  border: 1px solid ${tokens.colors.depthLight2};
  border-radius: 2px;
`;
