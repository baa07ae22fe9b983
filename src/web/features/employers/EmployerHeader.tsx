import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RouterLink, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { Employer } from '../../../contract/employers';
import { formatDate } from '../../format';
import { StatusTag } from '../client/StatusTag';
import { stageTones, useEmployerLabels } from './labels';

/** Where the relationship stands, always visible above the sections: stage, last contact and personal meetings. */
export function EmployerHeader({ employer }: { employer: Employer }) {
  const { t } = useTranslation('employers');
  const labels = useEmployerLabels();
  return (
    <Block data-qa="employer-header">
      <RouterLink asComponent={Link} to="/employers" data-qa="employer-back">
        {t('page.back')}
      </RouterLink>
      <Facts>
        <Fact>
          <dt>{t('header.stage')}</dt>
          <dd>
            <StatusTag tone={stageTones[employer.stage]} data-qa="employer-stage">
              {t(`stages.${employer.stage}`)}
            </StatusTag>{' '}
            <span data-qa="employer-stage-since">{t('header.since', { date: formatDate(employer.stageChangedOn) })}</span>
          </dd>
        </Fact>
        <Fact>
          <dt>{t('header.lastContact')}</dt>
          <dd data-qa="employer-last-contact">{employer.lastContactOn ? formatDate(employer.lastContactOn) : t('header.never')}</dd>
        </Fact>
        <Fact>
          <dt title={t('header.meetingsHint')}>{t('header.meetings')}</dt>
          <dd data-qa="employer-meeting-count">{employer.personalMeetingCount}</dd>
        </Fact>
        <Fact>
          <dt>{t('header.industry')}</dt>
          <dd data-qa="employer-header-industry">
            {employer.industrySection ? `${employer.industrySection} ${labels.sectionName(employer.industrySection)}` : '–'}
          </dd>
        </Fact>
        <Fact>
          <dt>{t('header.owner')}</dt>
          <dd data-qa="employer-header-owner">{employer.ownerName ?? t('header.noOwner')}</dd>
        </Fact>
      </Facts>
    </Block>
  );
}

const Block = styled.div`
  margin-bottom: ${tokens.spacing.l};
`;

const Facts = styled.dl`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
  gap: ${tokens.spacing.s} ${tokens.spacing.l};
  margin: ${tokens.spacing.m} 0 0;
  padding: ${tokens.spacing.m};
  background: ${tokens.colors.highlightLight4};
  border-left: 4px solid ${tokens.colors.highlightBase};
`;

const Fact = styled.div`
  dt {
    ${tokens.typography.bodySemiBoldSmall};
    color: ${tokens.colors.blackLight1};
  }
  dd {
    ${tokens.typography.bodyText};
    margin: 0;
  }
`;
