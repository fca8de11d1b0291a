/**
 * 考核评价 scores at scale (issue 15, docs/performance.md "Assessment scores"): the scores of
 * every assessed unit (21 cities, 183 counties, the provincial divisions and affiliated units) for
 * a year — every indicator of the year's set, plus the previous year for the trend — against the
 * same-run baseline of one hand-written SQL query of one indicator (disposal.onTime: due in the
 * year, closed by the deadline, per bureau and the city above it).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/jjld_assess_1m npm run cli -- seed --demo --samples 1000000
 *   npx tsx bench/assessment-scores.ts [database name, default jjld_assess_1m]
 */
import { sql } from 'drizzle-orm';
import { computeScores } from '../src/modules/assessment/compute-scores.js';
import { ensureIndicatorSet } from '../src/modules/assessment/indicators.js';
import { log, postgresDatabase, rawQuery, repeat, stats, timed } from './lib.js';

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = process.argv[2] ?? 'jjld_assess_1m';
const RUNS = Number(process.env.RUNS ?? 10);

const bench = await postgresDatabase(ADMIN_URL, name, true);
const { database } = bench;
const db = database.db;
// `seed --demo --samples N` bulk-loads samples only, and working the demo's disposals through the
// use cases runs at ~5 a second (bench/seed-bench-extras.ts). When there are none, one disposal per
// unqualified sample is filled in by SQL for this bench only: due 30 days after sampling, a
// deterministic ~80 % closed (a quarter of them after the deadline), ~2 % voided, ~5 % extended.
const [{ existing }] = await rawQuery<{ existing: number }>(database, `SELECT count(*)::int AS existing FROM disposals`);
if (existing === 0) {
  const filled = await timed(() =>
    rawQuery(
      database,
      `WITH s AS (SELECT id, sample_no, owner_unit_id, (sampling_date + 5)::timestamp AT TIME ZONE 'Asia/Shanghai' AS opened, abs(hashtext(id::text)) % 100 AS h FROM samples WHERE conclusion IN ('unqualified', 'issue'))
       INSERT INTO disposals (id, sample_id, sample_no, kind, owner_unit_id, status, opened_at, rule_id, due_at, original_due_at, closed_at, voided_at)
       SELECT gen_random_uuid(), id, sample_no, 'disposal', owner_unit_id,
         CASE WHEN h < 2 THEN 'voided' WHEN h < 82 THEN 'closed' ELSE 'in_progress' END,
         opened, 'disposal.handling',
         opened + interval '30 days' + CASE WHEN h BETWEEN 90 AND 94 THEN interval '30 days' ELSE interval '0' END,
         opened + interval '30 days',
         CASE WHEN h BETWEEN 2 AND 81 THEN opened + CASE WHEN h % 4 = 0 THEN interval '40 days' ELSE interval '20 days' END END,
         CASE WHEN h < 2 THEN opened + interval '10 days' END
       FROM s`,
    ),
  );
  log(`filled disposals for the bench by SQL in ${Math.round(filled.ms)} ms`);
}
await rawQuery(database, 'ANALYZE');
const [{ n, max_date }] = await rawQuery<{ n: number; max_date: string }>(database, `SELECT count(*)::int AS n, max(sampling_date)::text AS max_date FROM samples`);
const year = Number(max_date.slice(0, 4));
await ensureIndicatorSet(db, year);
const [{ disposals, units }] = await rawQuery<{ disposals: number; units: number }>(
  database,
  `SELECT (SELECT count(*)::int FROM disposals) AS disposals, (SELECT count(*)::int FROM org_units WHERE kind IN ('division', 'affiliated_unit', 'city_bureau', 'county_bureau')) AS units`,
);
log(`${n} samples (latest ${max_date}), ${disposals} disposals, ${units} assessed units, year ${year}`);
const now = new Date(`${max_date}T12:00:00+08:00`);

/** The hand-written baseline: disposal.onTime for every bureau and its city, one query, no framework. */
const baseline = () =>
  db.execute(sql`SELECT u.id, count(*) FILTER (WHERE d.closed_at <= d.due_at) AS on_time, count(*) AS due
    FROM disposals d JOIN org_units o ON o.id = d.owner_unit_id JOIN org_units u ON o.path LIKE u.path || '%' AND u.kind IN ('city_bureau', 'county_bureau')
    WHERE d.status <> 'voided' AND d.due_at >= ${`${year}-01-01T00:00:00+08:00`}::timestamptz AND d.due_at < ${`${year + 1}-01-01T00:00:00+08:00`}::timestamptz
    GROUP BY u.id`);

/** Every assessed unit: the three levels of one request share each computation's figures (as publishing does). */
const allLevels = (trend: boolean) => () => {
  const cache = new Map();
  return Promise.all((['city', 'county', 'division'] as const).map((level) => computeScores(db, { year, level, period: 'year', now, trend }, cache)));
};

const cases: [string, () => Promise<unknown>][] = [
  ['baseline: hand-written disposal.onTime, all bureaus', baseline],
  ['scores: all units, all indicators (no trend)', allLevels(false)],
  ['scores: all units, all indicators, with last year for the trend', allLevels(true)],
  ['scores: cities only, with trend', () => computeScores(db, { year, level: 'city', period: 'year', now })],
];

const times = new Map<string, number[]>(cases.map(([label]) => [label, []]));
for (const [, fn] of cases) await repeat(fn, 0, 2);
for (let i = 0; i < RUNS; i++) {
  for (const [label, fn] of cases) times.get(label)!.push((await timed(fn)).ms);
}
const base = stats(times.get(cases[0][0])!);
console.log(`\n${n} samples, ${disposals} disposals, ${units} units, year ${year}, ${RUNS} runs each (interleaved), PostgreSQL\n`);
console.log('| case | p50 ms | p95 ms | p50 ÷ baseline p50 |');
console.log('|---|---|---|---|');
for (const [label] of cases) {
  const s = stats(times.get(label)!);
  console.log(`| ${label} | ${s.p50} | ${s.p95} | ${(s.p50 / base.p50).toFixed(1)} |`);
}
await bench.dispose(true);
