import type { Database } from '../../db/engine.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { helsinkiDate } from '../../time.js';
import { MatchIndex } from './engine/index.js';
import { loadMatchReference, type MatchReference } from './engine/reference.js';
import { subscribeToChanges, type ChangeFeed, type MatchChange } from './match-feed.js';
import { consentActiveOn, loadMatchOpportunities, loadMatchProfiles, type ConsentWindow } from './match-records.js';

/**
 * This process's matching index (DESIGN.md §4): built from the database on first use (or when the
 * server starts listening), then kept current by change notifications — no nightly batch. Every
 * answer waits until the changes committed before the request have been applied, so a user who
 * has just saved a profile sees its effect in the next match list.
 */
export type MatchingService = {
  /** The current index, with every change committed before this call applied. */
  index: () => Promise<MatchIndex>;
  reference: () => MatchReference;
  /** Reload a record the database contradicted (say, a consent that ended at midnight). */
  invalidate: (change: MatchChange) => void;
  /** Starts building in the background; errors are logged and the next use tries again. */
  warmUp: () => void;
  close: () => Promise<void>;
};

type Log = { info: (message: string) => void; warn: (message: string) => void };
type State = { index: MatchIndex; feed: ChangeFeed; consentWindows: Map<string, ConsentWindow[]>; day: string };
type Dirty = Record<MatchChange['kind'], Set<string>>;

const emptyDirty = (): Dirty => ({ client: new Set(), opportunity: new Set(), workplace: new Set(), employer: new Set() });
const chunks = <T>(items: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

export function createMatchingService(
  deps: { db: Database; now: () => Date },
  options: { log: Log; pageSize?: number; reference?: () => MatchReference },
): MatchingService {
  const { db } = deps;
  const pageSize = options.pageSize ?? 5000;
  const reference = options.reference ?? loadMatchReference;
  let dirty = emptyDirty();
  let starting: Promise<State> | null = null;
  /** Which build `starting` is: a lost feed of an earlier build must not discard a newer one. */
  let startingAttempt: object | null = null;
  let applying: Promise<void> = Promise.resolve();
  let closed = false;
  const today = () => helsinkiDate(deps.now());

  const onChange = (change: MatchChange) => void dirty[change.kind].add(change.id);

  /** Notifications may have been missed while the connection was down: the index is rebuilt on next use. */
  const onLost = (attempt: object) => (error: Error) => {
    const lost = starting;
    if (!lost || startingAttempt !== attempt) return;
    options.log.warn(`matching change feed lost (${error.message}); the index is rebuilt on next use`);
    starting = null;
    void lost.then((state) => state.feed.close()).catch(() => undefined);
  };

  const remember = (state: State, clientId: string, windows: ConsentWindow[]) => {
    if (windows.length > 0) state.consentWindows.set(clientId, windows);
    else state.consentWindows.delete(clientId);
  };

  async function reloadClients(tx: Transaction, state: State, clientIds: string[]) {
    for (const chunk of chunks(clientIds, 1000)) {
      const loaded = await loadMatchProfiles(tx, reference(), state.day, { clientIds: chunk });
      const found = new Set(loaded.map(({ profile }) => profile.id));
      for (const { profile, consentWindows } of loaded) {
        state.index.upsertProfile(profile);
        remember(state, profile.id, consentWindows);
      }
      for (const id of chunk.filter((clientId) => !found.has(clientId))) {
        state.index.removeProfile(id);
        state.consentWindows.delete(id);
      }
    }
  }

  async function reloadOpportunities(tx: Transaction, state: State, taken: Dirty) {
    const ids = [...taken.opportunity];
    const loaded = await loadMatchOpportunities(tx, reference(), {
      ids,
      workplaceIds: [...taken.workplace],
      employerIds: [...taken.employer],
    });
    for (const opportunity of loaded) state.index.upsertOpportunity(opportunity);
    // Named but no longer open (filled, cancelled, removed): out of the index.
    const open = new Set(loaded.map((opportunity) => opportunity.id));
    for (const id of ids.filter((opportunityId) => !open.has(opportunityId))) state.index.removeOpportunity(id);
  }

  async function applyDirty(state: State): Promise<void> {
    const taken = dirty;
    dirty = emptyDirty();
    const clientIds = [...taken.client];
    const opportunitiesChanged = taken.opportunity.size + taken.workplace.size + taken.employer.size > 0;
    if (clientIds.length === 0 && !opportunitiesChanged) return;
    try {
      await inTransaction(db, 'system', async (tx) => {
        if (clientIds.length > 0) await reloadClients(tx, state, clientIds);
        if (opportunitiesChanged) await reloadOpportunities(tx, state, taken);
      });
    } catch (error) {
      for (const kind of Object.keys(taken) as MatchChange['kind'][]) for (const id of taken[kind]) dirty[kind].add(id);
      throw error;
    }
  }

  /** Changes are applied one batch at a time, in the order they were heard. */
  function flush(state: State): Promise<void> {
    const run = applying.then(() => applyDirty(state));
    applying = run.catch(() => undefined);
    return run;
  }

  /** A consent that starts or ends at midnight changes no row: on a new day, reload the people whose consent did. */
  function rollDay(state: State) {
    const day = today();
    if (day === state.day) return;
    for (const [clientId, windows] of state.consentWindows) {
      if (consentActiveOn(windows, state.day) !== consentActiveOn(windows, day)) dirty.client.add(clientId);
    }
    state.day = day;
  }

  async function build(attempt: object): Promise<State> {
    const started = performance.now();
    const index = new MatchIndex({ reference: reference() });
    // Listen first: whatever commits while the tables are read is applied afterwards.
    const feed = await subscribeToChanges(db, onChange, onLost(attempt));
    const state: State = { index, feed, consentWindows: new Map(), day: today() };
    try {
      let after: string | undefined;
      for (;;) {
        const page = await inTransaction(db, 'system', (tx) =>
          loadMatchProfiles(tx, reference(), state.day, { afterClientId: after, limit: pageSize }),
        );
        for (const { profile, consentWindows } of page) {
          index.upsertProfile(profile);
          remember(state, profile.id, consentWindows);
        }
        if (page.length < pageSize) break;
        after = page.at(-1)!.profile.id;
      }
      for (const opportunity of await inTransaction(db, 'system', (tx) => loadMatchOpportunities(tx, reference()))) {
        index.upsertOpportunity(opportunity);
      }
    } catch (error) {
      await feed.close().catch(() => undefined);
      throw error;
    }
    const took = Math.round(performance.now() - started);
    options.log.info(`matching index built: ${index.profileCount} profiles, ${index.opportunityCount} opportunities in ${took} ms`);
    return state;
  }

  function current(): Promise<State> {
    if (closed) return Promise.reject(new Error('the matching service is closed'));
    if (!starting) {
      const attempt = {};
      const building = build(attempt);
      starting = building;
      startingAttempt = attempt;
      building.catch(() => {
        if (starting === building) starting = null;
      });
    }
    return starting;
  }

  return {
    index: async () => {
      let state = await current();
      try {
        await state.feed.barrier();
      } catch (error) {
        // The connection died under this request: start again from a fresh build.
        onLost(startingAttempt ?? {})(error as Error);
        state = await current();
        await state.feed.barrier();
      }
      rollDay(state);
      await flush(state);
      return state.index;
    },
    reference: () => reference(),
    invalidate: onChange,
    warmUp: () => {
      current().catch((error: Error) => options.log.warn(`matching index build failed: ${error.message}`));
    },
    close: async () => {
      closed = true;
      const state = await starting?.catch(() => null);
      starting = null;
      await applying;
      await state?.feed.close();
    },
  };
}
