import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../app-dependencies.js';
import { loadSession } from '../auth/sessions.js';
import { AppError } from '../errors.js';

export const sessionCookie = 'polku_session';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the session of every API request, enforces the route's access level and CSRF.
 * State-changing requests must echo the session's CSRF token in x-csrf-token (double submit
 * against a server-side value); the SameSite=Lax cookie is the second layer.
 */
export function registerSessionHook(app: FastifyInstance, deps: AppDependencies): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    void reply.header('cache-control', 'no-store');
    const token = request.cookies[sessionCookie];
    request.session = token ? await loadSession(deps.db, token, deps.now()) : null;
    const access = request.routeOptions.config.access;
    if (access === 'public') return;
    if (!request.session) throw new AppError('unauthenticated');
    if (unsafeMethods.has(request.method) && request.headers['x-csrf-token'] !== request.session.csrfToken) {
      throw new AppError('forbidden');
    }
    if (access !== 'pending' && request.session.stage !== 'active') throw new AppError('mfa_required');
  });
}
