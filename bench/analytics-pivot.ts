/**
 * The analytics explorer's pivots (issue 12 §1, docs/performance.md "Analytics explorer"): p50/p95
 * of getPivot for typical views and readers, against the same-run hand-written GROUP BY over the
 * samples table that answers the same question (ratio), plus the cubes' sizes, the rebuild and the
 * results hook's refresh per batch (which now also keeps the cubes).
 *
 *   npx tsx bench/analytics-pivot.ts [database name, default jjld_bench_analytics]
 *
 * Reuses the database when it holds samples (BENCH_SAMPLES to generate into a fresh one, default
 * 100 000; the 10^6 database of earlier runs, jjld_bench_1m, is used as a clone when it exists:
 * `createdb -T jjld_bench_1m jjld_bench_analytics` first).
 */
import { sql } from 'drizzle-orm';
import { getPivot, type PivotRequest } from '../src/modules/analytics/get-pivot.js';
import { rebuildSampleStats } from '../src/modules/stats/rebuild-sample-stats.js';
import { seedSyntheticSamples } from '../src/modules/demo/synthetic/seed-samples.js';
import type { SessionUser } from '../src/modules/access/actor.js';
import { log, postgresDatabase, rawQuery, stats, timed, userOf } from './lib.js';
import { printRefreshHookTable } from './refresh-hook.js';

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = process.argv[2] ?? 'jjld_bench_analytics';
const RUNS = Number(process.env.RUNS ?? 40);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 100_000);

const bench = await postgresDatabase(ADMIN_URL, name, true);
const { database } = bench;
const db = database.db;
let [{ n }] = await rawQuery<{ n: number }>(database, `SELECT count(*)::int AS n FROM samples`);
if (n === 0) {
  log(`generating ${SAMPLES} samples into ${name}`);
  const generated = await timed(() => seedSyntheticSamples(db, { samples: SAMPLES }));
  log(`generated in ${Math.round(generated.ms)} ms`);
  n = SAMPLES;
}
// The bulk load bypasses the results hook: rebuild the aggregates (as the demo and the CLI do), timed.
// BENCH_REBUILD=0 skips it on a clone whose aggregates are current (seeded by the CLI, which rebuilds; migrated).
const rebuilt = process.env.BENCH_REBUILD === '0' ? { ms: NaN } : await timed(() => rebuildSampleStats(db));
await rawQuery(database, 'VACUUM ANALYZE');
const sizes = await rawQuery<{ t: string; rows: number; size: string }>(
  database,
  `SELECT relname AS t, n_live_tup::int AS rows, pg_size_pretty(pg_total_relation_size(relid)) AS size FROM pg_stat_user_tables
   WHERE relname IN ('samples', 'result_items', 'sample_stats', 'sample_stat_members', 'analytics_cube', 'analytics_item_cube', 'analytics_item_members') ORDER BY relname`,
);
const [{ max_date }] = await rawQuery<{ max_date: string }>(database, `SELECT max(sampling_date)::text AS max_date FROM samples`);
const year = max_date.slice(0, 4);
log(`${n} samples (latest ${max_date}); rebuild ${Math.round(rebuilt.ms)} ms`);

const leader = await userOf(database, 'province', ['leader']);
const chengdu = await userOf(database, '510100', ['bureau_officer']);
const production = await userOf(database, 'production', ['division_officer']);
const [{ root }] = await rawQuery<{ root: string }>(database, `SELECT id AS root FROM food_categories WHERE level = 1 AND name = '食用农产品'`);
const [{ sub }] = await rawQuery<{ sub: string }>(database, `SELECT id AS sub FROM food_categories WHERE parent_id = $1 ORDER BY sort_order LIMIT 1`, [root]);
const period = { from: `${year}-01`, to: `${year}-12` };
const pivot = (user: SessionUser, request: Omit<PivotRequest, 'from' | 'to'> & Partial<PivotRequest>) => () => getPivot(db, user, { ...period, ...request });

/** The hand-written answers, straight from the samples table (the baselines). */
const byCityAndLink = () =>
  db.execute(sql`SELECT substring(region_code from 1 for 4) || '00' AS city, link, count(*)::int AS samples,
      (count(*) FILTER (WHERE conclusion = 'unqualified'))::int AS unqualified, (count(*) FILTER (WHERE conclusion = 'issue'))::int AS issue
    FROM samples WHERE sampling_date >= ${`${year}-01-01`}::date AND sampling_date <= ${`${year}-12-31`}::date GROUP BY 1, 2`);
const byItemAndCity = () =>
  db.execute(sql`SELECT coalesce(ti.name, ri.item_name) AS item, substring(s.region_code from 1 for 4) || '00' AS city, count(DISTINCT s.id)::int AS samples,
      (count(DISTINCT s.id) FILTER (WHERE ri.judgement IN ('unqualified', 'issue') AND s.conclusion = 'unqualified'))::int AS unqualified
    FROM samples s JOIN result_items ri ON ri.sample_id = s.id AND ri.effective LEFT JOIN test_items ti ON ti.id = ri.test_item_id
    WHERE s.sampling_date >= ${`${year}-01-01`}::date AND s.sampling_date <= ${`${year}-12-31`}::date GROUP BY 1, 2`);

const cases: [string, () => Promise<unknown>][] = [
  ['baseline A: GROUP BY city × link over samples (year)', byCityAndLink],
  ['baseline B: GROUP BY item × city over samples ⋈ result_items (year)', byItemAndCity],
  ['pivot city × link (leader)', pivot(leader, { rows: 'city', columns: 'link' })],
  ['pivot category(大类) × month (leader)', pivot(leader, { rows: 'category', columns: 'month' })],
  ['pivot category level 3 under 食用农产品 亚类 × city (leader)', pivot(leader, { rows: 'category', columns: 'city', categoryLevel: 3, categoryId: sub })],
  ['pivot item × city (leader)', pivot(leader, { rows: 'item', columns: 'city' })],
  ['pivot lab × enterprise kind (leader)', pivot(leader, { rows: 'lab', columns: 'enterpriseKind' })],
  ['pivot county × quarter (成都 bureau)', pivot(chengdu, { rows: 'county', columns: 'quarter' })],
  ['pivot county × samplingType, 3 years (成都 bureau)', pivot(chengdu, { rows: 'county', columns: 'samplingType', from: `${Number(year) - 2}-01` })],
  ['pivot category × link (生产处)', pivot(production, { rows: 'category', columns: 'link' })],
  ['rates by city (leader)', pivot(leader, { rows: 'city' })],
];

// Interleaved round by round, so load on the shared machine hits every case alike.
const times = new Map<string, number[]>(cases.map(([label]) => [label, []]));
for (const [, fn] of cases) for (let i = 0; i < 3; i++) await fn();
for (let i = 0; i < RUNS; i++) {
  for (const [label, fn] of cases) {
    const { ms } = await timed(fn);
    times.get(label)!.push(ms);
  }
}
const baseA = stats(times.get(cases[0][0])!);
const baseB = stats(times.get(cases[1][0])!);
console.log(`\n${n} samples, year ${year}, ${RUNS} runs each (interleaved), PostgreSQL; load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
console.log('| case | p50 ms | p95 ms | p95 ÷ baseline A p95 | p95 ÷ baseline B p95 |');
console.log('|---|---|---|---|---|');
for (const [label] of cases) {
  const s = stats(times.get(label)!);
  console.log(`| ${label} | ${s.p50} | ${s.p95} | ${(s.p95 / baseA.p95).toFixed(3)} | ${(s.p95 / baseB.p95).toFixed(3)} |`);
}
console.log(`\nrebuild (sample_stats and both cubes, one transaction): ${Number.isNaN(rebuilt.ms) ? 'skipped (BENCH_REBUILD=0)' : `${Math.round(rebuilt.ms)} ms`}`);
console.log('\n| table | rows | size |\n|---|---|---|');
for (const s of sizes) console.log(`| ${s.t} | ${s.rows} | ${s.size} |`);

await printRefreshHookTable(database, 'results hook: stats and cubes refresh', RUNS);
await bench.dispose(process.env.BENCH_KEEP === '1');
