import { useTranslation } from 'react-i18next';
import { Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { Employer, EmployerInteraction, EmployerStageChange } from '../../../../contract/employers';
import { formatDate } from '../../../format';
import { StatusTag } from '../../client/StatusTag';
import { stageTones } from '../labels';

type Entry =
  | { date: string; recordedAt: string; interaction: EmployerInteraction }
  | { date: string; recordedAt: string; change: EmployerStageChange };

/** Interactions and stage changes in one list, the latest first; within a day in the order they were recorded. */
function entriesOf(employer: Employer): Entry[] {
  const entries: Entry[] = [
    ...employer.interactions.map((interaction) => ({ date: interaction.occurredOn, recordedAt: interaction.createdAt, interaction })),
    ...employer.stageHistory.map((change) => ({ date: change.changedOn, recordedAt: change.createdAt, change })),
  ];
  return entries.sort((first, second) => second.date.localeCompare(first.date) || second.recordedAt.localeCompare(first.recordedAt));
}

export function Timeline({ employer }: { employer: Employer }) {
  const { t } = useTranslation('employers');
  const entries = entriesOf(employer);
  if (employer.interactions.length === 0 && employer.stageHistory.length <= 1) {
    return <Paragraph mb="l">{t('timeline.empty')}</Paragraph>;
  }
  return (
    <List data-qa="employer-timeline">
      {entries.map((entry) =>
        'interaction' in entry ? (
          <Item key={entry.interaction.id} data-qa="timeline-interaction" data-kind={entry.interaction.kind}>
            <When>{formatDate(entry.date)}</When>
            <div>
              <Title>
                {t(`interactionKinds.${entry.interaction.kind}`)}
                {entry.interaction.inPerson ? (
                  <>
                    {' '}
                    <StatusTag tone="highlight">{t('timeline.inPerson')}</StatusTag>
                  </>
                ) : null}
              </Title>
              <Text>{entry.interaction.summary}</Text>
              {entry.interaction.agreed ? (
                <Text>
                  <strong>{t('timeline.agreed')}: </strong>
                  {entry.interaction.agreed}
                </Text>
              ) : null}
              <Meta>
                {t('timeline.staff')}: {entry.interaction.staff.map((person) => person.name).join(', ')}
                {entry.interaction.contacts.length > 0
                  ? ` · ${t('timeline.contacts')}: ${entry.interaction.contacts.map((person) => person.name).join(', ')}`
                  : ''}
              </Meta>
            </div>
          </Item>
        ) : (
          <Item key={entry.change.id} data-qa="timeline-stage-change" data-stage={entry.change.stage}>
            <When>{formatDate(entry.date)}</When>
            <div>
              <Title>
                <StatusTag tone={stageTones[entry.change.stage]}>
                  {t('timeline.stageChanged', { stage: t(`stages.${entry.change.stage}`) })}
                </StatusTag>
              </Title>
              <Meta>{t('timeline.changedBy', { name: entry.change.changedBy.name })}</Meta>
            </div>
          </Item>
        ),
      )}
    </List>
  );
}

const List = styled.ol`
  margin: 0 0 ${tokens.spacing.l};
  padding: 0;
  list-style: none;
`;

const Item = styled.li`
  display: grid;
  grid-template-columns: 7em minmax(0, 1fr);
  gap: ${tokens.spacing.s};
  padding: ${tokens.spacing.s} 0;
  border-bottom: 1px solid ${tokens.colors.depthLight2};
`;

const When = styled.div`
  ${tokens.typography.bodySemiBoldSmall};
`;

const Title = styled.div`
  ${tokens.typography.bodySemiBold};
  margin-bottom: ${tokens.spacing.xxs};
`;

const Text = styled.p`
  ${tokens.typography.bodyText};
  margin: 0 0 ${tokens.spacing.xxs};
  white-space: pre-line;
`;

const Meta = styled.div`
  ${tokens.typography.bodyTextSmall};
  color: ${tokens.colors.blackLight1};
`;
