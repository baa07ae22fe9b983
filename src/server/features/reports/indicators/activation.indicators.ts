import { sql, type SQL } from 'drizzle-orm';
import { enrolmentCuts, longTermUnemployedOn, period, clientCuts, type ReportScope } from '../report-scope.js';
import { activeAtEnd, clientsOfEnrolments } from './clients.indicators.js';
import { basisRow, personCuts, text, type Indicator } from './indicator.js';

const { from, to } = period;

/**
 * Active services Polku records: a work trial, pay-subsidy job or apprenticeship running on the day,
 * or an accepted referral to labour-market training (referrals keep no end date, so an accepted
 * one counts until its status changes).
 */
function inActiveServiceOn(client: string, day: SQL): SQL {
  const c = sql.raw(client);
  return sql`(exists (select 1 from placements p where p.client_id = ${c}.id
      and p.type in ('work_trial', 'pay_subsidy_job', 'apprenticeship')
      and p.start_date <= ${day} and (p.ended_on is null or p.ended_on >= ${day}))
    or exists (select 1 from referrals r where r.client_id = ${c}.id and r.service = 'training'
      and r.status = 'accepted' and r.referred_on <= ${day}))`;
}

function activationBasis(scope: ReportScope, longTermOnly: boolean): SQL {
  const inService = inActiveServiceOn('c', to(scope));
  const unemployed = sql`c.unemployed_since <= ${to(scope)}`;
  const longTerm = longTermOnly ? sql` and ${longTermUnemployedOn('c', to(scope))}` : sql``;
  return sql`select ${basisRow({ clientId: sql`c.id`, counted: inService })}
    from clients c where c.id in (${clientsOfEnrolments(scope, activeAtEnd(scope))})
    and (${unemployed} or ${inService})${longTerm}`;
}

const activationSource = text(
  'Aktivointiaste (TEM): aktivointipalveluissa olevat ÷ (työttömät työnhakijat + aktivointipalveluissa olevat). Aktivointipalveluja ovat palkkatuki, työ- ja koulutuskokeilu, työvoimakoulutus, valmennus, omaehtoinen opiskelu työttömyysetuudella ja kuntouttava työtoiminta.',
  'Aktiveringsgrad (ANM): personer i aktiverande tjänster ÷ (arbetslösa arbetssökande + personer i aktiverande tjänster). Aktiverande tjänster är lönesubvention, arbets- och utbildningsprövning, arbetskraftsutbildning, coachning, frivilliga studier med arbetslöshetsförmån och arbetsverksamhet i rehabiliteringssyfte.',
  'Activation rate (Ministry of Economic Affairs and Employment): people in active services ÷ (unemployed job seekers + people in active services). Active services are pay subsidy, work and training trials, labour-market training, coaching, self-motivated study on unemployment benefit and rehabilitative work activity.',
);

const activationDefinition = (whom: { fi: string; sv: string; en: string }) =>
  text(
    `Kauden lopussa aktiivisista ${whom.fi}, jotka ovat työttömänä tai aktivointipalvelussa, ne jotka ovat aktivointipalvelussa kauden viimeisenä päivänä. Polku tunnistaa palveluksi käynnissä olevan työkokeilun, palkkatuetun työn tai oppisopimuksen sekä hyväksytyn ohjauksen työvoimakoulutukseen.`,
    `Av de aktiva ${whom.sv} vid periodens slut som är arbetslösa eller i en aktiverande tjänst, de som är i en aktiverande tjänst på periodens sista dag. Polku räknar en pågående arbetsprövning, ett lönesubventionerat arbete eller ett läroavtal och en godkänd hänvisning till arbetskraftsutbildning.`,
    `Of the ${whom.en} active at the end of the period who are unemployed or in an active service, those in an active service on its last day. Polku counts a running work trial, pay-subsidy job or apprenticeship and an accepted referral to labour-market training.`,
  );

/** Exits Polku sees that end an unemployment spell: starting paid work, or ending coaching in work, education or business. */
function exitedWithin(client: string, months: number): SQL {
  const c = sql.raw(client);
  const end = sql`(${c}.unemployed_since + make_interval(months => ${months}))::date`;
  return sql`(exists (select 1 from placements p where p.client_id = ${c}.id
      and p.type in ('employment', 'pay_subsidy_job', 'apprenticeship', 'summer_job')
      and p.start_date >= ${c}.unemployed_since and p.start_date < ${end})
    or exists (select 1 from enrolments x where x.client_id = ${c}.id
      and x.outcome in ('work', 'education', 'entrepreneurship')
      and x.end_date >= ${c}.unemployed_since and x.end_date < ${end}))`;
}

function flowIndicator(months: 3 | 6 | 12): Indicator {
  return {
    id: `flow_over_${months}_months`,
    group: 'clients',
    unit: 'share',
    name: text(
      `Virtaama yli ${months} kuukauden työttömyyteen`,
      `Flöde till över ${months} månaders arbetslöshet`,
      `Flow into over ${months} months of unemployment`,
    ),
    definition: text(
      `Asiakkaiden työttömyysjaksoista, jotka alkoivat ${months} kuukautta ennen kautta (jakso alkoi kauden alkua ${months} kk aiemmin – loppua ${months} kk aiemmin ja asiakkuus osui jakson ${months} ensimmäiseen kuukauteen), niiden osuus, joista Polkuun ei ole kirjattu poistumista ennen ${months} kuukauden täyttymistä. Poistumaksi lasketaan palkkatyön alkaminen (työsuhde, palkkatuettu työ, oppisopimus, kesätyö) tai asiakkuuden päättyminen työhön, koulutukseen tai yrittäjyyteen.`,
      `Av kundernas arbetslöshetsperioder som började ${months} månader före perioden (perioden förskjuten ${months} månader bakåt, och kundrelationen föll inom periodens ${months} första månader), andelen där Polku inte registrerat något utträde innan ${months} månader gått. Som utträde räknas att ett lönearbete börjar (anställning, lönesubventionerat arbete, läroavtal, sommarjobb) eller att kundrelationen avslutas i arbete, utbildning eller företagande.`,
      `Of the clients’ unemployment spells that started ${months} months before the period (the period shifted back ${months} months, and with an enrolment within the spell’s first ${months} months), the share with no exit recorded in Polku before ${months} months had passed. An exit is the start of paid work (employment, pay-subsidy job, apprenticeship, summer job) or an enrolment ending in work, education or entrepreneurship.`,
    ),
    source: text(
      `Virtaama yli ${months} kk työttömyyteen (TEM): uusista työttömyysjaksoista niiden osuus, jotka ylittävät ${months} kuukautta. Polku näkee vain itse kirjatut poistumat, joten luku voi olla virallista suurempi.`,
      `Flöde till över ${months} månaders arbetslöshet (ANM): andelen nya arbetslöshetsperioder som passerar ${months} månader. Polku ser bara utträden som registrerats i Polku, så talet kan vara högre än det officiella.`,
      `Flow into over-${months}-month unemployment (Ministry of Economic Affairs and Employment): the share of new unemployment spells that pass ${months} months. Polku sees only the exits recorded in Polku, so the figure can be higher than the official one.`,
    ),
    better: 'lower',
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'share',
    basis: (scope) => {
      const spellEnd = sql`(c.unemployed_since + make_interval(months => ${months}))::date`;
      return sql`select ${basisRow({ clientId: sql`c.id`, counted: sql`not ${exitedWithin('c', months)}` })}
        from clients c
        where ${clientCuts(scope, 'c')}
          and c.unemployed_since between (${from(scope)} - make_interval(months => ${months}))::date
            and (${to(scope)} - make_interval(months => ${months}))::date
          and exists (select 1 from enrolments e where e.client_id = c.id and ${enrolmentCuts(scope, 'e')}
            and e.start_date < ${spellEnd} and (e.end_date is null or e.end_date >= c.unemployed_since))`;
    },
  };
}

export const activationIndicators: Indicator[] = [
  {
    id: 'activation_rate',
    group: 'clients',
    unit: 'share',
    name: text('Aktivointiaste', 'Aktiveringsgrad', 'Activation rate'),
    definition: activationDefinition({ fi: 'asiakkaista', sv: 'kunderna', en: 'clients' }),
    source: activationSource,
    better: 'higher',
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'share',
    basis: (scope) => activationBasis(scope, false),
  },
  {
    id: 'activation_rate_long_term_unemployed',
    group: 'clients',
    unit: 'share',
    name: text(
      'Pitkäaikaistyöttömien aktivointiaste',
      'Aktiveringsgrad för långtidsarbetslösa',
      'Activation rate of the long-term unemployed',
    ),
    definition: activationDefinition({
      fi: 'pitkäaikaistyöttömistä asiakkaista (työttömänä yhtäjaksoisesti vähintään 12 kk)',
      sv: 'långtidsarbetslösa kunderna (arbetslösa oavbrutet i minst 12 månader)',
      en: 'long-term unemployed clients (unemployed continuously for 12 months or more)',
    }),
    source: activationSource,
    better: 'higher',
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'share',
    basis: (scope) => activationBasis(scope, true),
  },
  flowIndicator(3),
  flowIndicator(6),
  flowIndicator(12),
];
