import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { Enrolment } from '../../../../contract/enrolments';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/Notice';
import { formatDate } from '../../../format';
import { MeetingStatusLine } from '../MeetingStatusLine';
import { SectionHeader } from '../SectionHeader';
import { StatusTag } from '../StatusTag';
import { SummaryList } from '../SummaryList';
import { EndEnrolmentForm } from './EndEnrolmentForm';
import { EnrolmentForm } from './EnrolmentForm';
import { FollowUpList } from './FollowUpList';
import { PhaseChangeForm } from './PhaseChangeForm';
import { PhaseTimeline } from './PhaseTimeline';
import { EsfSection } from '../../esf/EsfSection';

type Mode = 'view' | 'phase' | 'edit' | 'end';
type Permissions = { write: boolean; followUpWrite: boolean };

export function EnrolmentCard({ enrolment, permissions }: { enrolment: Enrolment; permissions: Permissions }) {
  const { t } = useTranslation(['client', 'common']);
  const [mode, setMode] = useState<Mode>('view');
  const [stale, setStale] = useState(false);
  const active = enrolment.endDate === null;
  const canChange = active && permissions.write && mode === 'view';
  const open = (next: Mode) => {
    setStale(false);
    setMode(next);
  };

  return (
    <Card data-qa={`enrolment-${enrolment.id}`} data-state={active ? 'active' : 'ended'}>
      <SectionHeader title={enrolment.programmeName} level="h3">
        {active ? (
          <StatusTag tone="success">{t('enrolments.active')}</StatusTag>
        ) : (
          <StatusTag tone="neutral" data-qa="enrolment-ended">
            {t('enrolments.ended')} {formatDate(enrolment.endDate)}
          </StatusTag>
        )}
      </SectionHeader>
      {stale ? <Notice>{t('enrolments.staleVersion')}</Notice> : null}
      <SummaryList
        columns={3}
        items={[
          { label: t('enrolments.startDate'), value: formatDate(enrolment.startDate) },
          ...(enrolment.endDate
            ? [{ label: t('enrolments.endDate'), value: formatDate(enrolment.endDate), qa: 'enrolment-end-date' }]
            : []),
          ...(enrolment.outcome
            ? [{ label: t('enrolments.outcome'), value: t(`labels.outcome.${enrolment.outcome}`), qa: 'enrolment-outcome' }]
            : []),
          { label: t('enrolments.coach'), value: enrolment.coachName },
          { label: t('enrolments.coCoach'), value: enrolment.coCoachName ?? t('enrolments.noCoCoach') },
          { label: t('enrolments.intensity'), value: t(`labels.intensity.${enrolment.intensity}`) },
          { label: t('enrolments.referralSource'), value: t(`labels.referralSource.${enrolment.referralSource}`) },
          { label: t('enrolments.startingSituation'), value: t(`labels.startingSituation.${enrolment.startingSituation}`) },
        ]}
      />
      {active ? <MeetingStatusLine meeting={enrolment.meeting} /> : null}
      <Heading variant="h4" as="h4" mb="xs">
        {t('phases.title')}
      </Heading>
      <PhaseTimeline enrolment={enrolment} />
      {canChange ? (
        <Actions>
          <Button onClick={() => open('phase')} data-qa="phase-change-open">
            {t('phases.change')}
          </Button>
          <Button variant="secondary" onClick={() => open('edit')} data-qa="enrolment-edit-open">
            {t('enrolments.edit')}
          </Button>
          <Button variant="secondary" onClick={() => open('end')} data-qa="end-open">
            {t('end.open')}
          </Button>
        </Actions>
      ) : null}
      {mode === 'phase' ? <PhaseChangeForm enrolment={enrolment} onDone={() => setMode('view')} /> : null}
      {mode === 'end' ? <EndEnrolmentForm enrolment={enrolment} onDone={() => setMode('view')} /> : null}
      {mode === 'edit' ? (
        <EnrolmentForm
          key={enrolment.version}
          clientId={enrolment.clientId}
          enrolment={enrolment}
          onDone={() => setMode('view')}
          onStale={() => setStale(true)}
        />
      ) : null}
      <FollowUpList enrolment={enrolment} canWrite={permissions.followUpWrite} />
      {enrolment.esfFunded ? <EsfSection enrolment={enrolment} /> : null}
    </Card>
  );
}

const Card = styled.article`
  margin-bottom: ${tokens.spacing.l};
  padding: ${tokens.spacing.m};
  border: 1px solid ${tokens.colors.depthLight1};
  background: ${tokens.colors.whiteBase};
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.xs};
  margin-bottom: ${tokens.spacing.m};
`;
