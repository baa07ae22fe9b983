import { useTranslation } from 'react-i18next';
import { Heading, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { deriveCarvedRequirements } from '../../../contract/job-carving';
import { physicalDemands, type JobTask } from '../../../contract/opportunities';
import { SummaryList } from '../client/SummaryList';
import { useSkillLabel } from './esco-labels';

const maximumHours = 80;

/** The carved job's requirements as the server will derive them, recomputed as tasks are picked. */
export function DerivedRequirements({ tasks }: { tasks: readonly JobTask[] }) {
  const { t, i18n } = useTranslation('opportunities');
  const skillLabel = useSkillLabel();
  const derived = deriveCarvedRequirements(tasks);
  const physical = derived.demands.filter((demand) => (physicalDemands as readonly string[]).includes(demand));
  const cognitive = derived.demands.filter((demand) => !(physicalDemands as readonly string[]).includes(demand));
  const listed = (values: readonly string[]) => (values.length === 0 ? t('carving.derived.none') : values.join(', '));

  return (
    <Panel aria-labelledby="derived-requirements-heading" data-qa="derived-requirements">
      <Heading variant="h2" id="derived-requirements-heading" mb="s">
        {t('carving.derived.title')}
      </Heading>
      {/* Announced politely as tasks are picked, so a screen-reader user hears the new totals. */}
      <p aria-live="polite" data-qa="derived-task-count">
        {tasks.length === 0 ? t('carving.derived.noTasks') : t('carving.derived.tasks', { count: tasks.length })}
      </p>
      <SummaryList
        columns={1}
        items={[
          { label: t('carving.derived.hours'), value: derived.hoursPerWeek.toLocaleString(i18n.language), qa: 'derived-hours' },
          { label: t('carving.derived.skills'), value: listed(derived.skills.map(skillLabel)), qa: 'derived-skills' },
          {
            label: t('carving.derived.physical'),
            value: listed(physical.map((demand) => t(`labels.demand.${demand}`))),
            qa: 'derived-physical',
          },
          {
            label: t('carving.derived.cognitive'),
            value: listed(cognitive.map((demand) => t(`labels.demand.${demand}`))),
            qa: 'derived-cognitive',
          },
        ]}
      />
      {derived.hoursPerWeek > maximumHours ? <Warning role="alert">{t('carving.derived.tooManyHours')}</Warning> : null}
    </Panel>
  );
}

const Panel = styled.section`
  padding: ${tokens.spacing.m};
  border: 1px solid ${tokens.colors.highlightLight2};
  border-top: 4px solid ${tokens.colors.highlightBase};
  background: ${tokens.colors.highlightLight4};

  p {
    ${tokens.typography.bodyText};
    margin: 0 0 ${tokens.spacing.s};
  }
`;

const Warning = styled.p`
  && {
    ${tokens.typography.bodySemiBold};
    color: ${tokens.colors.alertBase};
  }
`;
