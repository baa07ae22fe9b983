import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { Enrolment } from '../../../contract/enrolments';
import type { EsfEnrolmentData } from '../../../contract/esf';
import { ApiRequestError } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Notice } from '../../components/Notice';
import { formatDate } from '../../format';
import { useIscedLevels } from '../client/queries';
import { SummaryList, type SummaryItem } from '../client/SummaryList';
import { booleanLabel } from './esf-labels';
import { EsfEntryForm } from './EsfEntryForm';
import { EsfExitForm } from './EsfExitForm';
import { useEsfData } from './queries';

type Mode = 'view' | 'entry' | 'exit';

/** ESF+ participant data of one enrolment in an ESF+ funded programme, on the enrolment card. */
export function EsfSection({ enrolment }: { enrolment: Enrolment }) {
  const { t } = useTranslation('esf');
  const esf = useEsfData(enrolment.clientId, enrolment.id);
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState<'saved' | 'stale' | null>(null);
  const open = (next: Mode) => {
    setNotice(null);
    setMode(next);
  };
  const done = (saved: boolean) => {
    setNotice(saved ? 'saved' : null);
    setMode('view');
  };
  const forbidden = esf.error instanceof ApiRequestError && esf.error.status === 403;

  return (
    <Section data-qa="esf-section" aria-labelledby={`esf-${enrolment.id}`}>
      <Heading variant="h4" as="h4" id={`esf-${enrolment.id}`} mb="xs">
        {t('section.title')}
      </Heading>
      {forbidden ? <Paragraph>{t('section.noAccess')}</Paragraph> : <ErrorBanner error={esf.error} />}
      {notice === 'saved' ? <Notice data-qa="esf-saved">{t('section.saved')}</Notice> : null}
      {notice === 'stale' ? <Notice>{t('section.staleVersion')}</Notice> : null}
      {esf.data && mode === 'view' ? <EsfSummary data={esf.data} onOpen={open} /> : null}
      {esf.data && mode === 'entry' ? (
        <EsfEntryForm
          clientId={enrolment.clientId}
          data={esf.data}
          onDone={done}
          onStale={() => {
            setNotice('stale');
            setMode('view');
            void esf.refetch();
          }}
        />
      ) : null}
      {esf.data && mode === 'exit' ? (
        <EsfExitForm
          clientId={enrolment.clientId}
          data={esf.data}
          onDone={done}
          onStale={() => {
            setNotice('stale');
            setMode('view');
            void esf.refetch();
          }}
        />
      ) : null}
    </Section>
  );
}

function EsfSummary({ data, onOpen }: { data: EsfEnrolmentData; onOpen: (mode: Mode) => void }) {
  const { t, i18n } = useTranslation('esf');
  const isced = useIscedLevels();
  const participant = data.participant;
  const canWrite = data.permissions.write;
  if (!participant) {
    return (
      <>
        <Paragraph mb="s">{t('section.intro')}</Paragraph>
        <Paragraph mb="s" data-qa="esf-not-recorded">
          {t('section.notRecorded')}
        </Paragraph>
        {canWrite ? (
          <Button onClick={() => onOpen('entry')} data-qa="esf-entry-open">
            {t('section.recordEntry')}
          </Button>
        ) : null}
      </>
    );
  }
  const { entry, exit } = participant;
  const level = isced.data?.items.find((item) => item.level === entry.iscedLevel);
  const entryItems: SummaryItem[] = [
    { label: t('fields.gender'), value: t(`labels.gender.${entry.gender}`) },
    { label: t('fields.labourMarketStatus'), value: t(`labels.labourMarketStatus.${entry.labourMarketStatus}`), qa: 'esf-status' },
    ...(entry.labourMarketStatus === 'unemployed'
      ? [
          { label: t('fields.unemployedSince'), value: formatDate(entry.unemployedSince) },
          { label: t('fields.longTermUnemployed'), value: booleanLabel(t, entry.longTermUnemployed), qa: 'esf-long-term' },
        ]
      : []),
    { label: t('fields.ageAtEntry'), value: entry.ageAtEntry ?? '–' },
    {
      label: t('fields.iscedLevel'),
      value: level ? `${level.level} – ${i18n.language === 'fi' ? level.label.fi : level.label.en}` : entry.iscedLevel,
    },
    { label: t('fields.disability'), value: t(`labels.answer.${entry.disability}`) },
    { label: t('fields.foreignBackground'), value: t(`labels.answer.${entry.foreignBackground}`) },
    { label: t('fields.minority'), value: t(`labels.answer.${entry.minority}`) },
    { label: t('fields.homeless'), value: t(`labels.answer.${entry.homeless}`) },
    { label: t('fields.thirdCountryNational'), value: booleanLabel(t, entry.thirdCountryNational) },
    { label: t('fields.ruralArea'), value: booleanLabel(t, entry.ruralArea) },
  ];
  const situation = exit
    ? (['jobSearching', 'inEducation', 'gainedQualification', 'employed'] as const)
        .filter((name) => exit[name])
        .map((name) => t(`fields.${name}`))
    : [];
  return (
    <>
      <Heading variant="h5" as="h5" mb="xs">
        {t('section.entryTitle')}
      </Heading>
      <SummaryList columns={3} items={entryItems} />
      <Heading variant="h5" as="h5" mb="xs">
        {t('section.exitTitle')}
      </Heading>
      {exit ? (
        <SummaryList
          columns={3}
          items={[
            { label: t('fields.observedOn'), value: formatDate(exit.observedOn) },
            { label: t('fields.exitSituation'), value: situation.length > 0 ? situation.join(', ') : '–', qa: 'esf-exit-situation' },
            ...(exit.sixMonthImprovement
              ? [{ label: t('fields.sixMonthImprovement'), value: t(`labels.sixMonthImprovement.${exit.sixMonthImprovement}`) }]
              : []),
          ]}
        />
      ) : (
        <Paragraph mb="s">{data.endDate ? t('section.exitNotRecorded') : t('section.exitAfterEnd')}</Paragraph>
      )}
      {canWrite ? (
        <Actions>
          <Button variant="secondary" onClick={() => onOpen('entry')} data-qa="esf-entry-open">
            {t('section.editEntry')}
          </Button>
          {data.endDate ? (
            <Button variant="secondary" onClick={() => onOpen('exit')} data-qa="esf-exit-open">
              {exit ? t('section.editExit') : t('section.recordExit')}
            </Button>
          ) : null}
        </Actions>
      ) : null}
    </>
  );
}

const Section = styled.section`
  margin: ${tokens.spacing.m} 0;
  padding-top: ${tokens.spacing.s};
  border-top: 1px solid ${tokens.colors.depthLight2};
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.xs};
  margin-bottom: ${tokens.spacing.s};
`;
