/**
 * Baseline (a): the straightforward PostgreSQL matching a typical application would write —
 * profiles and opportunities as rows with array columns and GIN indexes, an array-overlap
 * prefilter (shares a skill or an occupation group), the hard filters in WHERE, the SAME score as
 * the engine computed in SQL (same components, same formulas, thousandths of a point rounded the
 * same way) and ORDER BY score DESC, id LIMIT 20. Runs in a scratch database that is dropped after.
 */
import { createWriteStream, rmSync } from 'node:fs';
import pg from 'pg';
import { defaultMatchWeights } from '../../src/contract/matching.js';
import { iscoLevels, languageLevelNumber, type Vocabulary } from '../../src/server/features/matching/engine/vocabulary.js';
import type { MatchReference } from '../../src/server/features/matching/engine/reference.js';
import type { CandidateQuery, MatchOccupation, MatchOpportunity, MatchProfile } from '../../src/server/features/matching/engine/types.js';
import { candidateScoreSql, opportunityScoreSql } from './postgres-sql.js';

const array = (values: readonly (string | number)[]) => `{${values.join(',')}}`;
const nullable = (value: string | number | null | undefined) => (value === null || value === undefined ? '\\N' : String(value));

/** ISCO groups of occupations by level: [esco ids, unit, minor, sub-major]. */
function occupationColumns(list: MatchOccupation[], vocabulary: Vocabulary, reference: MatchReference): string[][] {
  const columns: string[][] = [[], [], [], []];
  for (const { escoUri, iscoCode } of list) {
    if (escoUri) columns[0]!.push(String(vocabulary.occupations.find(escoUri)));
    iscoLevels(iscoCode ?? (escoUri ? (reference.occupationIsco.get(escoUri) ?? null) : null)).forEach((code, level) => {
      if (code) columns[level + 1]!.push(code);
    });
  }
  return columns.map((column) => [...new Set(column)]);
}

export class PostgresBaseline {
  private client: pg.Client | null = null;
  private profileFile: ReturnType<typeof createWriteStream> | null = null;
  private opportunityFile: ReturnType<typeof createWriteStream> | null = null;
  readonly databaseUrl: string;

  constructor(
    private readonly serverUrl: string,
    private readonly databaseName: string,
    private readonly vocabulary: Vocabulary,
    private readonly reference: MatchReference,
    private readonly folder = '/tmp',
  ) {
    const url = new URL(serverUrl);
    url.pathname = `/${databaseName}`;
    this.databaseUrl = url.toString();
  }

  private path(kind: string) {
    return `${this.folder}/polku-bench-matching-${kind}.tsv`;
  }

  openFiles(): void {
    this.profileFile = createWriteStream(this.path('profiles'));
    this.opportunityFile = createWriteStream(this.path('opportunities'));
  }

  /** One COPY line per profile (ids are the index's interned skill and occupation numbers). */
  writeProfile(profile: MatchProfile): Promise<void> | void {
    const v = this.vocabulary;
    const interest = occupationColumns(profile.occupationsOfInterest, v, this.reference);
    const past = occupationColumns(profile.pastOccupations, v, this.reference);
    const levels = new Map<number, number>();
    for (const skill of profile.skills) {
      const id = v.skills.find(skill.uri);
      levels.set(id, Math.max(levels.get(id) ?? 0, skill.level));
    }
    const line = [
      profile.id,
      profile.organisationId,
      nullable(profile.municipalityCode),
      ...interest.map(array),
      ...past.map(array),
      array([...levels.keys()]),
      array([...levels.values()]),
      array(profile.languages.map((language) => language.code)),
      array(profile.languages.map((language) => languageLevelNumber(language.level))),
      array(profile.licences),
      array(profile.avoidDemands),
      nullable(profile.hoursMin),
      nullable(profile.hoursMax),
      array(profile.workingTimeForms),
      String(profile.wantsRemote),
      nullable(profile.maxCommuteKm),
      nullable(profile.earliestStart),
      nullable(profile.home?.lat),
      nullable(profile.home?.lon),
      array(profile.preferredSections),
      String(profile.proposable),
      String(profile.inJobSearch),
    ].join('\t');
    if (!this.profileFile!.write(line + '\n')) return new Promise((resolve) => this.profileFile!.once('drain', () => resolve()));
  }

  writeOpportunity(opportunity: MatchOpportunity): void {
    const columns = this.opportunityColumns(opportunity);
    this.opportunityFile!.write(
      [
        opportunity.id,
        opportunity.organisationId,
        nullable(opportunity.municipalityCode),
        ...columns.map((value) => (Array.isArray(value) ? array(value) : nullable(value))),
      ].join('\t') + '\n',
    );
  }

  /** The opportunity's values in the order of the opportunity columns after id, organisation and municipality. */
  opportunityColumns(opportunity: MatchOpportunity): (string | number | null | (string | number)[])[] {
    const v = this.vocabulary;
    const occupationSkills = opportunity.escoUri ? this.reference.occupationSkills.get(opportunity.escoUri) : undefined;
    const essential = new Set([...(occupationSkills?.essential ?? []), ...opportunity.requiredSkills]);
    const optional = new Set([...(occupationSkills?.optional ?? []), ...opportunity.niceToHaveSkills].filter((uri) => !essential.has(uri)));
    const [unit, minor, subMajor] = iscoLevels(
      opportunity.iscoCode ?? (opportunity.escoUri ? (this.reference.occupationIsco.get(opportunity.escoUri) ?? null) : null),
    );
    return [
      opportunity.escoUri ? v.occupations.intern(opportunity.escoUri) : null,
      unit,
      minor,
      subMajor,
      [...essential].map((uri) => v.skills.intern(uri)),
      [...optional].map((uri) => v.skills.intern(uri)),
      opportunity.languages.map((language) => language.code),
      opportunity.languages.map((language) => languageLevelNumber(language.level)),
      opportunity.licences,
      opportunity.demands,
      opportunity.hoursPerWeek,
      opportunity.workingTimeForm,
      opportunity.startDate,
      opportunity.location?.lat ?? null,
      opportunity.location?.lon ?? null,
      opportunity.industrySection,
      String(opportunity.remotePossible),
    ];
  }

  /** Creates the scratch database, COPYs both files in and builds the indexes. Returns seconds. */
  async load(): Promise<number> {
    await Promise.all([this.profileFile, this.opportunityFile].map((file) => new Promise((resolve) => file!.end(resolve))));
    const admin = new pg.Client({ connectionString: this.serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${this.databaseName} with (force)`);
    await admin.query(`create database ${this.databaseName}`);
    await admin.end();
    this.client = new pg.Client({ connectionString: this.databaseUrl, statement_timeout: 600_000 });
    await this.client.connect();
    const started = performance.now();
    await this.client.query(`
      create table profiles (
        id text primary key, organisation_id text not null, municipality_code text,
        esco_i int[], g4_i text[], g3_i text[], g2_i text[], esco_p int[], g4_p text[], g3_p text[], g2_p text[],
        skills int[] not null, skill_levels int[] not null, languages text[], language_levels int[],
        licences text[] not null, avoid_demands text[] not null, hours_min float8, hours_max float8, working_time_forms text[],
        wants_remote boolean, max_commute_km float8, earliest_start date, lat float8, lon float8, preferred_sections text[],
        proposable boolean, in_job_search boolean);
      create table opportunities (
        id text primary key, organisation_id text not null, municipality_code text,
        esco int, g4 text, g3 text, g2 text, essential int[] not null, optional int[] not null,
        languages text[], language_levels int[], licences text[] not null, demands text[] not null,
        hours float8, working_time_form text, start_date date, lat float8, lon float8, section text, remote_possible boolean);`);
    await this.client.query(`copy profiles from '${this.path('profiles')}'`);
    await this.client.query(`copy opportunities from '${this.path('opportunities')}'`);
    for (const column of ['skills', 'esco_i', 'esco_p', 'g4_i', 'g4_p', 'g3_i', 'g3_p', 'g2_i', 'g2_p'])
      await this.client.query(`create index on profiles using gin (${column})`);
    await this.client.query('create index on profiles (organisation_id)');
    for (const column of ['essential', 'optional']) await this.client.query(`create index on opportunities using gin (${column})`);
    for (const column of ['esco', 'g4', 'g3', 'g2']) await this.client.query(`create index on opportunities (${column})`);
    await this.client.query('analyze');
    for (const kind of ['profiles', 'opportunities']) rmSync(this.path(kind), { force: true });
    return (performance.now() - started) / 1000;
  }

  /** Top candidates' ids and scores (thousandths), computed by the SQL score. */
  async topCandidates(opportunity: MatchOpportunity, query: CandidateQuery, limit = 20): Promise<{ id: string; score: number }[]> {
    const columns = this.opportunityColumns(opportunity);
    const result = await this.client!.query(candidateScoreSql(defaultMatchWeights), [
      ...columns.slice(0, 4),
      columns[4],
      columns[5],
      ...columns.slice(6),
      query.organisationIds,
      query.onlyProposable !== false,
      query.onlyInJobSearch ?? false,
      query.municipalityCodes ?? null,
      query.maxDistanceKm ?? null,
      limit,
    ]);
    return result.rows.map((row: { id: string; score: string }) => ({ id: row.id, score: Number(row.score) }));
  }

  /** Top opportunities for a person given whole (the evaluation people are not in the table). */
  async topOpportunities(profile: MatchProfile, maxDistanceKm: number | null, limit = 20): Promise<{ id: string; score: number }[]> {
    const v = this.vocabulary;
    const interest = occupationColumns(profile.occupationsOfInterest, v, this.reference);
    const past = occupationColumns(profile.pastOccupations, v, this.reference);
    const levels = new Map<number, number>();
    for (const skill of profile.skills) {
      const id = v.skills.intern(skill.uri);
      levels.set(id, Math.max(levels.get(id) ?? 0, skill.level));
    }
    const result = await this.client!.query(opportunityScoreSql(defaultMatchWeights), [
      interest[0]!.map(Number),
      interest[1],
      interest[2],
      interest[3],
      past[0]!.map(Number),
      past[1],
      past[2],
      past[3],
      [...levels.keys()],
      [...levels.values()],
      profile.languages.map((language) => language.code),
      profile.languages.map((language) => languageLevelNumber(language.level)),
      profile.licences,
      profile.avoidDemands,
      profile.hoursMin,
      profile.hoursMax,
      profile.workingTimeForms,
      profile.wantsRemote,
      profile.maxCommuteKm,
      profile.earliestStart,
      profile.home?.lat ?? null,
      profile.home?.lon ?? null,
      profile.preferredSections,
      maxDistanceKm,
      limit,
    ]);
    return result.rows.map((row: { id: string; score: string }) => ({ id: row.id, score: Number(row.score) }));
  }

  async sizeBytes(): Promise<number> {
    const result = await this.client!.query('select pg_database_size(current_database()) as size');
    return Number(result.rows[0].size);
  }

  async drop(): Promise<void> {
    await this.client?.end();
    const admin = new pg.Client({ connectionString: this.serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${this.databaseName} with (force)`);
    await admin.end();
  }
}
