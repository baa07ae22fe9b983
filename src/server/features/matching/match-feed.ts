import pg from 'pg';
import type { Database } from '../../db/engine.js';
import { profileChangedChannel } from '../competence-profiles/matching-source.js';

/**
 * How the matching index hears of committed changes: `NOTIFY matching_changed, '<kind>:<id>'`
 * from the triggers of the matching migration, and the competence-profile feature's own
 * `NOTIFY competence_profile_changed, '<clientId>'`. Both engines deliver a notification only
 * when (and if) its transaction commits.
 */
export const matchingChangedChannel = 'matching_changed';

export type MatchChange = { kind: 'client' | 'opportunity' | 'workplace' | 'employer'; id: string };

export type ChangeFeed = {
  /** Resolves once every notification committed before the call has been handed to onChange. */
  barrier: () => Promise<void>;
  close: () => Promise<void>;
};

const kinds = new Set<MatchChange['kind']>(['client', 'opportunity', 'workplace', 'employer']);

function parse(channel: string, payload: string | undefined): MatchChange | null {
  if (!payload) return null;
  if (channel === profileChangedChannel) return { kind: 'client', id: payload };
  const [kind, id] = payload.split(':');
  return kind && id && kinds.has(kind as MatchChange['kind']) ? { kind: kind as MatchChange['kind'], id } : null;
}

type PgliteClient = { listen: (channel: string, callback: (payload: string) => void) => Promise<() => Promise<void>> };

/**
 * PGlite runs in this process and calls listeners while the committing statement returns, so
 * there is nothing in flight to wait for. PostgreSQL: one connection of its own (outside the
 * pool, so requests never wait for it) LISTENs; a round trip on it is the barrier, because the
 * server sends pending notifications before it answers the next statement on that connection.
 */
export async function subscribeToChanges(
  db: Database,
  onChange: (change: MatchChange) => void,
  onLost: (error: Error) => void,
): Promise<ChangeFeed> {
  const client = (db as unknown as { $client: PgliteClient | pg.Pool }).$client;
  const channels = [matchingChangedChannel, profileChangedChannel];
  if ('listen' in client) {
    const stops = await Promise.all(
      channels.map((channel) =>
        client.listen(channel, (payload) => {
          const change = parse(channel, payload);
          if (change) onChange(change);
        }),
      ),
    );
    return { barrier: async () => {}, close: async () => void (await Promise.all(stops.map((stop) => stop()))) };
  }
  const connection = new pg.Client((client as unknown as { options: pg.ClientConfig }).options);
  let closing = false;
  connection.on('notification', (message) => {
    const change = parse(message.channel, message.payload);
    if (change) onChange(change);
  });
  connection.on('error', (error) => {
    if (!closing) onLost(error);
  });
  connection.on('end', () => {
    if (!closing) onLost(new Error('matching change feed connection ended'));
  });
  await connection.connect();
  for (const channel of channels) await connection.query(`LISTEN ${channel}`);
  return {
    barrier: async () => {
      await connection.query('select 1');
    },
    close: async () => {
      closing = true;
      await connection.end();
    },
  };
}
