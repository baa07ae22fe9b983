import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { roles } from '../../contract/auth.js';
import { okResponse } from '../../contract/common.js';
import type { AppDependencies } from '../app-dependencies.js';
import { memberships, users } from '../auth/auth.tables.js';
import { hashPassword } from '../auth/password.js';
import { inTransaction } from '../db/transaction.js';
import { notFound } from '../errors.js';
import { organisations } from '../features/organisations/organisations.tables.js';

const clockRequest = z.object({ now: z.iso.datetime({ offset: true }) });
const userRequest = z.object({
  email: z.email(),
  name: z.string().min(1),
  password: z.string().min(12),
  organisationName: z.string().min(1),
  role: z.enum(roles),
});

/**
 * Test-only fixture endpoints for the end-to-end tests: a movable clock and user creation.
 * Mounted only when POLKU_DEV_ENDPOINTS=true; never in production.
 */
export function devRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const config = { access: 'public' as const };
    const schema = { hide: true };

    routes.post('/api/dev/clock', { schema: { ...schema, body: clockRequest, response: { 200: okResponse } }, config }, async (request) => {
      const fixed = new Date(request.body.now);
      deps.now = () => new Date(fixed);
      return { ok: true as const };
    });

    routes.post(
      '/api/dev/users',
      { schema: { ...schema, body: userRequest, response: { 200: z.object({ id: z.uuid() }) } }, config },
      async (request) => {
        const passwordHash = await hashPassword(request.body.password);
        return inTransaction(deps.db, 'system', async (tx) => {
          const [organisation] = await tx.select().from(organisations).where(eq(organisations.name, request.body.organisationName));
          if (!organisation) throw notFound();
          const [user] = await tx
            .insert(users)
            .values({ email: request.body.email, name: request.body.name, passwordHash })
            .returning({ id: users.id });
          await tx.insert(memberships).values({ userId: user!.id, organisationId: organisation.id, role: request.body.role });
          return { id: user!.id };
        });
      },
    );
  };
}
