import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  loginRequest,
  passwordChangeRequest,
  sessionResponse,
  totpRequest,
  totpSetupResponse,
  type SessionResponse,
} from '../../contract/auth.js';
import { locales, okResponse, type Locale } from '../../contract/common.js';
import type { AppDependencies } from '../app-dependencies.js';
import { sessionOf } from '../http/request-context.js';
import { sessionCookie } from '../http/session-hook.js';
import { changePassword, completeTotp, enableTotp, login, logout, startTotpSetup } from './auth.service.js';
import { absoluteTimeoutMs, loadSession, type LoadedSession } from './sessions.js';

function toSessionResponse(session: LoadedSession): SessionResponse {
  return {
    user: {
      id: session.user.id,
      email: session.user.email,
      name: session.user.name,
      locale: (locales as readonly string[]).includes(session.user.locale) ? (session.user.locale as Locale) : 'fi',
      totpEnabled: session.user.totpEnabled,
    },
    memberships: session.memberships,
    stage: session.stage,
    csrfToken: session.csrfToken,
    expiresAt: session.absoluteExpiresAt.toISOString(),
  };
}

export function authRoutes(deps: AppDependencies) {
  const secure = (reply: FastifyReply) =>
    deps.config.secureCookies === 'always' || (deps.config.secureCookies === 'auto' && reply.request.protocol === 'https');

  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['auth'];
    const loginRateLimit = { max: deps.config.loginAttemptsPerMinute, timeWindow: '1 minute' };

    routes.post(
      '/api/auth/login',
      {
        schema: { tags, body: loginRequest, response: { 200: sessionResponse } },
        config: { access: 'public', rateLimit: loginRateLimit },
      },
      async (request, reply) => {
        // A new token at every login: a session fixed before login is never promoted.
        const token = await login(deps, request.body.email, request.body.password, { requestId: request.id });
        void reply.setCookie(sessionCookie, token, {
          httpOnly: true,
          sameSite: 'lax',
          secure: secure(reply),
          path: '/',
          maxAge: absoluteTimeoutMs / 1000,
        });
        const session = await loadSession(deps.db, token, deps.now());
        return toSessionResponse(session!);
      },
    );

    routes.get(
      '/api/auth/session',
      { schema: { tags, response: { 200: sessionResponse } }, config: { access: 'pending' } },
      async (request) => toSessionResponse(sessionOf(request)),
    );

    routes.post(
      '/api/auth/totp',
      { schema: { tags, body: totpRequest, response: { 200: sessionResponse } }, config: { access: 'pending', rateLimit: loginRateLimit } },
      async (request) => {
        await completeTotp(deps, sessionOf(request), request.body.code, { requestId: request.id });
        return toSessionResponse({ ...sessionOf(request), stage: 'active' });
      },
    );

    routes.post(
      '/api/auth/totp/setup',
      { schema: { tags, response: { 200: totpSetupResponse } }, config: { access: 'pending' } },
      async (request) => startTotpSetup(deps, sessionOf(request)),
    );

    routes.post(
      '/api/auth/totp/enable',
      { schema: { tags, body: totpRequest, response: { 200: sessionResponse } }, config: { access: 'pending', rateLimit: loginRateLimit } },
      async (request) => {
        await enableTotp(deps, sessionOf(request), request.body.code, { requestId: request.id });
        const session = sessionOf(request);
        return toSessionResponse({ ...session, stage: 'active', user: { ...session.user, totpEnabled: true } });
      },
    );

    routes.post('/api/auth/password', { schema: { tags, body: passwordChangeRequest, response: { 200: okResponse } } }, async (request) => {
      await changePassword(deps, sessionOf(request), request.body.currentPassword, request.body.newPassword, { requestId: request.id });
      return { ok: true as const };
    });

    routes.post(
      '/api/auth/logout',
      { schema: { tags, response: { 200: okResponse } }, config: { access: 'pending' } },
      async (request, reply) => {
        await logout(deps, sessionOf(request), { requestId: request.id });
        void reply.clearCookie(sessionCookie, { path: '/' });
        return { ok: true as const };
      },
    );
  };
}
