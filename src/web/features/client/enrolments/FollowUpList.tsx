import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { Enrolment, FollowUp } from '../../../../contract/enrolments';
import { Button } from '../../../components/Button';
import { formatDate } from '../../../format';
import { StatusTag } from '../StatusTag';
import { FollowUpForm } from './FollowUpForm';
import { InformationSourceLabel } from '../../follow-up-tasks/InformationSourceField';

function FollowUpState({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation('client');
  if (followUp.completedOn) return <StatusTag tone="success">{t('followUps.done', { date: formatDate(followUp.completedOn) })}</StatusTag>;
  if (followUp.due) return <StatusTag tone="warning">{t('followUps.due')}</StatusTag>;
  return <StatusTag tone="neutral">{t('followUps.upcoming')}</StatusTag>;
}

/** The follow-ups (seuranta) scheduled when the enrolment ended, e.g. at 3 and 6 months. */
export function FollowUpList({ enrolment, canWrite }: { enrolment: Enrolment; canWrite: boolean }) {
  const { t } = useTranslation('client');
  const [recording, setRecording] = useState<string | null>(null);
  if (enrolment.followUps.length === 0) return null;
  return (
    <section data-qa="follow-ups">
      <Heading variant="h4" as="h4" mb="xs">
        {t('followUps.title')}
      </Heading>
      <List>
        {enrolment.followUps.map((followUp) => (
          <li key={followUp.id} data-qa={`follow-up-${followUp.monthsAfterEnd}`}>
            <Row>
              <strong>{t('followUps.monthsAfter', { count: followUp.monthsAfterEnd })}</strong>
              <span data-qa="follow-up-due-on">{t('followUps.dueOn', { date: formatDate(followUp.dueOn) })}</span>
              <FollowUpState followUp={followUp} />
              {followUp.situation ? <span>{t(`labels.outcome.${followUp.situation}`)}</span> : null}
              {followUp.informationSource ? <InformationSourceLabel source={followUp.informationSource} /> : null}
              {canWrite && !followUp.completedOn && recording !== followUp.id ? (
                <Button
                  variant="secondaryNoBorder"
                  onClick={() => setRecording(followUp.id)}
                  data-qa={`follow-up-record-${followUp.monthsAfterEnd}`}
                >
                  {t('followUps.record')}
                </Button>
              ) : null}
            </Row>
            {followUp.note ? <Note>{followUp.note}</Note> : null}
            {recording === followUp.id ? (
              <FollowUpForm clientId={enrolment.clientId} followUp={followUp} onDone={() => setRecording(null)} />
            ) : null}
          </li>
        ))}
      </List>
    </section>
  );
}

const List = styled.ul`
  margin: 0 0 ${tokens.spacing.m};
  padding: 0;
  list-style: none;

  li {
    padding: ${tokens.spacing.xs} 0;
    border-bottom: 1px solid ${tokens.colors.depthLight2};
  }
`;

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.spacing.xs} ${tokens.spacing.m};
`;

const Note = styled.div`
  ${tokens.typography.bodyTextSmall};
  margin-top: ${tokens.spacing.xxs};
  white-space: pre-wrap;
`;
