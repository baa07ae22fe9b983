import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDependencies } from '../app-dependencies.js';
import { feedbackJobHandlers } from '../features/feedback/feedback-jobs.js';
import { reportJobHandlers } from '../features/reports/figure-refresh.js';
import { createMailChannel } from '../mail/mail-channel.js';
import type { MessageChannel } from '../mail/message-channel.js';
import { createJobWorker, type JobHandler, type JobLog, type JobWorker } from './job-worker.js';

export type BackgroundWork = {
  mail: MessageChannel;
  worker: JobWorker;
  handlers: Record<string, JobHandler>;
  close: () => Promise<void>;
};

declare module 'fastify' {
  interface FastifyInstance {
    /** The job worker and mail channel of this process; main.ts starts the worker, tests drive it. */
    background: BackgroundWork;
  }
}

/** Every job kind's handler: one line per feature. */
function allHandlers(deps: AppDependencies, mail: MessageChannel): Record<string, JobHandler> {
  return { ...feedbackJobHandlers(deps, mail), ...reportJobHandlers(deps) };
}

export function createBackgroundWork(
  deps: AppDependencies,
  options: { mail?: MessageChannel; log: JobLog; workerId?: string; leaseMs?: number },
): BackgroundWork {
  const mail = options.mail ?? createMailChannel(deps.config, { log: options.log, now: () => deps.now() });
  const handlers = allHandlers(deps, mail);
  const worker = createJobWorker({
    db: deps.db,
    // deps.now is read at every step: the development clock endpoint may replace it.
    now: () => deps.now(),
    handlers,
    pollIntervalMs: deps.config.jobs.pollIntervalMs,
    workerId: options.workerId,
    leaseMs: options.leaseMs,
    log: options.log,
  });
  return {
    mail,
    worker,
    handlers,
    close: async () => {
      await worker.stop();
      await mail.close();
    },
  };
}

const receivedMail = z.object({
  items: z.array(
    z.object({ from: z.string(), to: z.string(), subject: z.string(), messageId: z.string(), text: z.string(), receivedAt: z.string() }),
  ),
});

/**
 * Gives the app its background work (not started: main.ts starts the worker when configured),
 * stops it when the app closes, and with the development endpoints lets browser tests read
 * what the development mail sink received.
 */
export function registerBackgroundWork(app: FastifyInstance, deps: AppDependencies): void {
  const log: JobLog = {
    info: (message) => app.log.info(message),
    warn: (message) => app.log.warn(message),
    error: (message) => app.log.error(message),
  };
  const mail = createMailChannel(deps.config, { log, now: () => deps.now() });
  const background = createBackgroundWork(deps, { mail, log });
  app.decorate('background', background);
  app.addHook('onClose', () => background.close());
  if (!deps.config.devEndpoints) return;
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/api/dev/mail', { schema: { hide: true, response: { 200: receivedMail } }, config: { access: 'public' } }, () => ({
      items: mail.receivedInDevelopment(),
    }));
}
