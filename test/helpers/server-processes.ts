import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DEMO_PASSWORD } from './test-database.js';

/**
 * Real server processes (`node --import tsx src/server/main.ts`) on one database, for tests of
 * several processes behind a proxy (issue 16 §4). Each listens on a port of its own (PORT=0: the
 * system's choice, read from its ready line); all share `DATA_DIR`, so an upload written by one is
 * there for the others, as docs/operations.md requires. A check of another shared thing (e.g.
 * live notifications) logs in on one process and watches another: `servers[i].login(…)`.
 */
export interface ServerProcess {
  index: number;
  child: ChildProcess;
  pid: number;
  url: string;
  /** What the process wrote so far (ready line, JSON log at LOG_LEVEL). */
  output(): string;
  login(username: string, password?: string): Promise<ApiClient>;
  /** A login attempt's raw reply (status and body), for rate-limit and lockout checks. */
  tryLogin(username: string, password: string): Promise<{ status: number; body: { error?: { code?: string } } }>;
  /** SIGKILL, as a crash does; resolves once the process has gone. */
  kill(): Promise<void>;
}

export interface ApiClient {
  cookie: string;
  get(path: string): Promise<Response>;
  post(path: string, body?: unknown): Promise<Response>;
  upload(path: string, file: string, fields?: Record<string, string>): Promise<Response>;
}

const READY = /JJLD 已启动：(http:\/\/[^\s（]+)/;

async function startOne(index: number, env: NodeJS.ProcessEnv, readyWithinMs: number): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server ${index} not ready within ${readyWithinMs} ms:\n${out}`)), readyWithinMs);
    const check = () => {
      const match = out.match(READY);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server ${index} exited (${code}) before it was ready:\n${out}`));
    });
  });
  const server: ServerProcess = {
    index,
    child,
    pid: child.pid!,
    url,
    output: () => out,
    async tryLogin(username, password) {
      const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
      return { status: res.status, body: (await res.json().catch(() => ({}))) as { error?: { code?: string } } };
    },
    async login(username, password = DEMO_PASSWORD) {
      const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
      if (res.status !== 200) throw new Error(`login ${username} on server ${index}: ${res.status} ${await res.text()}`);
      const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      return clientOf(url, cookie);
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
  return server;
}

/** A signed-in client of one process; the session cookie works on every process (sessions live in the database). */
export function clientOf(url: string, cookie: string): ApiClient {
  return {
    cookie,
    get: (path) => fetch(`${url}${path}`, { headers: { cookie } }),
    post: (path, body = {}) => fetch(`${url}${path}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    upload: (path, file, fields = {}) => {
      const form = new FormData();
      form.set('file', new Blob([readFileSync(file)]), basename(file));
      for (const [k, v] of Object.entries(fields)) form.set(k, v);
      return fetch(`${url}${path}`, { method: 'POST', headers: { cookie }, body: form });
    },
  };
}

/**
 * Starts `count` server processes on `databaseUrl` (already migrated and seeded, so that they
 * start in parallel without waiting on each other), sharing `dataDir`. Stop them with
 * `stopServers` in afterAll, whatever happened.
 */
export async function startServers(options: { count: number; databaseUrl: string; dataDir: string; env?: NodeJS.ProcessEnv; readyWithinMs?: number }): Promise<ServerProcess[]> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    DATA_DIR: options.dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    JJLD_DEMO: '1',
    JJLD_DEMO_PASSWORD: DEMO_PASSWORD,
    JJLD_DEMO_SAMPLES: '0',
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  delete env.LOG_FILE;
  const started = await Promise.allSettled(Array.from({ length: options.count }, (_, i) => startOne(i, env, options.readyWithinMs ?? 180_000)));
  const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await stopServers(servers);
    throw (failed as PromiseRejectedResult).reason;
  }
  return servers;
}

/** Ends every process still running (SIGKILL: nothing to keep), and waits for them to go. */
export async function stopServers(servers: readonly ServerProcess[]): Promise<void> {
  await Promise.all(servers.map((s) => s.kill()));
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000, everyMs = 200): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
