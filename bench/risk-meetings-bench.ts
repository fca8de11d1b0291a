/**
 * The "321" completeness matrix (issue 11 §1) on PostgreSQL with 10^6 samples: 183 counties × 12
 * months for a year, as `GET /api/risk-meetings/matrix` computes it (`complianceMatrix`, the
 * leader's scope: every county), against two hand-written baselines in the same run:
 *   A. one SQL query computing the same statuses (units × generated months, LEFT JOIN meetings);
 *   B. one aggregate over the samples table (unqualified per city in the year), the issue's
 *      calibration query.
 * The database is a clone of the performance helper's jjld_bench_1m (never written to itself):
 *   createdb -T jjld_bench_1m jjld_bench_riskmeet; this script makes it when missing, migrates it
 *   (migration 0025), and fills a year of meetings for every obliged unit (about 90 % held, 5 %
 *   late, the rest missing) with one INSERT … SELECT.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/risk-meetings-bench.ts
 *   BENCH_RM_DB (default jjld_bench_riskmeet), BENCH_RM_RUNS (default 200), BENCH_RM_YEAR (default 2025)
 */
import { loadavg } from 'node:os';
import pg from 'pg';
import { openDatabase } from '../src/db/client.js';
import { prepareDatabase } from '../src/server/prepare-database.js';
import { complianceMatrix } from '../src/modules/risk-meetings/compliance.js';
import { log, rawQuery, repeat, userOf } from './lib.js';

const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = process.env.BENCH_RM_DB ?? 'jjld_bench_riskmeet';
const runs = Number(process.env.BENCH_RM_RUNS ?? 200);
const year = Number(process.env.BENCH_RM_YEAR ?? 2025);

async function cloneDatabase() {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount! > 0;
  for (let attempt = 0; !exists && attempt < 30; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE jjld_bench_1m`);
      break;
    } catch (e) {
      // The template is busy while someone else is connected to it: wait and retry.
      log(`clone: ${(e as Error).message}; retrying`);
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main() {
  const url = await cloneDatabase();
  const database = await openDatabase({ databaseUrl: url, poolSize: 4 });
  await prepareDatabase(database, { demo: false, demoPassword: 'Bench#2026x', demoSamples: 0 });
  const [{ samples }] = await rawQuery<{ samples: number }>(database, 'SELECT count(*)::int AS samples FROM samples');
  const [{ meetings }] = await rawQuery<{ meetings: number }>(database, `SELECT count(*)::int AS meetings FROM risk_meetings WHERE period_start BETWEEN '${year}-01-01' AND '${year}-12-31'`);
  if (meetings === 0) {
    log('filling a year of meetings');
    // Per unit and period of its level: a stable pseudo-random roll decides held (90 %), late (5 %), missing.
    await rawQuery(
      database,
      `INSERT INTO risk_meetings (id, unit_id, level, period_start, period_end, late, held_on, form, title, summary, participants, sources, risks)
       SELECT gen_random_uuid(), u.id, r.level, p.start, (p.start + make_interval(months => r.period_months) - interval '1 day')::date,
              roll >= 0.90, CASE WHEN roll >= 0.90 THEN (p.start + make_interval(months => r.period_months))::date + 3 ELSE p.start + 10 END,
              'meeting', u.name || '风险研判', '基准测试', '{"units":[],"people":[]}'::jsonb, '["sampling"]'::jsonb, '[]'::jsonb
       FROM risk_meeting_rules r
       JOIN org_units u ON u.kind IN (SELECT jsonb_array_elements_text(r.unit_kinds))
       CROSS JOIN LATERAL (SELECT (make_date($1, 1, 1) + make_interval(months => m))::date AS start FROM generate_series(0, 11, r.period_months) m) p
       CROSS JOIN LATERAL (SELECT ('x' || substr(md5(u.id::text || p.start::text), 1, 8))::bit(32)::bigint / 4294967296.0 AS roll) x
       WHERE roll < 0.95`,
      [year],
    );
  }
  const leader = await userOf(database, 'province', ['leader']);
  const now = new Date(`${year + 1}-01-15T12:00:00+08:00`);
  const matrix = await complianceMatrix(database.db, leader, 'county', year, now);
  log(`matrix: ${matrix.rows.length} counties × ${matrix.periods.length} periods, rate ${matrix.rates.rate}`);

  const baselineMatrix = `
    SELECT u.id, u.name, u.region_code, p.start,
           CASE WHEN bool_or(NOT m.late) THEN 'held' WHEN bool_or(m.late) THEN 'late' ELSE 'missing' END AS status
    FROM org_units u
    CROSS JOIN generate_series(make_date($1, 1, 1), make_date($1, 12, 1), interval '1 month') p(start)
    LEFT JOIN risk_meetings m ON m.unit_id = u.id AND m.level = 'county' AND m.period_start = p.start::date
    WHERE u.kind = 'county_bureau'
    GROUP BY u.id, u.name, u.region_code, p.start
    ORDER BY u.region_code, p.start`;
  const baselineRows = await rawQuery<{ status: string }>(database, baselineMatrix, [year]);
  const cells = matrix.rows.flatMap((r) => r.cells);
  const same = baselineRows.length === cells.length && ['held', 'late', 'missing'].every((s) => baselineRows.filter((b) => b.status === s).length === cells.filter((c) => c === s).length);
  const samplesAggregate = `
    SELECT substr(region_code, 1, 4) AS city, count(*) AS samples, count(*) FILTER (WHERE conclusion = 'unqualified') AS unqualified
    FROM samples WHERE sampling_date >= make_date($1, 1, 1) AND sampling_date < make_date($1 + 1, 1, 1) GROUP BY 1`;

  const load = loadavg().map((l) => Math.round(l * 10) / 10);
  const platform = await repeat(() => complianceMatrix(database.db, leader, 'county', year, now), runs);
  const baseline = await repeat(() => rawQuery(database, baselineMatrix, [year]), runs);
  const aggregateRuns = Math.max(5, Math.round(runs / 20));
  const aggregate = await repeat(() => rawQuery(database, samplesAggregate, [year]), aggregateRuns, 2);
  const report = {
    database: name,
    samples,
    year,
    counties: matrix.rows.length,
    periods: matrix.periods.length,
    sameStatusesAsBaseline: same,
    loadAverage: load,
    platform,
    baselineMatrixSql: baseline,
    baselineSamplesAggregate: aggregate,
    ratioToMatrixSqlP95: Math.round((platform.p95 / baseline.p95) * 100) / 100,
    ratioToSamplesAggregateP95: Math.round((platform.p95 / aggregate.p95) * 1000) / 1000,
  };
  console.log(JSON.stringify(report, null, 2));
  await database.close();
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
