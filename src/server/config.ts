import { DEFAULT_DEMO_PASSWORD, DEFAULT_DEMO_SAMPLES } from '../modules/demo/seed-demo.js';
import { isPasswordStrong } from '../domain/password-policy.js';
import { join } from 'node:path';
import { DEV_COMPLAINT_KEY, parseComplaintKey } from '../modules/complaints/personal-data-cipher.js';

/** Everything the server reads from the environment, in one place (docs/operations.md lists it). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** Demo mode seeds demo accounts and data; default on for the embedded database only. */
  demo: boolean;
  demoPassword: string;
  /** Synthetic samples demo mode generates on the first seed (0: none). */
  demoSamples: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  cookieSecure: boolean;
  /** false, a hop count, or a list of proxy addresses/CIDRs (never blanket trust of any hop). */
  trustProxy: boolean | number | string;
  loginRateLimitPerMinute: number;
  /** Requests per minute one client may make of the open data API (GET /open/v1/…). */
  openDataRateLimitPerMinute: number;
  bodyLimitBytes: number;
  /** Level of the JSON log (pino); see logging.ts for where it goes. */
  logLevel: string;
  /** LOG_FILE: the JSON log is appended there instead of the console. */
  logFile?: string;
  /** LOG_LEVEL was set without LOG_FILE: the JSON log goes to stdout. */
  logToConsole: boolean;
  /** Largest accepted import file. */
  importMaxBytes: number;
  /** Where uploads wait for their import job (under DATA_DIR). */
  uploadDir: string;
  webDir: string;
  /**
   * CHECK_REPLIES: check every JSON reply against its route's reply contract (src/contracts/) and
   * answer 500 on drift. On in tests and `npm run dev`; off by default, as it costs a serialisation
   * and a parse per request.
   */
  checkReplies: boolean;
  /** JOB_INTERVALS ("name=ms,…"): scheduled jobs run at these periods instead of their manifest's (tests). */
  jobIntervals: Record<string, number>;
  /**
   * JJLD_COMPLAINT_KEY: the AES-256 key (64 hex digits or base64 of 32 bytes) that encrypts
   * complainants' names and phones. Required outside demo and test mode; there a fixed development
   * key stands in and the start-up warns (`complaintKeyIsDev`).
   */
  complaintKey: Buffer;
  complaintKeyIsDev: boolean;
  /**
   * JJLD_COMPLAINT_KEY_PREVIOUS: keys being retired, comma-separated, still read until
   * `npm run cli -- complaints rekey` re-encrypts their values under the current key.
   */
  complaintPreviousKeys: Buffer[];
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function trustProxy(value: string | undefined): boolean | number | string {
  if (!value || ['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
  // "1"/"true" means one proxy in front (the usual nginx): trust one hop, not every hop.
  if (['true', 'yes', 'on'].includes(value.toLowerCase())) return 1;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

function nonNegativeInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`configuration: ${name} must be a whole number ≥ 0, got "${raw}"`);
  return value;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function logLevel(value: string | undefined): string {
  if (value === undefined || value === '') return 'info';
  if (!LOG_LEVELS.includes(value)) throw new Error(`configuration: LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`);
  return value;
}

function port(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const parsed = Number(value);
  // 0 asks the system for a free port (the ready line shows the one it got).
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new Error(`configuration: PORT must be a port number 0–65535, got "${value}"`);
  return parsed;
}

function jobIntervals(value: string | undefined): Record<string, number> {
  const intervals: Record<string, number> = {};
  for (const part of (value ?? '').split(',').filter((p) => p.trim() !== '')) {
    const [name, ms] = part.split('=').map((s) => s.trim());
    if (!name || !Number.isInteger(Number(ms)) || Number(ms) <= 0) throw new Error(`configuration: JOB_INTERVALS must be name=milliseconds,…, got "${value}"`);
    intervals[name] = Number(ms);
  }
  return intervals;
}

function previousComplaintKeys(env: NodeJS.ProcessEnv): Buffer[] {
  return (env.JJLD_COMPLAINT_KEY_PREVIOUS ?? '')
    .split(',')
    .map((raw) => raw.trim())
    .filter(Boolean)
    .map((raw) => {
      const key = parseComplaintKey(raw);
      if (!key) throw new Error('configuration: each key of JJLD_COMPLAINT_KEY_PREVIOUS must be 32 bytes, as 64 hex digits or base64');
      return key;
    });
}

function complaintKey(env: NodeJS.ProcessEnv, demo: boolean, required: boolean): { complaintKey: Buffer; complaintKeyIsDev: boolean } {
  const raw = env.JJLD_COMPLAINT_KEY;
  if (raw) {
    const key = parseComplaintKey(raw);
    if (!key) throw new Error('configuration: JJLD_COMPLAINT_KEY must be 32 bytes, as 64 hex digits or base64 (e.g. `openssl rand -hex 32`)');
    return { complaintKey: key, complaintKeyIsDev: false };
  }
  // Personal data must not be encrypted under a published key in production.
  if (required && !demo && env.NODE_ENV !== 'test') {
    throw new Error('configuration: JJLD_COMPLAINT_KEY is required outside demo mode (it encrypts complainants\' personal data; create one with `openssl rand -hex 32`)');
  }
  return { complaintKey: DEV_COMPLAINT_KEY, complaintKeyIsDev: true };
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`configuration: ${name} must be a positive integer, got "${raw}"`);
  return value;
}

/**
 * `requireComplaintKey: false` for the CLI, which never shows a complainant: its commands (users,
 * seeds, imports, intake keys) must not need the key; a configured key is still used.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: { requireComplaintKey?: boolean } = {}): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  const demoPassword = env.JJLD_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
  if (!isPasswordStrong(demoPassword)) {
    throw new Error('configuration: JJLD_DEMO_PASSWORD must have at least 8 characters from 3 of: lower case, upper case, digits, symbols');
  }
  const demo = flag(env.JJLD_DEMO, !databaseUrl);
  return {
    port: port(env.PORT),
    host: env.HOST ?? '127.0.0.1',
    dataDir: env.DATA_DIR ?? './data',
    databaseUrl,
    demo,
    demoPassword,
    demoSamples: nonNegativeInt(env, 'JJLD_DEMO_SAMPLES', DEFAULT_DEMO_SAMPLES),
    sessionIdleMinutes: positiveInt(env, 'SESSION_IDLE_MINUTES', 30),
    sessionAbsoluteHours: positiveInt(env, 'SESSION_ABSOLUTE_HOURS', 12),
    cookieSecure: flag(env.COOKIE_SECURE, false),
    trustProxy: trustProxy(env.TRUST_PROXY),
    loginRateLimitPerMinute: positiveInt(env, 'LOGIN_RATE_LIMIT', 10),
    openDataRateLimitPerMinute: positiveInt(env, 'OPEN_DATA_RATE_LIMIT', 600),
    bodyLimitBytes: positiveInt(env, 'BODY_LIMIT_BYTES', 1_048_576),
    logLevel: logLevel(env.LOG_LEVEL),
    logFile: env.LOG_FILE || undefined,
    logToConsole: Boolean(env.LOG_LEVEL) && !env.LOG_FILE,
    importMaxBytes: positiveInt(env, 'IMPORT_MAX_BYTES', 100 * 1024 * 1024),
    uploadDir: join(env.DATA_DIR ?? './data', 'uploads'),
    webDir: env.WEB_DIR ?? new URL('../../dist/web', import.meta.url).pathname,
    checkReplies: flag(env.CHECK_REPLIES, false),
    jobIntervals: jobIntervals(env.JOB_INTERVALS),
    ...complaintKey(env, demo, options.requireComplaintKey ?? true),
    complaintPreviousKeys: previousComplaintKeys(env),
  };
}
