import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { LoadingIndicator } from '../../../components/LoadingIndicator';
import { usePlan } from '../queries';
import { SectionHeader } from '../SectionHeader';
import { GoalCard } from './GoalCard';
import { GoalForm } from './GoalForm';

/** Suunnitelma: goals agreed with the client and the steps towards each. */
export function PlanSection({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const { t } = useTranslation('client');
  const plan = usePlan(clientId);
  const [adding, setAdding] = useState(false);
  const goals = plan.data?.goals ?? [];

  return (
    <section data-qa="plan-section">
      <SectionHeader title={t('plan.title')}>
        {canWrite && !adding ? (
          <Button onClick={() => setAdding(true)} data-qa="goal-add">
            {t('plan.addGoal')}
          </Button>
        ) : null}
      </SectionHeader>
      <Paragraph mb="m">{t('plan.intro')}</Paragraph>
      <ErrorBanner error={plan.error} />
      {plan.isPending ? <LoadingIndicator /> : null}
      {adding ? <GoalForm clientId={clientId} onDone={() => setAdding(false)} /> : null}
      {plan.isSuccess && goals.length === 0 ? <Paragraph data-qa="plan-empty">{t('plan.empty')}</Paragraph> : null}
      {goals.map((goal) => (
        <GoalCard key={goal.id} goal={goal} canWrite={canWrite} />
      ))}
    </section>
  );
}
