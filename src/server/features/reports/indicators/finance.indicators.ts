import { sql } from 'drizzle-orm';
import { organisationsArray, period } from '../report-scope.js';
import { basisRow, text, type Indicator } from './indicator.js';

const { from, to } = period;

export const financeIndicators: Indicator[] = [
  {
    id: 'cost_per_client',
    group: 'finance',
    unit: 'euros',
    name: text('Kustannus asiakasta kohden', 'Kostnad per kund', 'Cost per client'),
    definition: text(
      'Ohjelmille kirjatut budjetit jaettuna ohjelman budjettikaudella palveltujen eri asiakkaiden määrällä. Mukana ohjelmat, joiden budjettikausi osuu valitulle kaudelle.',
      'Budgetarna som registrerats för programmen delat med antalet olika kunder som betjänats under programmets budgetperiod. Med är program vars budgetperiod överlappar den valda perioden.',
      'The budgets entered for the programmes divided by the number of distinct clients served in each programme during its budget period. Programmes whose budget period overlaps the chosen period are included.',
    ),
    source: null,
    better: 'lower',
    aboutPeople: true,
    cuts: ['programmeId'],
    aggregate: 'ratio',
    // One row per client served in a budgeted programme, carrying an equal share of that programme's budget.
    basis: (scope) =>
      sql`select ${basisRow({ clientId: sql`served.client_id`, measure: sql`served.amount / count(*) over (partition by served.programme_id)`, weight: sql`1` })}
        from (
          select distinct b.programme_id, b.amount_euros as amount, e.client_id from programme_budgets b
          join enrolments e on e.programme_id = b.programme_id and e.start_date <= b.period_end
            and (e.end_date is null or e.end_date >= b.period_start)
          where b.organisation_id = any(${organisationsArray(scope)}) and b.period_start <= ${to(scope)} and b.period_end >= ${from(scope)}
            ${scope.programmeId ? sql`and b.programme_id = ${scope.programmeId}` : sql``}
        ) served`,
  },
];
