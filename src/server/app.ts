import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
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
import { devRoutes } from './dev/dev.routes.js';
import { healthRoutes } from './health.routes.js';
import { clientRoutes } from './features/clients/clients.routes.js';
import { clientImportRoutes } from './features/client-import/client-import.routes.js';
import { caseloadRoutes } from './features/caseload/caseload.routes.js';
import { enrolmentRoutes } from './features/enrolments/enrolments.routes.js';
import { programmeRoutes } from './features/programmes/programmes.routes.js';
import { consentRoutes } from './features/consents/consents.routes.js';
import { planRoutes } from './features/plans/plans.routes.js';
import { activityRoutes } from './features/activities/activities.routes.js';
import { referralRoutes } from './features/activities/referrals.routes.js';
import { organisationRoutes } from './features/organisations/organisations.routes.js';
import { userRoutes } from './features/users/users.routes.js';
import { programmeAdminRoutes } from './features/programmes/programmes-admin.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { referenceRoutes } from './reference/reference.routes.js';
import { escoRoutes } from './reference/esco.routes.js';
import { opportunityRoutes } from './features/opportunities/opportunities.routes.js';
import { employerJobRoutes } from './features/opportunities/employer-jobs.routes.js';
import { employerRoutes } from './features/employers/employers.routes.js';
import { industrySectionRoutes } from './features/employers/industry-sections.routes.js';
import { employerImportRoutes } from './features/employers/employer-import.routes.js';
import { proposalRoutes } from './features/proposals/proposals.routes.js';
import { placementRoutes } from './features/placements/placements.routes.js';
import { assignmentRoutes } from './features/assignments/assignments.routes.js';
import { competenceProfileRoutes } from './features/competence-profiles/competence-profiles.routes.js';
import { fidelityRoutes } from './features/fidelity/fidelity.routes.js';
import { benefitFinancingRoutes } from './features/benefit-financing/benefit-financing.routes.js';
import { groupRoutes } from './features/groups/groups.routes.js';
import { esfRoutes } from './features/esf/esf.routes.js';
import { followUpTaskRoutes } from './features/follow-up-tasks/follow-up-tasks.routes.js';
import { reportRoutes } from './features/reports/reports.routes.js';
import { registerSessionHook } from './http/session-hook.js';
import { feedbackRoutes } from './features/feedback/feedback.routes.js';
import { matchingRoutes } from './features/matching/matching.routes.js';
import { registerBackgroundWork } from './jobs/background-work.js';

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
  registerBackgroundWork(app, deps);

  // One line per feature: the route table of the whole application.
  await app.register(healthRoutes(deps));
  await app.register(authRoutes(deps));
  await app.register(clientRoutes(deps));
  await app.register(clientImportRoutes(deps));
  await app.register(programmeRoutes(deps));
  await app.register(enrolmentRoutes(deps));
  await app.register(esfRoutes(deps));
  await app.register(followUpTaskRoutes(deps));
  await app.register(caseloadRoutes(deps));
  await app.register(consentRoutes(deps));
  await app.register(competenceProfileRoutes(deps));
  await app.register(planRoutes(deps));
  await app.register(activityRoutes(deps));
  await app.register(referralRoutes(deps));
  await app.register(organisationRoutes(deps));
  await app.register(userRoutes(deps));
  await app.register(programmeAdminRoutes(deps));
  await app.register(auditRoutes(deps));
  await app.register(referenceRoutes(deps));
  await app.register(escoRoutes(deps));
  await app.register(opportunityRoutes(deps));
  await app.register(employerJobRoutes(deps));
  await app.register(employerRoutes(deps));
  await app.register(industrySectionRoutes(deps));
  await app.register(employerImportRoutes(deps));
  await app.register(assignmentRoutes(deps));
  await app.register(proposalRoutes(deps));
  await app.register(placementRoutes(deps));
  await app.register(matchingRoutes(deps));
  await app.register(reportRoutes(deps));
  await app.register(fidelityRoutes(deps));
  await app.register(benefitFinancingRoutes(deps));
  await app.register(groupRoutes(deps));

  await app.register(feedbackRoutes(deps));

  if (deps.config.devEndpoints) await app.register(devRoutes(deps));

  if (existsSync(deps.config.webRoot)) {
    await app.register(fastifyStatic, { root: deps.config.webRoot, wildcard: false });
    // Client-side routes fall back to the single-page app; unknown API paths stay 404.
    app.get('/*', { schema: { hide: true }, config: { access: 'public' } }, (request, reply) =>
      request.url.startsWith('/api/') ? reply.callNotFound() : reply.sendFile('index.html'),
    );
  }
  return app;
}
