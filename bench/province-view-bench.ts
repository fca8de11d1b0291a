/**
 * The province view and the briefing pack at 10^6 samples (issue 11 §3, docs/performance.md
 * "Province view and briefing pack"): p50/p95 of GET /api/dashboard's and GET /api/briefing's use
 * cases for the province and for a city, the results hook's aggregate refresh per batch, and the
 * same-run ratio to one hand-written aggregate query over the samples table.
 *
 *   createdb -h 127.0.0.1 -U postgres -T jjld_bench_1m jjld_bench_h3
 *   npx tsx bench/province-view-bench.ts [database name, default jjld_bench_h3]
 *
 * The clone is migrated first (migration 0027 backfills the aggregates from its samples; timed).
 */
import { sql } from 'drizzle-orm';
import { getDashboard } from '../src/modules/stats/get-dashboard.js';
import { getBriefing } from '../src/modules/stats/briefing/get-briefing.js';
import { rebuildSampleStats } from '../src/modules/stats/rebuild-sample-stats.js';
import { log, postgresDatabase, rawQuery, repeat, timed, userOf } from './lib.js';
import { printRefreshHookTable } from './refresh-hook.js';

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = process.argv[2] ?? 'jjld_bench_h3';
const RUNS = Number(process.env.RUNS ?? 40);

const migrated = await timed(() => postgresDatabase(ADMIN_URL, name, true));
const bench = migrated.value;
const { database } = bench;
log(`migrated ${name} in ${Math.round(migrated.ms)} ms`);
// This server runs with autovacuum off, so the aggregates the migration just filled have no
// statistics; in service autovacuum (or rebuildSampleStats) analyzes them. Measured without, the
// planner estimates ~20 rows for ~10^5 and sorts them on disk: the briefing's category table takes
// ~500 ms instead of ~70 ms.
await rawQuery(database, `ANALYZE sample_stats, sample_stats_area, sample_stat_members`);
const [{ n, max_date }] = await rawQuery<{ n: number; max_date: string }>(database, `SELECT count(*)::int AS n, max(sampling_date)::text AS max_date FROM samples`);
const [{ kept }] = await rawQuery<{ kept: number }>(database, `SELECT coalesce(sum(samples), 0)::int AS kept FROM sample_stats`);
const [{ rows }] = await rawQuery<{ rows: number }>(database, `SELECT count(*)::int AS rows FROM sample_stats`);
log(`${n} samples (latest ${max_date}); aggregates hold ${kept} in ${rows} rows`);
const year = Number(max_date.slice(0, 4));
const quarterFrom = `${year}-01`;
const quarterTo = `${year}-03`;

const leader = await userOf(database, 'province', ['leader']);
const chengdu = await userOf(database, '510100', ['bureau_officer']);
const db = database.db;
const now = new Date(`${max_date}T12:00:00+08:00`);

/** The hand-written baseline: this year's samples and unqualified ones by city, straight from the samples table. */
const baseline = () =>
  db.execute(sql`SELECT substring(region_code from 1 for 4) || '00' AS city, count(*)::int AS samples, (count(*) FILTER (WHERE conclusion = 'unqualified'))::int AS unqualified
    FROM samples WHERE sampling_date >= ${`${year}-01-01`}::date AND sampling_date <= ${`${year}-12-31`}::date GROUP BY 1`);

const cases: [string, () => Promise<unknown>][] = [
  ['baseline: GROUP BY city over samples (year)', baseline],
  ['dashboard 510000 (leader)', () => getDashboard(db, leader, { regionCode: '510000', year }, now)],
  ['dashboard 510100 (leader)', () => getDashboard(db, leader, { regionCode: '510100', year }, now)],
  ['dashboard 510100 (成都 bureau)', () => getDashboard(db, chengdu, { regionCode: '510100', year }, now)],
  ['briefing 510000 quarter (leader)', () => getBriefing(db, leader, { regionCode: '510000', from: quarterFrom, to: quarterTo }, now)],
  ['briefing 510100 quarter (成都 bureau)', () => getBriefing(db, chengdu, { regionCode: '510100', from: quarterFrom, to: quarterTo }, now)],
];

// The cases interleave round by round, so that load on the shared machine hits each alike.
const times = new Map<string, number[]>(cases.map(([label]) => [label, []]));
for (const [, fn] of cases) await repeat(fn, 0, 3);
for (let i = 0; i < RUNS; i++) {
  for (const [label, fn] of cases) {
    const { ms } = await timed(fn);
    times.get(label)!.push(ms);
  }
}
const { stats } = await import('./lib.js');
const base = stats(times.get(cases[0][0])!);
console.log(`\n${n} samples, year ${year}, ${RUNS} runs each (interleaved), PostgreSQL; load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
console.log('| case | p50 ms | p95 ms | p95 ÷ baseline p95 |');
console.log('|---|---|---|---|');
for (const [label] of cases) {
  const s = stats(times.get(label)!);
  console.log(`| ${label} | ${s.p50} | ${s.p95} | ${(s.p95 / base.p95).toFixed(2)} |`);
}

await printRefreshHookTable(database, 'results hook: stats refresh', RUNS);

if (process.env.REBUILD) {
  const rebuilt = await timed(() => rebuildSampleStats(db));
  console.log(`\nstats rebuild: ${rebuilt.value.samples} samples into ${rebuilt.value.rows} rows in ${Math.round(rebuilt.ms)} ms`);
}
await bench.dispose(true);
