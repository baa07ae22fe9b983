import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { budgetRequest, type Budget, type ReportOptions } from '../../../contract/reports';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { useBudgets, useSaveBudget } from './queries';

/** Each programme's budget and its period: what the cost per client divides. */
export function BudgetList({ options }: { options: ReportOptions }) {
  const { t } = useTranslation('dashboard');
  const budgets = useBudgets();
  const byProgramme = new Map(budgets.data?.items.map((budget) => [budget.programmeId, budget]));
  return (
    <section aria-labelledby="budgets-heading" data-qa="budgets">
      <Heading variant="h2" id="budgets-heading" mt="xl" mb="s">
        {t('targets.budgets')}
      </Heading>
      <Paragraph mb="m">{t('targets.budgetsIntro')}</Paragraph>
      <ErrorBanner error={budgets.error} />
      {budgets.data
        ? options.programmes.map((programme) => (
            <BudgetForm
              key={programme.id}
              programmeId={programme.id}
              name={programme.name}
              budget={byProgramme.get(programme.id)}
              today={options.today}
            />
          ))
        : null}
    </section>
  );
}

function BudgetForm({ programmeId, name, budget, today }: { programmeId: string; name: string; budget?: Budget; today: string }) {
  const { t } = useTranslation('dashboard');
  const form = useFormErrors();
  const save = useSaveBudget();
  const [values, setValues] = useState({
    amountEuros: budget ? String(budget.amountEuros) : '',
    periodStart: budget?.periodStart ?? `${today.slice(0, 4)}-01-01`,
    periodEnd: budget?.periodEnd ?? `${today.slice(0, 4)}-12-31`,
  });
  const submit = () => {
    const amount = Number(values.amountEuros.replace(',', '.').replace(/\s/g, ''));
    const body = form.validate(budgetRequest, {
      ...values,
      amountEuros: values.amountEuros.trim() === '' || Number.isNaN(amount) ? values.amountEuros : amount,
      version: budget?.version,
    });
    if (body) save.mutate({ programmeId, ...body }, { onError: form.showError });
  };
  return (
    <Row aria-label={name} data-qa={`budget-${programmeId}`}>
      <Heading variant="h3" mb="s">
        {name}
      </Heading>
      <ErrorBanner error={form.error} />
      {save.isSuccess ? <Notice>{t('targets.budgetSaved')}</Notice> : null}
      <Fields>
        <TextField
          labelText={t('targets.budgetAmount')}
          value={values.amountEuros}
          onChange={(amountEuros) => setValues({ ...values, amountEuros })}
          error={form.fieldError('amountEuros')}
          inputMode="decimal"
        />
        <DateField
          labelText={t('targets.periodStart')}
          value={values.periodStart}
          onChange={(periodStart) => setValues({ ...values, periodStart })}
          error={form.fieldError('periodStart')}
        />
        <DateField
          labelText={t('targets.periodEnd')}
          value={values.periodEnd}
          onChange={(periodEnd) => setValues({ ...values, periodEnd })}
          error={form.fieldError('periodEnd')}
        />
      </Fields>
      <Button variant="secondary" onClick={submit} busy={save.isPending}>
        {t('targets.saveBudget')}
      </Button>
    </Row>
  );
}

const Row = styled.section`
  border-top: 1px solid ${tokens.colors.depthLight1};
  padding: ${tokens.spacing.m} 0;
`;

const Fields = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
  column-gap: ${tokens.spacing.m};
`;
