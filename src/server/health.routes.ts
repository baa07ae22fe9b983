import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDependencies } from './app-dependencies.js';
import { appliedMigration } from './db/migrate.js';

const healthResponse = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.object({
    engine: z.enum(['pglite', 'postgres']),
    reachable: z.boolean(),
    migrations: z.number().int(),
    latestMigrationAt: z.string().nullable(),
  }),
});

export function healthRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    app
      .withTypeProvider<ZodTypeProvider>()
      .get(
        '/api/health',
        { schema: { tags: ['system'], response: { 200: healthResponse, 503: healthResponse } }, config: { access: 'public' } },
        async (_request, reply) => {
          try {
            const migration = await appliedMigration(deps.db);
            return {
              status: 'ok' as const,
              database: {
                engine: deps.engine,
                reachable: true,
                migrations: migration.count,
                latestMigrationAt: migration.latestAppliedAt === null ? null : new Date(migration.latestAppliedAt).toISOString(),
              },
            };
          } catch {
            return reply
              .status(503)
              .send({ status: 'unavailable', database: { engine: deps.engine, reachable: false, migrations: 0, latestMigrationAt: null } });
          }
        },
      );
  };
}
