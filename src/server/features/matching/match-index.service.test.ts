import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/transaction.js';
import { testEngines } from '../../test-support/test-database.js';
import { createMatchingService, type MatchingService } from './match-index.service.js';
import { matchingChangedChannel } from './match-feed.js';
import { createMatchingWorld, type MatchingWorld } from './matching-test-world.js';

/**
 * The per-process index service itself: built once from the database, then changed record by
 * record as notifications arrive; rebuilt only when its notification connection is lost.
 */
describe.each(testEngines)('the matching index service on %s', (engine) => {
  let world: MatchingWorld;
  let service: MatchingService;
  const messages: string[] = [];
  const builds = () => messages.filter((message) => message.startsWith('matching index built')).length;

  beforeAll(async () => {
    world = await createMatchingWorld(engine);
    await world.newProfiledCandidate({ firstName: 'Ensimmäinen' });
    await world.newMatchedOpportunity();
    const log = { info: (message: string) => messages.push(message), warn: (message: string) => messages.push(message) };
    service = createMatchingService(world.test.deps, { log, pageSize: 2 });
  });
  afterAll(async () => {
    await service.close();
    await world.close();
  });

  it('builds from the database in pages on first use', async () => {
    await world.newProfiledCandidate({ firstName: 'Toinen' });
    await world.newProfiledCandidate({ firstName: 'Kolmas' });
    const index = await service.index();
    expect(index.profileCount).toBe(3);
    expect(index.opportunityCount).toBe(1);
    expect(builds()).toBe(1);
  });

  it('applies later changes one record at a time without building again', async () => {
    const added = await world.newProfiledCandidate({ firstName: 'Neljäs' });
    const opened = await world.newMatchedOpportunity();
    const index = await service.index();
    expect(index.hasProfile(added)).toBe(true);
    expect(index.hasOpportunity(opened)).toBe(true);
    expect(index.profileCount).toBe(4);
    expect(builds()).toBe(1);
  });

  it('ignores notifications it does not understand', async () => {
    await world.db.execute(sql`select pg_notify(${matchingChangedChannel}, 'nonsense')`);
    expect((await service.index()).profileCount).toBe(4);
  });

  it.skipIf(engine !== 'postgres')('rebuilds when its notification connection is lost, so no missed change stays missed', async () => {
    await service.index();
    // What a dropped connection or a server restart does: the listening backend goes away.
    const [database] = await queryRows<{ name: string }>(world.db, sql`select current_database() as name`);
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and (query like 'LISTEN%' or query = 'select 1')`,
      [database!.name],
    );
    await admin.end();
    await expect.poll(() => messages.some((message) => message.startsWith('matching change feed lost'))).toBe(true);
    const added = await world.newProfiledCandidate({ firstName: 'Viides' });
    const index = await service.index();
    expect(index.hasProfile(added)).toBe(true);
    expect(builds()).toBe(2);
  });
});
