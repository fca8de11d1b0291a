/**
 * What sharing state between server processes costs (issue 16 §4), on PostgreSQL:
 *
 * 1. a login attempt's rate-limit count (`countAttempt`, one upsert into login_rate_limits) —
 *    the in-memory store it replaces cost nothing measurable;
 * 2. a scheduled job's tick claim and its record (`claimTick` + `finishTick`), once per job and
 *    period, and the same claim raced by three connection pools (three processes) for 200 ticks;
 *
 * each as p50/p95 in ms and as a ratio to hand-written baselines in the same run: a `SELECT 1`
 * round trip and the same upsert written by hand on a bare pg client.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/multiproc-bench.ts
 *
 * Creates and drops its own small database (migrations only, no samples: neither table grows
 * with the samples).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../src/db/client.js';
import { countAttempt } from '../src/modules/auth/login-rate-store.js';
import { claimTick, finishTick } from '../src/modules/schedule/job-ticks.js';
import { log, repeat, type Stats } from './lib.js';

const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) throw new Error('DATABASE_URL is required');
const name = `jjld_bench_multiproc_${randomBytes(3).toString('hex')}`;
const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
const RUNS = Number(process.env.BENCH_RUNS ?? 500);

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

await admin(`CREATE DATABASE ${name}`);
const databases = await Promise.all([1, 2, 3].map(() => openDatabase({ databaseUrl: url, poolSize: 4 })));
const raw = new pg.Client({ connectionString: url });
await raw.connect();
try {
  const db = databases[0].db;
  const rows: { what: string; stats: Stats }[] = [];
  const select1 = await repeat(() => raw.query('SELECT 1'), RUNS);
  rows.push({ what: 'baseline: SELECT 1 (bare pg client)', stats: select1 });
  let key = 0;
  const handUpsert = await repeat(
    () =>
      raw.query(
        `INSERT INTO login_rate_limits (key, window_start, hits) VALUES ($1, clock_timestamp(), 1)
         ON CONFLICT (key) DO UPDATE SET hits = login_rate_limits.hits + 1 RETURNING hits`,
        [`10.0.0.${key++ % 50}|hand`],
      ),
    RUNS,
  );
  rows.push({ what: 'baseline: the upsert by hand (bare pg client)', stats: handUpsert });
  rows.push({ what: 'countAttempt (a login attempt, 50 keys)', stats: await repeat(() => countAttempt(db, `10.0.0.${key++ % 50}|user`, 60_000), RUNS) });
  let tick = 1;
  rows.push({
    what: 'claimTick + finishTick (one tick of one job)',
    stats: await repeat(async () => {
      const t = tick++;
      if (await claimTick(db, 'benchJob', t, 'bench:1')) await finishTick(db, 'benchJob', t, { count: 0 });
    }, RUNS),
  });
  // Three processes racing for each of 200 ticks: one winner per tick.
  let winners = 0;
  const raceStart = performance.now();
  for (let t = 1; t <= 200; t++) {
    const won = await Promise.all(databases.map((d, i) => claimTick(d.db, 'raceJob', t, `bench:${i}`)));
    winners += won.filter(Boolean).length;
  }
  const perTick = (performance.now() - raceStart) / 200;

  const ratio = (s: Stats, base: Stats) => (s.p50 / base.p50).toFixed(2);
  const lines = [
    `| what | p50 ms | p95 ms | p50 ÷ SELECT 1 | p50 ÷ hand upsert |`,
    `|---|---|---|---|---|`,
    ...rows.map((r) => `| ${r.what} | ${r.stats.p50} | ${r.stats.p95} | ${ratio(r.stats, select1)} | ${ratio(r.stats, handUpsert)} |`),
    '',
    `Three pools racing for 200 ticks: ${winners} winners (one per tick expected), ${perTick.toFixed(2)} ms per tick for the three claims.`,
  ];
  console.log(lines.join('\n'));
  if (winners !== 200) process.exitCode = 1;
} finally {
  await raw.end();
  await Promise.all(databases.map((d) => d.close()));
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  log('done');
}
