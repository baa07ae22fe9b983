import type { MatchExplanation, MatchList, MatchWeights, MatchWeightsInput } from '../../../../contract/matching.js';
import { searchCandidates, type RankedRows, type SearchStats } from './candidate-search.js';
import { compileWeights, type CompiledWeights } from './components.js';
import { explainPair } from './explain.js';
import { compileOpportunity, OpportunityStore, type CompiledOpportunity } from './opportunity-store.js';
import { searchOpportunities } from './opportunity-search.js';
import { ProfileStore } from './profile-store.js';
import { Accumulator } from './ranking.js';
import { loadMatchReference, type MatchReference } from './reference.js';
import type { CandidateQuery, MatchOpportunity, MatchProfile, OpportunityQuery } from './types.js';
import { Vocabulary } from './vocabulary.js';

export type { SearchStats } from './candidate-search.js';
export { loadMatchReference, locate, type MatchReference } from './reference.js';
export type * from './types.js';

export type MatchSearchResult = MatchList & { stats: SearchStats };
export type MatchIndexOptions = { reference?: MatchReference; weights?: MatchWeightsInput };

/**
 * The in-memory matching index: job seekers' profiles and open opportunities, kept current by
 * upserts and removals (each visible to the next query at once), answering both directions of
 * matching with explanations. Pure: no database, no HTTP; the wiring feeds it.
 */
export class MatchIndex {
  readonly reference: MatchReference;
  readonly vocabulary = new Vocabulary();
  readonly people: ProfileStore;
  readonly opportunities: OpportunityStore;
  private readonly defaultWeights: CompiledWeights;
  /** Compiled weights by the weights object given (keep one parsed object per organisation). */
  private readonly weightCache = new WeakMap<object, CompiledWeights>();
  private readonly peopleAccumulator = new Accumulator();
  private readonly opportunityAccumulator = new Accumulator();

  constructor(options: MatchIndexOptions = {}) {
    this.reference = options.reference ?? loadMatchReference();
    this.people = new ProfileStore(this.vocabulary, this.reference);
    this.opportunities = new OpportunityStore(this.vocabulary, this.reference);
    this.defaultWeights = compileWeights(options.weights ?? {});
  }

  upsertProfile(profile: MatchProfile): void {
    this.people.upsert(profile);
  }

  removeProfile(id: string): boolean {
    return this.people.remove(id);
  }

  upsertOpportunity(opportunity: MatchOpportunity): void {
    this.opportunities.upsert(opportunity);
  }

  removeOpportunity(id: string): boolean {
    return this.opportunities.remove(id);
  }

  /** Gives back the spare capacity the growing arrays keep; worth calling after loading many profiles at once. */
  trim(): void {
    this.people.trim();
  }

  hasProfile(id: string): boolean {
    return this.people.rowById.has(id);
  }

  hasOpportunity(id: string): boolean {
    return this.opportunities.rowById.has(id);
  }

  get profileCount(): number {
    return this.people.live;
  }

  get opportunityCount(): number {
    return this.opportunities.live;
  }

  /** Ranked candidates for an opportunity (given whole, or by the id of one in the index); null for an unknown id. */
  topCandidates(opportunity: MatchOpportunity | string, query: CandidateQuery, weights?: MatchWeights): MatchSearchResult | null {
    return this.candidates(opportunity, query, weights, false);
  }

  /** Ranked open opportunities for a person (given whole, or by the id of one in the index); null for an unknown id. */
  topOpportunities(profile: MatchProfile | string, query: OpportunityQuery = {}, weights?: MatchWeights): MatchSearchResult | null {
    return this.opportunitiesFor(profile, query, weights, false);
  }

  /** The same answers by scoring every row: the reference the index is tested and benchmarked against. */
  bruteForceCandidates(opportunity: MatchOpportunity | string, query: CandidateQuery, weights?: MatchWeights): MatchSearchResult | null {
    return this.candidates(opportunity, query, weights, true);
  }

  bruteForceOpportunities(profile: MatchProfile | string, query: OpportunityQuery = {}, weights?: MatchWeights): MatchSearchResult | null {
    return this.opportunitiesFor(profile, query, weights, true);
  }

  /** The explanation of one pair, whether it matches, is excluded or is a near miss. */
  explain(profile: MatchProfile | string, opportunity: MatchOpportunity | string, weights?: MatchWeights): MatchExplanation | null {
    const compiled = this.resolveOpportunity(opportunity);
    const person = this.resolveProfile(profile);
    if (!compiled || !person) return null;
    return explainPair(this.weights(weights), this.vocabulary, compiled, person.store, person.row);
  }

  /** Bytes held by the index's arrays (typed arrays exactly, strings and maps estimated). */
  memoryBytes(): number {
    const people = this.people;
    const columns = [
      people.organisation,
      people.municipality,
      people.flags,
      people.lat,
      people.lon,
      people.maxCommuteKm,
      people.hoursMin,
      people.hoursMax,
      people.workingTimeForms,
      people.licences,
      people.avoidDemands,
      people.preferredSections,
      people.earliestStart,
      people.reachGroup,
    ].reduce((sum, array) => sum + array.byteLength, 0);
    const pools = people.skills.bytes + people.occupations.bytes + people.languages.bytes;
    const lists = [
      people.bySkill,
      people.byOccupation,
      people.byIscoGroup,
      people.byOrganisation,
      people.byMunicipality,
      people.byReachGroup,
    ].reduce((sum, index) => sum + index.bytes, 0);
    const opportunities = this.opportunities;
    const opportunityLists = [
      opportunities.bySkill,
      opportunities.byOccupation,
      opportunities.byIscoGroup,
      opportunities.byMunicipality,
      opportunities.byCell,
    ].reduce((sum, index) => sum + index.bytes, 0);
    return columns + pools + lists + opportunityLists + this.peopleAccumulator.bytes + this.opportunityAccumulator.bytes;
  }

  private candidates(
    opportunity: MatchOpportunity | string,
    query: CandidateQuery,
    weights: MatchWeights | undefined,
    bruteForce: boolean,
  ) {
    const compiled = this.resolveOpportunity(opportunity);
    if (!compiled) return null;
    const compiledWeights = this.weights(weights);
    const ranked = searchCandidates(compiledWeights, this.vocabulary, this.people, this.peopleAccumulator, compiled, query, bruteForce);
    const explainRow = (row: number) => explainPair(compiledWeights, this.vocabulary, compiled, this.people, row);
    return this.toResult(ranked, explainRow);
  }

  private opportunitiesFor(
    profile: MatchProfile | string,
    query: OpportunityQuery,
    weights: MatchWeights | undefined,
    bruteForce: boolean,
  ) {
    const person = this.resolveProfile(profile);
    if (!person) return null;
    const compiledWeights = this.weights(weights);
    const ranked = searchOpportunities(
      compiledWeights,
      this.vocabulary,
      this.opportunities,
      this.opportunityAccumulator,
      person.store,
      person.row,
      query,
      bruteForce,
    );
    const explainRow = (row: number) =>
      explainPair(compiledWeights, this.vocabulary, this.opportunities.items[row]!, person.store, person.row);
    return this.toResult(ranked, explainRow);
  }

  private toResult(ranked: RankedRows, explainRow: (row: number) => MatchExplanation): MatchSearchResult {
    const rows = (list: RankedRows['matches']) =>
      list.rows.map((row, index) => {
        const explanation = explainRow(row);
        return { id: list.ids[index]!, score: explanation.score, explanation };
      });
    return { items: rows(ranked.matches), nearMisses: rows(ranked.nearMisses), stats: ranked.stats };
  }

  private weights(weights: MatchWeights | undefined): CompiledWeights {
    if (!weights) return this.defaultWeights;
    let compiled = this.weightCache.get(weights);
    if (!compiled) {
      compiled = compileWeights(weights);
      this.weightCache.set(weights, compiled);
    }
    return compiled;
  }

  private resolveOpportunity(opportunity: MatchOpportunity | string): CompiledOpportunity | null {
    if (typeof opportunity !== 'string') return compileOpportunity(opportunity, this.vocabulary, this.reference);
    const row = this.opportunities.rowById.get(opportunity);
    return row === undefined ? null : this.opportunities.items[row]!;
  }

  /** A profile given whole is scored from a one-row store of its own, so the index itself is not changed. */
  private resolveProfile(profile: MatchProfile | string): { store: ProfileStore; row: number } | null {
    if (typeof profile === 'string') {
      const row = this.people.rowById.get(profile);
      return row === undefined ? null : { store: this.people, row };
    }
    const store = new ProfileStore(this.vocabulary, this.reference);
    return { store, row: store.upsert(profile) };
  }
}
