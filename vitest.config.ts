import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['src/server/test-support/test-templates.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One worker per core, at least two: the data tests spend much of their time waiting on
    // PostgreSQL, so Vitest's default (a core left free: one worker on CI's two) ran 489 s, two 282 s.
    maxWorkers: Math.max(2, availableParallelism()),
    env: { TZ: 'Europe/Helsinki' },
  },
});
