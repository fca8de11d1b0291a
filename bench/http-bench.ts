/**
 * HTTP throughput of the real server (issue 16 §1): starts `src/server/main.ts` on an existing
 * PostgreSQL database (a clone of jjld_bench_1m, 10^6 samples), logs in as a county, a city and a
 * division officer and drives each route with autocannon, 127.0.0.1 only, bounded in connections
 * and time. Each figure is also given as a ratio to GET /api/health of the same run.
 *
 *   npx tsx bench/http-bench.ts
 *
 *   BENCH_DB_URL        the database (default postgres://postgres@127.0.0.1:5432/jjld_bench_perf)
 *   BENCH_PORT          the server's port (default 3205)
 *   BENCH_DURATION      seconds per case (default 10)
 *   BENCH_CONNECTIONS   comma list (default 10,50)
 *   BENCH_CASES         comma list of case names to run (default all)
 *   BENCH_SERVER_DIR    the checkout whose server runs (default this one; another checkout gives a
 *                       baseline with the same bench)
 *   BENCH_SERVER_ARGS   extra node arguments for the server, e.g. --cpu-prof --cpu-prof-dir=/tmp/prof
 *   BENCH_LOG_LEVEL     LOG_LEVEL of the server (default: unset, warnings only); with
 *                       BENCH_LOG_FILE the per-request lines go to that file
 *
 * Writes bench/out/http-<time>.json and prints a markdown table.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const env = process.env;
const dbUrl = env.BENCH_DB_URL ?? 'postgres://postgres@127.0.0.1:5432/jjld_bench_perf';
const port = Number(env.BENCH_PORT ?? 3205);
const base = `http://127.0.0.1:${port}`;
const duration = Number(env.BENCH_DURATION ?? 10);
const connectionsList = (env.BENCH_CONNECTIONS ?? '10,50').split(',').map(Number);
const only = env.BENCH_CASES ? new Set(env.BENCH_CASES.split(',')) : null;
const password = env.JJLD_DEMO_PASSWORD ?? 'Demo#2026';
const log = (message: string) => process.stderr.write(`[http-bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

interface Case {
  name: string;
  user: 'county' | 'city' | 'division' | null;
  path: string;
}

interface Figure {
  name: string;
  path: string;
  user: string | null;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  ratioToHealth?: number;
}

function startServer(): Promise<ChildProcess> {
  const extra = (env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extra, '--import', 'tsx', 'src/server/main.ts'], {
    cwd: env.BENCH_SERVER_DIR ?? join(import.meta.dirname, '..'),
    env: {
      ...env,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'jjld-http-bench-')),
      DATABASE_URL: dbUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      JJLD_DEMO: '0',
      // Required outside demo mode; the bench reads no complainant.
      JJLD_COMPLAINT_KEY: env.JJLD_COMPLAINT_KEY ?? randomBytes(32).toString('hex'),
      LOG_LEVEL: env.BENCH_LOG_LEVEL ?? '',
      LOG_FILE: env.BENCH_LOG_FILE ?? '',
      // The login limit would refuse the bench's own logins after a few runs in a minute.
      LOGIN_RATE_LIMIT: '1000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (/ready|http:\/\//i.test(chunk.toString())) resolve(child);
    });
  });
}

async function login(username: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return cookie;
}

async function getJson(path: string, cookie: string) {
  const response = await fetch(`${base}${path}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

function run(path: string, cookie: string | null, connections: number): Promise<autocannon.Result> {
  return autocannon({
    url: `${base}${path}`,
    connections,
    duration,
    headers: cookie ? { cookie } : {},
  });
}

async function main() {
  const loadStart = loadavg();
  log(`starting the server on ${dbUrl.replace(/:[^:@/]*@/, '@')}, port ${port}`);
  const server = await startServer();
  try {
    const cookies = {
      county: await login('county-510107'),
      city: await login('city-510100'),
      division: await login(env.BENCH_DIVISION_USER ?? 'div-production'),
    };
    const disposals = (await getJson('/api/disposals?pageSize=1', cookies.county)) as { items: { id: string }[] };
    const disposalId = disposals.items[0]?.id;
    const q = encodeURIComponent('芹菜');
    const cases: Case[] = [
      { name: 'health', user: null, path: '/api/health' },
      { name: 'work-items (county)', user: 'county', path: '/api/work-items' },
      { name: 'samples (county)', user: 'county', path: '/api/samples' },
      { name: 'samples (city)', user: 'city', path: '/api/samples' },
      { name: 'samples (division)', user: 'division', path: '/api/samples' },
      { name: 'samples 不合格 this year (city)', user: 'city', path: `/api/samples?conclusion=unqualified&dateFrom=${new Date().getFullYear()}-01-01` },
      { name: 'samples name search (city)', user: 'city', path: `/api/samples?q=${q}` },
      { name: 'samples name search (county)', user: 'county', path: `/api/samples?q=${q}` },
      ...(disposalId ? [{ name: 'disposal detail (county)', user: 'county' as const, path: `/api/disposals/${disposalId}` }] : []),
      { name: 'escalation board (city)', user: 'city', path: '/api/escalations/board' },
    ].filter((c) => !only || only.has(c.name)) as Case[];
    // Every case answers 200 once before it is measured (a wrong path would measure 404s).
    for (const c of cases) await getJson(c.path, c.user ? cookies[c.user] : '');
    const figures: Figure[] = [];
    for (const connections of connectionsList) {
      let health: number | undefined;
      for (const c of cases) {
        log(`${c.name} × ${connections} connections, ${duration} s`);
        const result = await run(c.path, c.user ? cookies[c.user] : null, connections);
        const figure: Figure = {
          name: c.name,
          path: c.path,
          user: c.user,
          connections,
          requestsPerSecond: Math.round(result.requests.average),
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
        };
        if (c.name === 'health') health = figure.requestsPerSecond;
        if (health) figure.ratioToHealth = Math.round((figure.requestsPerSecond / health) * 1000) / 1000;
        figures.push(figure);
      }
    }
    const loadEnd = loadavg();
    const out = join(import.meta.dirname, 'out');
    mkdirSync(out, { recursive: true });
    const file = join(out, `http-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify({ duration, loadStart, loadEnd, figures }, null, 2));
    console.log(`load average at start ${loadStart.map((l) => l.toFixed(2)).join(' ')}, at end ${loadEnd.map((l) => l.toFixed(2)).join(' ')}\n`);
    console.log('| case | conn. | req/s | p50 ms | p99 ms | errors / non-2xx | ratio to health |');
    console.log('|---|---|---|---|---|---|---|');
    for (const f of figures) {
      console.log(`| ${f.name} | ${f.connections} | ${f.requestsPerSecond} | ${f.p50} | ${f.p99} | ${f.errors} / ${f.non2xx} | ${f.ratioToHealth?.toFixed(3) ?? '–'} |`);
    }
    log(`wrote ${file}`);
  } finally {
    server.removeAllListeners('exit');
    server.kill('SIGINT');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
