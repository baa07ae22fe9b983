/**
 * Matching at national scale: 1,000,000 job seekers and 100,000 open opportunities generated from
 * the reference data (`--quick`: 50,000 and 5,000). Measures the index (build time, memory, top-20
 * latency both ways over a mix with the hard cases, one-profile update until visible), the
 * brute-force in-memory scan and the straightforward PostgreSQL query computing the same score
 * (skipped with `--no-postgres`), and ranking quality on a labelled evaluation set.
 *
 *   npm run bench:matching [-- --quick] [-- --no-postgres]
 *   (PostgreSQL: DATABASE_URL, default postgres://root@127.0.0.1:5432/postgres)
 */
import os from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MatchIndex } from '../../src/server/features/matching/engine/index.js';
import type { MatchOpportunity, MatchProfile } from '../../src/server/features/matching/engine/types.js';
import { hasFlag, percentile, reportFigures, type Figure } from '../support/results.js';
import { createWorld, generateOpportunity, generateProfile, seededRandom } from './generate.js';
import { PostgresBaseline } from './postgres.js';
import { rankingQuality, evaluationSet } from './quality.js';
import { candidateCases, candidateClasses, opportunityCases } from './queries.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const quick = hasFlag('--quick');
const withPostgres = !hasFlag('--no-postgres');
const profileCount = quick ? 50_000 : 1_000_000;
const opportunityCount = quick ? 5_000 : 100_000;
const queryCount = quick ? 200 : 1_000;
const baselineQueries = quick ? 30 : 100;
const evaluationCount = quick ? 100 : 500;
const serverUrl = process.env.DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const heapBytes = () => {
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};
function latency(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), p99: round(percentile(sorted, 0.99)) };
}
const time = <T>(work: () => T): [T, number] => {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
};

async function main(): Promise<void> {
  const loadBefore = os.loadavg()[0]!;
  const index = new MatchIndex();
  const world = createWorld(index.reference, 2026);
  const random = seededRandom(11);
  const postgres = withPostgres
    ? new PostgresBaseline(serverUrl, `polku_bench_matching_${quick ? 'quick' : 'full'}`, index.vocabulary, index.reference)
    : null;
  postgres?.openFiles();
  const heapBefore = heapBytes();

  console.log(`generating ${opportunityCount.toLocaleString('en')} opportunities and ${profileCount.toLocaleString('en')} profiles …`);
  let buildMs = 0;
  const opportunities: MatchOpportunity[] = [];
  for (let n = 0; n < opportunityCount; n++) {
    const opportunity = generateOpportunity(world, `o${String(n).padStart(6, '0')}`, random, n % 20 === 0 ? 'popular' : 'normal');
    opportunities.push(opportunity);
    buildMs += time(() => index.upsertOpportunity(opportunity))[1];
    postgres?.writeOpportunity(opportunity);
  }
  const personIds: string[] = [];
  const sampledProfiles = new Map<string, MatchProfile>();
  const occupationCounts = new Map<string, number>();
  for (let n = 0; n < profileCount; n++) {
    const profile = generateProfile(world, `p${String(n).padStart(7, '0')}`, random);
    buildMs += time(() => index.upsertProfile(profile))[1];
    if (n % 100 === 0) {
      personIds.push(profile.id);
      sampledProfiles.set(profile.id, profile);
    }
    const main = profile.occupationsOfInterest[0]!.escoUri!;
    occupationCounts.set(main, (occupationCounts.get(main) ?? 0) + 1);
    await postgres?.writeProfile(profile);
  }
  buildMs += time(() => index.trim())[1];
  const heapAfter = heapBytes();
  const commonOccupations = [...occupationCounts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([uri]) => uri);
  const organisations = [...new Set(opportunities.map((opportunity) => opportunity.organisationId))];
  console.log(
    `index built in ${round(buildMs / 1000, 1)} s; typed arrays ${round(index.memoryBytes() / 2 ** 20, 1)} MiB, heap growth ${round((heapAfter - heapBefore) / 2 ** 20, 1)} MiB`,
  );

  const cases = candidateCases(world, random, queryCount, opportunities, organisations, commonOccupations);
  const personCases = opportunityCases(random, queryCount, personIds);
  for (const warm of cases.slice(0, 30)) index.topCandidates(warm.opportunity, warm.query);
  for (const warm of personCases.slice(0, 30)) index.topOpportunities(warm.personId, warm.query);

  const candidateTimes: number[] = [];
  const byClass = new Map<string, number[]>();
  const engineTop = new Map<number, string[]>();
  // CPU time next to wall time: on a shared machine the wall clock also counts the time other processes hold the cores.
  const candidateCpu: number[] = [];
  cases.forEach((entry, position) => {
    const cpuBefore = process.cpuUsage().user;
    const [result, ms] = time(() => index.topCandidates(entry.opportunity, entry.query)!);
    candidateCpu.push((process.cpuUsage().user - cpuBefore) / 1000);
    candidateTimes.push(ms);
    byClass.set(entry.kind, [...(byClass.get(entry.kind) ?? []), ms]);
    if (position < baselineQueries)
      engineTop.set(
        position,
        result.items.map((item) => `${item.id}:${Math.round(item.score * 10)}`),
      );
  });
  const opportunityTimes = personCases.map((entry) => time(() => index.topOpportunities(entry.personId, entry.query))[1]);

  console.log('brute-force scans …');
  let bruteAgree = 0;
  const bruteTimes = cases.slice(0, baselineQueries).map((entry, position) => {
    const [result, ms] = time(() => index.bruteForceCandidates(entry.opportunity, entry.query)!);
    if (result.items.map((item) => `${item.id}:${Math.round(item.score * 10)}`).join() === engineTop.get(position)!.join()) bruteAgree++;
    return ms;
  });
  const bruteOpportunityTimes = personCases
    .slice(0, baselineQueries)
    .map((entry) => time(() => index.bruteForceOpportunities(entry.personId, entry.query))[1]);

  console.log('ranking quality …');
  const evaluation = evaluationSet(world, random, evaluationCount, opportunities, false);
  const skillsOnly = evaluationSet(world, random, evaluationCount, opportunities, true);
  const engineQuality = rankingQuality(
    evaluation,
    evaluation.map(({ person }) => index.topOpportunities(person)!.items.map((item) => item.id)),
  );
  const engineSkillsOnly = rankingQuality(
    skillsOnly,
    skillsOnly.map(({ person }) => index.topOpportunities(person)!.items.map((item) => item.id)),
  );

  const figures: Figure[] = [];
  const notes: Record<string, unknown> = {
    sizes: {
      profiles: profileCount,
      opportunities: opportunityCount,
      queries: queryCount,
      baselineQueries,
      evaluationPeople: evaluation.length,
    },
    queryMix: Object.fromEntries(
      candidateClasses.map((kind) => [kind, { queries: byClass.get(kind)?.length ?? 0, ...latency(byClass.get(kind) ?? []) }]),
    ),
    bruteForceSameTop20: `${bruteAgree}/${baselineQueries}`,
  };
  let postgresCandidates = { p50: Number.NaN, p95: Number.NaN, p99: Number.NaN };
  let postgresOpportunities = postgresCandidates;
  let postgresQuality = { recall: Number.NaN, ndcg: Number.NaN };
  if (postgres) {
    try {
      console.log('PostgreSQL baseline: COPY and indexes …');
      const loadSeconds = await postgres.load();
      let agree = 0;
      let scoreMismatches = 0;
      const times: number[] = [];
      for (const [position, entry] of cases.slice(0, baselineQueries).entries()) {
        const started = performance.now();
        const rows = await postgres.topCandidates(entry.opportunity, entry.query);
        times.push(performance.now() - started);
        if (rows.map((row) => `${row.id}:${Math.round(row.score / 100)}`).join() === engineTop.get(position)!.join()) agree++;
        // Every row PostgreSQL returns must carry the engine's score for that pair.
        for (const row of rows)
          if (Math.round(row.score / 100) !== Math.round(index.explain(row.id, entry.opportunity)!.score * 10)) scoreMismatches++;
      }
      postgresCandidates = latency(times);
      const pgOpportunityTimes: number[] = [];
      for (const entry of personCases.slice(0, baselineQueries)) {
        const started = performance.now();
        await postgres.topOpportunities(sampledProfiles.get(entry.personId)!, entry.query.maxDistanceKm ?? null);
        pgOpportunityTimes.push(performance.now() - started);
      }
      // PostgreSQL answers the first part of the evaluation set (its queries take seconds); the engine's figure for the same part is in the notes.
      const pgEvaluation = evaluation.slice(0, quick ? evaluation.length : 200);
      const rankings: string[][] = [];
      for (const { person } of pgEvaluation) rankings.push((await postgres.topOpportunities(person, null)).map((row) => row.id));
      postgresOpportunities = latency(pgOpportunityTimes);
      postgresQuality = rankingQuality(pgEvaluation, rankings);
      const engineOnSame = rankingQuality(
        pgEvaluation,
        pgEvaluation.map(({ person }) => index.topOpportunities(person)!.items.map((item) => item.id)),
      );
      Object.assign(notes, {
        engineQualityOnPostgresEvaluationPart: {
          people: pgEvaluation.length,
          recall: round(engineOnSame.recall, 3),
          ndcg: round(engineOnSame.ndcg, 3),
        },
      });
      Object.assign(notes, {
        postgres: {
          loadSeconds: round(loadSeconds, 1),
          databaseBytes: await postgres.sizeBytes(),
          sameTop20AsEngine: `${agree}/${baselineQueries}`,
          scoreMismatches,
        },
      });
    } finally {
      await postgres.drop();
    }
  }

  // Last: the updates replace sampled people, whom the baselines above compared as generated.
  console.log('one-profile updates …');
  const updateTimes: number[] = [];
  const visibleTimes: number[] = [];
  let invisible = 0;
  for (let n = 0; n < (quick ? 200 : 1_000); n++) {
    const id = personIds[Math.floor(random() * personIds.length)]!;
    const marker = `urn:bench:marker-${n}`;
    const profile = generateProfile(world, id, random);
    profile.skills.push({ uri: marker, level: 4 });
    profile.proposable = true;
    const started = performance.now();
    index.upsertProfile(profile);
    updateTimes.push(performance.now() - started);
    if (n % 10 !== 0) continue;
    const probe = {
      ...opportunities[0]!,
      id: `probe-${n}`,
      escoUri: null,
      iscoCode: null,
      requiredSkills: [marker],
      niceToHaveSkills: [],
      licences: [],
      demands: [],
      location: profile.home,
      municipalityCode: profile.municipalityCode,
    };
    const found = index.topCandidates(probe, { organisationIds: [profile.organisationId], limit: 20, nearMissLimit: 0 })!;
    visibleTimes.push(performance.now() - started);
    if (!found.items.some((item) => item.id === id) && profile.avoidDemands.length === 0) invisible++;
  }

  const candidates = latency(candidateTimes);
  const people = latency(opportunityTimes);
  const brute = latency(bruteTimes);
  const bruteOpportunities = latency(bruteOpportunityTimes);
  const pg = (value: number) => (Number.isNaN(value) ? {} : { baseline: value });
  figures.push(
    { name: 'top-20 candidates p50', value: candidates.p50, unit: 'ms', better: 'lower', ...pg(postgresCandidates.p50) },
    { name: 'top-20 candidates p95', value: candidates.p95, unit: 'ms', better: 'lower', target: 25, ...pg(postgresCandidates.p95) },
    { name: 'top-20 candidates p99', value: candidates.p99, unit: 'ms', better: 'lower', ...pg(postgresCandidates.p99) },
    { name: 'top-20 candidates p95, CPU time', value: latency(candidateCpu).p95, unit: 'ms', better: 'lower' },
    { name: 'top-20 candidates brute-force scan p50', value: brute.p50, unit: 'ms', better: 'lower' },
    { name: 'top-20 candidates brute-force scan p95', value: brute.p95, unit: 'ms', better: 'lower' },
    { name: 'top-20 opportunities p50', value: people.p50, unit: 'ms', better: 'lower', ...pg(postgresOpportunities.p50) },
    { name: 'top-20 opportunities p95', value: people.p95, unit: 'ms', better: 'lower', target: 25, ...pg(postgresOpportunities.p95) },
    { name: 'top-20 opportunities p99', value: people.p99, unit: 'ms', better: 'lower', ...pg(postgresOpportunities.p99) },
    { name: 'top-20 opportunities brute-force scan p95', value: bruteOpportunities.p95, unit: 'ms', better: 'lower' },
    { name: 'index build (upserts)', value: round(buildMs / 1000, 1), unit: 's', better: 'lower' },
    { name: 'index memory (typed arrays)', value: round(index.memoryBytes() / 2 ** 20, 1), unit: 'MiB', better: 'lower', target: 1024 },
    { name: 'index memory (heap growth)', value: round((heapAfter - heapBefore) / 2 ** 20, 1), unit: 'MiB', better: 'lower', target: 1024 },
    { name: 'one-profile upsert p95', value: latency(updateTimes).p95, unit: 'ms', better: 'lower' },
    { name: 'update visible to next query p95', value: latency(visibleTimes).p95, unit: 'ms', better: 'lower', target: 100 },
    { name: 'update visible to next query, max', value: round(Math.max(...visibleTimes)), unit: 'ms', better: 'lower' },
    { name: 'updated profiles not found by their probe', value: invisible, unit: 'profiles', better: 'lower' },
    {
      name: 'recall@20',
      value: round(engineQuality.recall, 3),
      unit: 'share',
      better: 'higher',
      target: 0.9,
      ...pg(round(postgresQuality.recall, 3)),
    },
    { name: 'nDCG@20', value: round(engineQuality.ndcg, 3), unit: 'share', better: 'higher', ...pg(round(postgresQuality.ndcg, 3)) },
    { name: 'recall@20, skills only (no occupation given)', value: round(engineSkillsOnly.recall, 3), unit: 'share', better: 'higher' },
    { name: 'nDCG@20, skills only', value: round(engineSkillsOnly.ndcg, 3), unit: 'share', better: 'higher' },
  );
  reportFigures('matching', figures, { quick, ...notes, loadAverage: { before: loadBefore, after: os.loadavg()[0]! } });
}

await main();
