import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppDependencies } from './app-dependencies.js';
import { authRoutes } from './auth/auth.routes.js';
import { registerErrorHandler } from './errors.js';
import { healthRoutes } from './health.routes.js';
import { clientRoutes } from './features/clients/clients.routes.js';
import { registerSessionHook } from './http/session-hook.js';

const webRoot = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** Log lines carry ids and timings, never request bodies, cookies or personal data. */
const logRedactions = ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'];

export async function buildApp(deps: AppDependencies, options: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: deps.config.logLevel, redact: logRedactions },
    trustProxy: deps.config.trustProxy,
    genReqId: () => randomUUID(),
    bodyLimit: 20 * 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Suomi.fi components and the API docs inject style elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'Polku API', version: '0.1.0', description: 'Polku — employment services platform API' } },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  registerSessionHook(app, deps);

  // One line per feature: the route table of the whole application.
  await app.register(healthRoutes(deps));
  await app.register(authRoutes(deps));
  await app.register(clientRoutes(deps));

  if (existsSync(webRoot)) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false });
    // Client-side routes fall back to the single-page app; unknown API paths stay 404.
    app.get('/*', { schema: { hide: true }, config: { access: 'public' } }, (request, reply) =>
      request.url.startsWith('/api/') ? reply.callNotFound() : reply.sendFile('index.html'),
    );
  }
  return app;
}
