import { sql } from 'drizzle-orm';

/**
 * A list of ids as one uuid[] parameter (`= any(…)`): one bind value however long the list, so a
 * prepared statement keeps one text for any number of organisations or coaches.
 */
export const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;
