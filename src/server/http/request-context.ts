import type { FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor.js';
import type { LoadedSession } from '../auth/sessions.js';
import { AppError } from '../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    session: LoadedSession | null;
  }
  interface FastifyContextConfig {
    /** 'public': no session needed; 'pending': a session still owing its second factor is enough. Default: an active session. */
    access?: 'public' | 'pending';
  }
}

export function sessionOf(request: FastifyRequest): LoadedSession {
  if (!request.session) throw new AppError('unauthenticated');
  return request.session;
}

export function actorOf(request: FastifyRequest): Actor {
  const session = sessionOf(request);
  return { userId: session.user.id, memberships: session.memberships };
}
