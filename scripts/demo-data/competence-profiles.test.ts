import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competenceProfileFields } from '../../src/contract/competence-profiles.js';
import type { DatabaseHandle } from '../../src/server/db/engine.js';
import { testEngines } from '../../src/server/test-support/test-database.js';
import { loadInto, rows, today } from './demo-test-database.js';

type ProfileRow = {
  clientId: string;
  occupationUris: string[];
  occupationIscoCodes: string[];
  skillUris: string[];
  snapshot: unknown;
  skillsOfOccupation: string[];
  demoIscoCodes: string[];
};

/** The demo clients' competence profiles: plausible for matching, valid by the API's own schema, and repeatable. */
describe.each(testEngines)('demo competence profiles on %s', (engine) => {
  let first: DatabaseHandle;
  let profiles: ProfileRow[];
  let clientCount = 0;
  const profileQuery = sql`select p.client_id as "clientId", p.occupation_uris as "occupationUris", p.occupation_isco_codes as "occupationIscoCodes",
      p.skill_uris as "skillUris", v.snapshot,
      (select r.essential_skill_uris || r.optional_skill_uris from ref_esco_occupations r where r.uri = p.occupation_uris[1]) as "skillsOfOccupation",
      (select array_agg(distinct o.isco_code) from opportunities o where o.esco_occupation_uri is not null) as "demoIscoCodes"
    from competence_profiles p join competence_profile_versions v on v.client_id = p.client_id and v.version = p.version
    order by p.client_id`;

  beforeAll(async () => {
    first = (await loadInto(engine, { seed: 11, clients: 60 })).handle;
    profiles = await rows<ProfileRow>(first, profileQuery);
    clientCount = (await rows<{ count: number }>(first, sql`select count(*)::int as count from clients`))[0]!.count;
  });
  afterAll(async () => {
    await first?.close();
  });

  it('gives most clients a profile whose occupations are those of the demo jobs or of the same ISCO group', () => {
    expect(profiles.length).toBeGreaterThanOrEqual(Math.floor(clientCount * 0.7));
    expect(profiles.length).toBeLessThan(clientCount);
    for (const profile of profiles) {
      expect(profile.occupationUris.length).toBeGreaterThanOrEqual(1);
      expect(profile.occupationIscoCodes.every((code) => profile.demoIscoCodes.includes(code))).toBe(true);
    }
  });

  it("gives each profile 5 to 20 skills from its first occupation's essential and optional skills", () => {
    for (const profile of profiles) {
      expect(profile.skillUris.length).toBeLessThanOrEqual(20);
      expect(profile.skillUris.length).toBeGreaterThanOrEqual(Math.min(5, profile.skillsOfOccupation.length));
      expect(profile.skillUris.filter((uri) => !profile.skillsOfOccupation.includes(uri))).toEqual([]);
    }
  });

  it('stores each profile as the API would accept it, with a first version in the history', () => {
    for (const profile of profiles) {
      const parsed = competenceProfileFields.safeParse(profile.snapshot);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      const work = parsed.data!.workHistory;
      expect(work.every((entry) => entry.from <= today && (entry.to === null || entry.to >= entry.from))).toBe(true);
    }
    expect(profiles.some((profile) => (profile.snapshot as { demandsToAvoid: string[] }).demandsToAvoid.length > 0)).toBe(true);
    expect(profiles.some((profile) => (profile.snapshot as { licences: string[] }).licences.length > 0)).toBe(true);
  });

  it('makes the same profiles from the same seed', async () => {
    const second = (await loadInto(engine, { seed: 11, clients: 60 })).handle;
    try {
      expect(await rows<ProfileRow>(second, profileQuery)).toEqual(profiles);
    } finally {
      await second.close();
    }
  });
});
