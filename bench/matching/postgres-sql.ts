import type { MatchWeights } from '../../src/contract/matching.js';
import { compileWeights } from '../../src/server/features/matching/engine/components.js';

/**
 * The engine's score written in SQL for the PostgreSQL baseline: the same components and formulas
 * in thousandths of a point, each rounded as the engine rounds (floor(x + 0.5) = Math.round for
 * positive numbers; PostgreSQL's round(float8) would round halves to even).
 */

const toRadians = '0.017453292519943295';
/** Great-circle distance, the engine's haversine term by term (person first, workplace second). */
const haversine = (lat1: string, lon1: string, lat2: string, lon2: string) => `
  case when ${lat1} is null or ${lat2} is null then null else
    (2 * 6371.0088::float8) * asin(least(1, sqrt(
      sin((${lat2} - ${lat1}) * ${toRadians} / 2) * sin((${lat2} - ${lat1}) * ${toRadians} / 2)
      + cos(${lat1} * ${toRadians}) * cos(${lat2} * ${toRadians})
        * sin((${lon2} - ${lon1}) * ${toRadians} / 2) * sin((${lon2} - ${lon1}) * ${toRadians} / 2))))
  end`;

type Side = {
  personEscoInterest: string;
  personEscoPast: string;
  group: (level: 4 | 3 | 2, past: boolean) => string;
  opportunity: { esco: string; g4: string; g3: string; g2: string };
};

function restOfScore(weights: MatchWeights, s: Record<string, string>) {
  const w = compileWeights(weights);
  const source = w.source;
  return `
    (case when coalesce(cardinality(${s.requiredLanguages}), 0) = 0 then ${w.languages}
      else floor((${w.languages} * (select coalesce(sum(case when l.level >= r.level then 1 when l.level = r.level - 1 then ${source.languageOneLevelBelowFactor} else 0 end), 0)
        from unnest(${s.requiredLanguages}, ${s.requiredLevels}) r(code, level) join unnest(${s.heldLanguages}, ${s.heldLevels}) l(code, level) on l.code = r.code))
        / nullif(cardinality(${s.requiredLanguages}), 0) + 0.5) end)
    + (case when cardinality(${s.requiredLicences}) = 0 then ${w.licences}
      else floor((${w.licences} * (select count(*) from unnest(${s.requiredLicences}) x where x = any(${s.heldLicences})))::float8 / nullif(cardinality(${s.requiredLicences}), 0) + 0.5) end)
    + floor(${w.hours} * (
        (case when ${s.hours} is null then 1 else greatest(0, 1 - (case
          when ${s.hours} < coalesce(${s.hoursMin}, '-infinity') then ${s.hoursMin} - ${s.hours}
          when ${s.hours} > coalesce(${s.hoursMax}, 'infinity') then ${s.hours} - ${s.hoursMax} else 0 end) / ${source.hoursToleranceHours}::float8) end)
        + (case when ${s.form} is null or coalesce(cardinality(${s.forms}), 0) = 0 or ${s.form} = any(${s.forms}) then 1 else 0 end)) * 0.5 + 0.5)
    + (case when ${s.earliest} is null or ${s.start} is null or ${s.earliest} - ${s.start} <= 0 then ${w.startDate}
      else floor(${w.startDate} * greatest(0, 1 - (${s.earliest} - ${s.start})::float8 / ${source.startDateToleranceDays}) + 0.5) end)
    + (case when d is null then floor(${w.commute}::float8 / 2 + 0.5) else floor(${w.commute} * greatest(0, 1 - d / max_km) + 0.5) end)
    + floor(${w.preferences} * (
        (case when coalesce(cardinality(${s.sections}), 0) = 0 then 1 when ${s.section} is null then 0.5 when ${s.section} = any(${s.sections}) then 1 else 0 end)
        + (case when not ${s.wantsRemote} or ${s.remotePossible} then 1 else 0 end)) * 0.5 + 0.5)`;
}

function occupationSql(weights: MatchWeights, side: Side) {
  const w = compileWeights(weights);
  const o = side.opportunity;
  const tier = (value: string, list: string, points: number) =>
    `case when ${value} is not null and ${value} = any(${list}) then ${points} else 0 end`;
  return `greatest(
    ${tier(o.esco, side.personEscoInterest, w.occupation[0][0]!)}, ${tier(o.esco, side.personEscoPast, w.occupation[1][0]!)},
    ${tier(o.g4, side.group(4, false), w.occupation[0][1]!)}, ${tier(o.g4, side.group(4, true), w.occupation[1][1]!)},
    ${tier(o.g3, side.group(3, false), w.occupation[0][2]!)}, ${tier(o.g3, side.group(3, true), w.occupation[1][2]!)},
    ${tier(o.g2, side.group(2, false), w.occupation[0][3]!)}, ${tier(o.g2, side.group(2, true), w.occupation[1][3]!)})`;
}

const factors = (weights: MatchWeights) => `array[${weights.skillLevelFactors.join(',')}]::float8[]`;

/**
 * Candidates for one opportunity. Parameters: $1 esco, $2–$4 ISCO unit/minor/sub-major, $5 essential
 * and $6 optional skill ids, $7/$8 languages and levels, $9 licences, $10 demands, $11 hours, $12 form,
 * $13 start, $14/$15 location, $16 section, $17 remote, $18 organisations, $19 only proposable, $20 only in
 * job search, $21 municipalities, $22 max distance, $23 limit.
 */
export function candidateScoreSql(weights: MatchWeights): string {
  const w = compileWeights(weights);
  return `
  with candidates as (
    select p.*, ${haversine('p.lat', 'p.lon', '$14::float8', '$15::float8')} as d,
      coalesce(p.max_commute_km, ${weights.defaultMaxCommuteKm}) as max_km
    from profiles p
    where (p.skills && $5::int[] or p.skills && $6::int[] or p.esco_i && array[$1::int] or p.esco_p && array[$1::int]
        or p.g4_i && array[$2::text] or p.g4_p && array[$2::text] or p.g3_i && array[$3::text] or p.g3_p && array[$3::text]
        or p.g2_i && array[$4::text] or p.g2_p && array[$4::text])
      and p.organisation_id = any($18::text[]) and (not $19::boolean or p.proposable) and (not $20::boolean or p.in_job_search)
      and ($21::text[] is null or p.municipality_code = any($21::text[]))
      and not (p.avoid_demands && $10::text[]) and p.licences @> $9::text[]
  )
  select id, (${occupationSql(weights, {
    personEscoInterest: 'esco_i',
    personEscoPast: 'esco_p',
    group: (level, past) => `g${level}_${past ? 'p' : 'i'}`,
    opportunity: { esco: '$1::int', g4: '$2::text', g3: '$3::text', g2: '$4::text' },
  })}
    + (select coalesce(sum(floor(case when s.k = any($5::int[]) then ${w.essential}::float8 / nullif(cardinality($5::int[]), 0) else ${w.optional}::float8 / nullif(cardinality($6::int[]), 0) end
        * (${factors(weights)})[s.l] + 0.5)), 0)
       from unnest(skills, skill_levels) s(k, l) where s.k = any($5::int[]) or s.k = any($6::int[]))
    + ${restOfScore(weights, {
      requiredLanguages: '$7::text[]',
      requiredLevels: '$8::int[]',
      heldLanguages: 'languages',
      heldLevels: 'language_levels',
      requiredLicences: '$9::text[]',
      heldLicences: 'licences',
      hours: '$11::float8',
      hoursMin: 'hours_min',
      hoursMax: 'hours_max',
      form: '$12::text',
      forms: 'working_time_forms',
      earliest: 'earliest_start',
      start: '$13::date',
      sections: 'preferred_sections',
      section: '$16::text',
      wantsRemote: 'wants_remote',
      remotePossible: '$17::boolean',
    })}) as score
  from candidates
  where (d is null or d <= max_km) and ($22::float8 is null or d <= $22::float8)
  order by score desc, id collate "C" limit $23`;
}

/**
 * Opportunities for one person. Parameters: $1–$4 ESCO ids and ISCO unit/minor/sub-major groups of
 * interest, $5–$8 the same of past occupations, $9/$10 skill ids and levels, $11/$12 languages and
 * levels, $13 licences, $14 demands to avoid, $15/$16 hours, $17 forms, $18 wants remote, $19 max
 * commute, $20 earliest start, $21/$22 home, $23 sectors, $24 max distance, $25 limit.
 */
export function opportunityScoreSql(weights: MatchWeights): string {
  const w = compileWeights(weights);
  const group = (level: 4 | 3 | 2, past: boolean) => `$${(past ? 5 : 1) + (level === 4 ? 1 : level === 3 ? 2 : 3)}::text[]`;
  return `
  with candidates as (
    select o.*, ${haversine('$21::float8', '$22::float8', 'o.lat', 'o.lon')} as d,
      coalesce($19::float8, ${weights.defaultMaxCommuteKm}) as max_km
    from opportunities o
    where (o.essential && $9::int[] or o.optional && $9::int[] or o.esco = any($1::int[]) or o.esco = any($5::int[])
        or o.g4 = any($2::text[] || $6::text[]) or o.g3 = any($3::text[] || $7::text[]) or o.g2 = any($4::text[] || $8::text[]))
      and not (o.demands && $14::text[]) and $13::text[] @> o.licences
  )
  select id, (${occupationSql(weights, {
    personEscoInterest: '$1::int[]',
    personEscoPast: '$5::int[]',
    group,
    opportunity: { esco: 'esco', g4: 'g4', g3: 'g3', g2: 'g2' },
  })}
    + (select coalesce(sum(floor(case when s.k = any(essential) then ${w.essential}::float8 / nullif(cardinality(essential), 0) else ${w.optional}::float8 / nullif(cardinality(optional), 0) end
        * (${factors(weights)})[s.l] + 0.5)), 0)
       from unnest($9::int[], $10::int[]) s(k, l) where s.k = any(essential) or s.k = any(optional))
    + ${restOfScore(weights, {
      requiredLanguages: 'languages',
      requiredLevels: 'language_levels',
      heldLanguages: '$11::text[]',
      heldLevels: '$12::int[]',
      requiredLicences: 'licences',
      heldLicences: '$13::text[]',
      hours: 'hours',
      hoursMin: '$15::float8',
      hoursMax: '$16::float8',
      form: 'working_time_form',
      forms: '$17::text[]',
      earliest: '$20::date',
      start: 'start_date',
      sections: '$23::text[]',
      section: 'section',
      wantsRemote: '$18::boolean',
      remotePossible: 'remote_possible',
    })}) as score
  from candidates
  where (d is null or d <= max_km) and ($24::float8 is null or d <= $24::float8)
  order by score desc, id collate "C" limit $25`;
}
