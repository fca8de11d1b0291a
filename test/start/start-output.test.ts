import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_SEEDING_LINE } from '../../src/server/start-up-messages.js';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'jjld-start-'));
const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

const READY = /^JJLD 已启动：(http:\/\/127\.0\.0\.1:\d+)  演示账号 admin、leader.*密码 Demo#2026（全部账号见 README\.md）$/;

interface Started {
  url: string;
  stdout: () => string;
  stderr: () => string;
  stop: () => Promise<number | null>;
}

/**
 * The server as `npm start` runs it (after the web build), on an embedded database of its own
 * and a free port. Resolves when the ready line is on stdout: no timing assumptions.
 */
function startServer(extraEnv: NodeJS.ProcessEnv): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: join(work, 'data'), PORT: '0', JJLD_DEMO_SAMPLES: '300', ...extraEnv };
  for (const name of ['DATABASE_URL', 'JJLD_DEMO', 'JJLD_DEMO_PASSWORD', 'HOST', 'NODE_OPTIONS']) delete env[name];
  for (const name of ['LOG_LEVEL', 'LOG_FILE']) if (!(name in extraEnv)) delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => { running.delete(child); done(code); }));
  return new Promise((resolveStarted, reject) => {
    const check = () => {
      const url = stdout.split('\n').map((line) => READY.exec(line)?.[1]).find(Boolean);
      if (!url) return;
      child.stdout!.off('data', check);
      resolveStarted({
        url,
        stdout: () => stdout,
        stderr: () => stderr,
        stop: () => { child.kill('SIGTERM'); return exited; },
      });
    };
    child.stdout!.on('data', check);
    void exited.then((code) => reject(new Error(`server exited (${code}) before its ready line\nstdout:\n${stdout}\nstderr:\n${stderr}`)));
  });
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

// Each start opens PGlite; the first also seeds a demo province: generous on a loaded machine.
describe('npm start on the console', { timeout: 300_000 }, () => {
  it('prints a progress line while it seeds, then one line with the address and the demo accounts', async () => {
    const server = await startServer({});
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect((await fetch(`${server.url}/api/no-such-thing`)).status).toBe(404);
    expect(await server.stop()).toBe(0);
    expect(lines(server.stdout())).toEqual([expect.stringMatching(READY)]);
    // No JSON log lines (requests, jobs, shutdown) and no build or seeding chatter.
    expect(lines(server.stderr())).toEqual([DEMO_SEEDING_LINE]);
  });

  it('with LOG_FILE, appends the JSON log to that file and still prints only the ready line', async () => {
    const logFile = join(work, 'logs', 'jjld.log');
    const server = await startServer({ LOG_FILE: logFile });
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(await server.stop()).toBe(0);
    expect(lines(server.stdout())).toEqual([expect.stringMatching(READY)]);
    expect(server.stderr()).toBe(''); // already seeded: nothing to wait for
    expect(existsSync(logFile)).toBe(true);
    const entries = lines(readFileSync(logFile, 'utf8')).map((line) => JSON.parse(line) as { level: number; msg: string; req?: { url: string } });
    expect(entries.some((e) => e.msg === `JJLD ready at ${server.url}`)).toBe(true);
    expect(entries.some((e) => e.msg === 'request completed' && e.req?.url === '/api/health')).toBe(true);
    expect(entries.some((e) => e.msg === 'shutting down')).toBe(true);
  });

  it('with LOG_LEVEL=debug, writes the JSON log on stdout as well', async () => {
    const server = await startServer({ LOG_LEVEL: 'debug' });
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(await server.stop()).toBe(0);
    const out = lines(server.stdout());
    expect(out.filter((line) => READY.test(line))).toHaveLength(1);
    const json = out.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { msg: string });
    expect(json.some((e) => e.msg === 'request completed')).toBe(true);
  });
});
