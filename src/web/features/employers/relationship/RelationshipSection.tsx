import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/Notice';
import { SectionHeader } from '../../client/SectionHeader';
import type { EmployerSectionProps } from '../employer-sections';
import { InteractionForm } from './InteractionForm';
import { StageChangeForm } from './StageChangeForm';
import { StageSteps } from './StageSteps';
import { Timeline } from './Timeline';

type OpenForm = 'interaction' | 'stage' | null;

/** The relationship: its stage with the change control, and the timeline with the way to log a contact. */
export function RelationshipSection({ employer }: EmployerSectionProps) {
  const { t } = useTranslation('employers');
  const [open, setOpen] = useState<OpenForm>(null);
  const [saved, setSaved] = useState(false);
  const canWrite = employer.permissions.write;

  return (
    <>
      <section data-qa="employer-stage-section">
        <SectionHeader title={t('stage.title')}>
          {canWrite && open !== 'stage' ? (
            <Button variant="secondary" onClick={() => setOpen('stage')} data-qa="employer-stage-open">
              {t('stage.change')}
            </Button>
          ) : null}
        </SectionHeader>
        <Paragraph mb="m">{t('stage.intro')}</Paragraph>
        <StageSteps employer={employer} />
        {open === 'stage' ? <StageChangeForm employer={employer} onDone={() => setOpen(null)} /> : null}
      </section>
      <section data-qa="employer-timeline-section">
        <SectionHeader title={t('timeline.title')}>
          {canWrite && open !== 'interaction' ? (
            <Button
              onClick={() => {
                setSaved(false);
                setOpen('interaction');
              }}
              data-qa="employer-interaction-open"
            >
              {t('timeline.log')}
            </Button>
          ) : null}
        </SectionHeader>
        {saved ? <Notice data-qa="employer-interaction-saved">{t('interaction.saved')}</Notice> : null}
        {open === 'interaction' ? (
          <InteractionForm
            employer={employer}
            onDone={() => setOpen(null)}
            onSaved={() => {
              setSaved(true);
              setOpen(null);
            }}
          />
        ) : null}
        <Paragraph mb="m">{t('timeline.intro')}</Paragraph>
        <Timeline employer={employer} />
      </section>
    </>
  );
}
