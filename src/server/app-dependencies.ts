import type { Config } from './config.js';
import type { FieldCipher } from './crypto/field-encryption.js';
import type { Database } from './db/engine.js';

/** What every feature needs, passed in explicitly: no module-level singletons. */
export type AppDependencies = {
  config: Config;
  db: Database;
  /** Where the dashboards and reports read: a read replica when one is configured, else `db`. */
  reportsDb: Database;
  engine: 'pglite' | 'postgres';
  cipher: FieldCipher;
  /** The one clock; fixed in end-to-end tests and demos. */
  now: () => Date;
};
