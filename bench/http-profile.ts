/**
 * The profile behind bench/http-bench.ts (issue 16): for each route of that bench, the SQL one
 * request sends (captured at the driver) and each statement's EXPLAIN ANALYZE execution time on
 * the same database. Answers "how many round trips, and which one costs".
 *
 *   BENCH_DB_URL=postgres://postgres@127.0.0.1:5432/jjld_bench_perf npx tsx bench/http-profile.ts
 *   BENCH_PLANS=1 also prints each plan.
 */
import { openDatabase } from '../src/db/client.js';
import { loadConfig } from '../src/server/config.js';
import { buildApp } from '../src/server/app.js';
import { captureQueries, explain, type CapturedQuery } from './lib.js';

const dbUrl = process.env.BENCH_DB_URL ?? 'postgres://postgres@127.0.0.1:5432/jjld_bench_perf';
const database = await openDatabase({ databaseUrl: dbUrl });
const config = { ...loadConfig({}), demo: false, loginRateLimitPerMinute: 1000 };
const app = await buildApp(database, config, { logger: false });

async function login(username: string) {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'Demo#2026' } });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.body}`);
  return res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

const cookies = { county: await login('county-510107'), city: await login('city-510100'), division: await login('div-production') };
const disposal = (await app.inject({ url: '/api/disposals?pageSize=1', headers: { cookie: cookies.county } })).json().items[0]?.id;
const cases: [string, keyof typeof cookies, string][] = [
  ['work-items (county)', 'county', '/api/work-items'],
  ['samples (county)', 'county', '/api/samples'],
  ['samples (city)', 'city', '/api/samples'],
  ['samples (division)', 'division', '/api/samples'],
  ['samples 不合格 this year (city)', 'city', `/api/samples?conclusion=unqualified&dateFrom=${new Date().getFullYear()}-01-01`],
  ['samples name search (city)', 'city', `/api/samples?q=${encodeURIComponent('芹菜')}`],
  ['disposal detail (county)', 'county', `/api/disposals/${disposal}`],
  ['escalation board (city)', 'city', '/api/escalations/board'],
];
const only = process.env.BENCH_CASES ? new Set(process.env.BENCH_CASES.split(',')) : null;
for (const [name, who, url] of cases) {
  if (only && !only.has(name)) continue;
  // Warm: the session lookup and the plan caches as in a running server.
  await app.inject({ url, headers: { cookie: cookies[who] } });
  let status = 0;
  const started = performance.now();
  const queries: CapturedQuery[] = await captureQueries(database, async () => {
    status = (await app.inject({ url, headers: { cookie: cookies[who] } })).statusCode;
  });
  const wall = performance.now() - started;
  console.log(`\n## ${name} — ${status}, ${queries.length} statements, ${wall.toFixed(1)} ms in process`);
  for (const q of queries) {
    if (!/^\s*select/i.test(q.text)) {
      console.log(`- (not explained) ${q.text.slice(0, 100)}`);
      continue;
    }
    const plan = await explain(database, q);
    const ms = /Execution Time: ([\d.]+)/.exec(plan)?.[1];
    console.log(`- ${ms} ms  ${q.text.replace(/\s+/g, ' ').slice(0, 160)}`);
    if (process.env.BENCH_PLANS) console.log(plan);
  }
}
await app.close();
await database.close();
