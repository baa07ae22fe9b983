import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { Client } from '../../../contract/clients';
import type { Enrolment } from '../../../contract/enrolments';
import { formatDate } from '../../format';
import { MeetingStatusLine } from './MeetingStatusLine';
import { municipalityName } from './municipality-name';
import { useEnrolments, useMunicipalities } from './queries';
import { StatusTag } from './StatusTag';

/** Who the person is and where their coaching stands, always visible above the sections. */
export function ClientHeader({ client }: { client: Client }) {
  const { t, i18n } = useTranslation('client');
  const municipalities = useMunicipalities();
  const enrolments = useEnrolments(client.id);
  const active = enrolments.data?.items.filter((enrolment) => enrolment.endDate === null) ?? [];
  const hasTargetGroups = client.targetGroups.length + client.derivedTargetGroups.length > 0;

  return (
    <Block aria-label={t('header.label')} data-qa="client-header">
      <Facts>
        <Fact>
          <dt>{t('header.age')}</dt>
          <dd data-qa="client-header-age">{client.age === null ? t('notGiven') : t('header.ageYears', { count: client.age })}</dd>
        </Fact>
        <Fact>
          <dt>{t('header.municipality')}</dt>
          <dd data-qa="client-header-municipality">
            {municipalityName(municipalities.data?.items, client.municipalityCode, i18n.language)}
          </dd>
        </Fact>
        <Fact>
          <dt>{t('header.responsible')}</dt>
          <dd data-qa="client-header-responsible">{client.responsibleUserName ?? t('header.noResponsible')}</dd>
        </Fact>
        <Fact $wide>
          <dt>{t('header.targetGroups')}</dt>
          <dd>
            {hasTargetGroups ? (
              <Tags data-qa="client-target-groups">
                {client.targetGroups.map((group) => (
                  <li key={group}>
                    <StatusTag tone="highlight">{t(`labels.targetGroup.${group}`)}</StatusTag>
                  </li>
                ))}
                {client.derivedTargetGroups.map((group) => (
                  <li key={group} title={t('header.derivedExplanation')}>
                    <StatusTag tone="neutral" data-qa={`client-derived-${group}`}>
                      {t(`labels.targetGroup.${group}`)} ({t('header.derived')})
                    </StatusTag>
                  </li>
                ))}
              </Tags>
            ) : (
              t('header.noTargetGroups')
            )}
          </dd>
        </Fact>
      </Facts>
      <Enrolments data-qa="client-current-enrolment">
        {enrolments.isSuccess && active.length === 0 ? <p>{t('header.noActiveEnrolment')}</p> : null}
        {active.map((enrolment) => (
          <CurrentEnrolment key={enrolment.id} enrolment={enrolment} />
        ))}
      </Enrolments>
    </Block>
  );
}

function CurrentEnrolment({ enrolment }: { enrolment: Enrolment }) {
  const { t } = useTranslation('client');
  return (
    <EnrolmentRow data-qa={`client-header-enrolment-${enrolment.id}`}>
      <div>
        <Programme>{enrolment.programmeName}</Programme>
        <div>
          {t('header.phase')}: <strong data-qa="client-current-phase">{enrolment.currentPhaseName}</strong>
          {' · '}
          <span data-qa="client-days-in-phase">{t('header.daysInPhase', { count: enrolment.daysInPhase })}</span>
        </div>
      </div>
      <div>
        <MeetingStatusLine meeting={enrolment.meeting} />
        {enrolment.meeting.firstEmployerContactStatus && enrolment.meeting.firstEmployerContactDueOn ? (
          <Line data-qa="client-employer-contact-status">
            <StatusTag tone={enrolment.meeting.firstEmployerContactStatus === 'overdue' ? 'alert' : 'warning'}>
              {t(`employerContactStatus.${enrolment.meeting.firstEmployerContactStatus}`)}
            </StatusTag>{' '}
            {t('header.employerContact', { date: formatDate(enrolment.meeting.firstEmployerContactDueOn) })}
          </Line>
        ) : null}
      </div>
    </EnrolmentRow>
  );
}

const Block = styled.section`
  margin-bottom: ${tokens.spacing.l};
  padding: ${tokens.spacing.m};
  border: 1px solid ${tokens.colors.depthLight1};
  border-top: 4px solid ${tokens.colors.brandBase};
  background: ${tokens.colors.highlightLight4};
`;

const Facts = styled.dl`
  display: grid;
  grid-template-columns: repeat(3, minmax(0, 1fr)) minmax(0, 2fr);
  gap: ${tokens.spacing.s} ${tokens.spacing.l};
  margin: 0;

  @media (max-width: 900px) {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
`;

const Fact = styled.div<{ $wide?: boolean }>`
  dt {
    ${tokens.typography.bodySemiBoldSmall};
    color: ${tokens.colors.blackLight1};
  }
  dd {
    margin: 0;
  }
  @media (max-width: 900px) {
    grid-column: ${({ $wide }) => ($wide ? '1 / -1' : 'auto')};
  }
`;

const Tags = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.xxs};
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Enrolments = styled.div`
  margin-top: ${tokens.spacing.s};
  padding-top: ${tokens.spacing.s};
  border-top: 1px solid ${tokens.colors.depthLight1};

  p {
    margin: 0;
  }
`;

const EnrolmentRow = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  gap: ${tokens.spacing.s} ${tokens.spacing.l};

  & + & {
    margin-top: ${tokens.spacing.s};
  }
  @media (max-width: 700px) {
    grid-template-columns: minmax(0, 1fr);
  }
`;

const Programme = styled.div`
  ${tokens.typography.bodySemiBold};
`;

const Line = styled.div`
  ${tokens.typography.bodyTextSmall};
  margin-top: ${tokens.spacing.xxs};
`;
