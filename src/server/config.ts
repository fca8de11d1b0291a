import { DEFAULT_DEMO_PASSWORD } from '../modules/demo/seed-demo.js';

/** Everything the server reads from the environment, in one place (docs/operations.md lists it). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** Demo mode seeds demo accounts and data; default on for the embedded database only. */
  demo: boolean;
  demoPassword: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  loginRateLimitPerMinute: number;
  bodyLimitBytes: number;
  logLevel: string;
  webDir: string;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    dataDir: env.DATA_DIR ?? './data',
    databaseUrl,
    demo: flag(env.JJLD_DEMO, !databaseUrl),
    demoPassword: env.JJLD_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    sessionIdleMinutes: Number(env.SESSION_IDLE_MINUTES ?? 30),
    sessionAbsoluteHours: Number(env.SESSION_ABSOLUTE_HOURS ?? 12),
    cookieSecure: flag(env.COOKIE_SECURE, false),
    trustProxy: flag(env.TRUST_PROXY, false),
    loginRateLimitPerMinute: Number(env.LOGIN_RATE_LIMIT ?? 10),
    bodyLimitBytes: Number(env.BODY_LIMIT_BYTES ?? 1_048_576),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDir: env.WEB_DIR ?? new URL('../../dist/web', import.meta.url).pathname,
  };
}
