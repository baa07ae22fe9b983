import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const defaultWebRoot = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/**
 * Every environment variable Polku reads, validated once at start-up.
 * A bad value stops the process with one line per problem instead of failing later.
 */
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** A read replica for the dashboards and reports; needs DATABASE_URL (the embedded database has none). */
  POLKU_REPORTS_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  POLKU_DATA_DIR: z.string().min(1).default('./data'),
  /** The built web app the server serves (vite build output). */
  POLKU_WEB_ROOT: z.string().min(1).optional(),
  /** 32 bytes, base64. Encrypts identity codes and protected notes. Generated into the data folder when absent. */
  POLKU_SECRET_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes encoded in base64')
    .optional(),
  POLKU_DEMO_DATA: booleanFlag.default(true),
  POLKU_SECURE_COOKIES: z.enum(['auto', 'true', 'false']).default('auto'),
  POLKU_TRUST_PROXY: booleanFlag.default(false),
  /** Fixed clock (ISO date-time) for demos and end-to-end tests. */
  POLKU_FIXED_NOW: z.iso.datetime({ offset: true }).optional(),
  /** Test-only fixture endpoints under /api/dev. Never enable in production. */
  POLKU_DEV_ENDPOINTS: booleanFlag.default(false),
  /** Login and second-factor attempts per client IP per minute (account lockout is separate). */
  POLKU_LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().optional(),
  /** The SMTP server for outgoing mail, e.g. smtp://user:password@mail.example.fi:587. Without it, a local development sink. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]+/, 'must start with smtp:// or smtps:// and name a host')
    .optional(),
  /** The sender of Polku's mail. */
  MAIL_FROM: z
    .string()
    .regex(/^[^<>]*<[^@\s<>]+@[^@\s<>]+>$|^[^@\s<>]+@[^@\s<>]+$/, 'must be an address, e.g. Polku <polku@example.fi>')
    .default('Polku <polku@localhost>'),
  /** The address people reach Polku at; links in mail (feedback surveys) start with it. */
  POLKU_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Run the background job worker in this process (any number of processes may). */
  POLKU_JOB_WORKER: booleanFlag.default(true),
  /** How often an idle worker looks for due jobs. */
  POLKU_JOB_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(2000),
  /**
   * How old, in minutes, a dashboard figure computed ahead of time may be when it is shown; the
   * background worker keeps the figures in use younger than that. 0 computes every figure on request.
   */
  POLKU_REPORT_FIGURE_MAX_AGE_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(15),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** Where the dashboards and reports read: a read replica, or (undefined) the main database. */
  reportsDatabaseUrl: string | undefined;
  dataDir: string;
  webRoot: string;
  secretKey: string | undefined;
  demoData: boolean;
  secureCookies: 'auto' | 'always' | 'never';
  trustProxy: boolean;
  fixedNow: Date | undefined;
  devEndpoints: boolean;
  loginAttemptsPerMinute: number;
  logLevel: string;
  mail: { smtpUrl: string | undefined; from: string };
  publicUrl: string;
  jobs: { workerEnabled: boolean; pollIntervalMs: number };
  reports: { figureMaxAgeMinutes: number };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

export function readConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const env = parsed.data;
  // The development mail sink is a development dependency; production must name its SMTP server.
  if (env.NODE_ENV === 'production' && !env.SMTP_URL) throw new ConfigError(['SMTP_URL: required when NODE_ENV=production']);
  if (env.POLKU_REPORTS_DATABASE_URL && !env.DATABASE_URL) {
    throw new ConfigError(['POLKU_REPORTS_DATABASE_URL: needs DATABASE_URL (a replica of the PostgreSQL server it names)']);
  }
  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    reportsDatabaseUrl: env.POLKU_REPORTS_DATABASE_URL,
    dataDir: env.POLKU_DATA_DIR,
    webRoot: env.POLKU_WEB_ROOT ? path.resolve(env.POLKU_WEB_ROOT) : defaultWebRoot,
    secretKey: env.POLKU_SECRET_KEY,
    demoData: env.POLKU_DEMO_DATA,
    secureCookies: env.POLKU_SECURE_COOKIES === 'auto' ? 'auto' : env.POLKU_SECURE_COOKIES === 'true' ? 'always' : 'never',
    trustProxy: env.POLKU_TRUST_PROXY,
    fixedNow: env.POLKU_FIXED_NOW ? new Date(env.POLKU_FIXED_NOW) : undefined,
    devEndpoints: env.POLKU_DEV_ENDPOINTS,
    loginAttemptsPerMinute: env.POLKU_LOGIN_ATTEMPTS_PER_MINUTE,
    logLevel: env.LOG_LEVEL,
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    publicUrl: (env.POLKU_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    jobs: { workerEnabled: env.POLKU_JOB_WORKER, pollIntervalMs: env.POLKU_JOB_POLL_MS },
    reports: { figureMaxAgeMinutes: env.POLKU_REPORT_FIGURE_MAX_AGE_MINUTES },
  };
}
