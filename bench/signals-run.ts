/**
 * `npx tsx bench/signals-run.ts`: a full risk-signal run (src/modules/signals/run-signals.ts) on
 * PostgreSQL against the same run's hand-written SQL aggregates alone (gather.ts: the grouped scans
 * the run needs), and the run's memory (peak RSS sampled every 20 ms, and the heap's growth).
 *
 *   DATABASE_URL            an administrative URL (default postgres://postgres@127.0.0.1:5432/postgres)
 *   BENCH_SIGNAL_SAMPLES    samples generated (default 100 000; 10^6 when a bench database of that
 *                           size is reused: BENCH_SIGNAL_DB=<name> BENCH_REUSE=1)
 *   BENCH_RUNS              runs of each (default 3)
 *   BENCH_KEEP=1            keep the database afterwards
 */
import { toLocalDate } from '../src/domain/time.js';
import { DEMO_SIGNAL_PLANTS } from '../src/modules/demo/seed-demo-signals.js';
import { seedSyntheticSamples } from '../src/modules/demo/synthetic/seed-samples.js';
import { gatherRunData } from '../src/modules/signals/gather.js';
import { runSignals } from '../src/modules/signals/run-signals.js';
import { loadSignalRules } from '../src/modules/signals/signal-rules.js';
import { registerResultsHandlers } from '../src/server/results-changed-handlers.js';
import { log, postgresDatabase, rawQuery, stats } from './lib.js';

const env = process.env;
const adminUrl = env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const samples = Number(env.BENCH_SIGNAL_SAMPLES ?? 100_000);
const runs = Number(env.BENCH_RUNS ?? 3);
const name = env.BENCH_SIGNAL_DB ?? 'jjld_bench_signals';

registerResultsHandlers();
const bench = await postgresDatabase(adminUrl, name, env.BENCH_REUSE === '1');
const db = bench.database.db;
try {
  const [{ n }] = (await rawQuery(bench.database, 'SELECT count(*)::int AS n FROM samples')) as { n: number }[];
  if (Number(n) < samples) {
    log(`generating ${samples} samples with the demo's planted patterns`);
    const report = await seedSyntheticSamples(db, { samples, plant: DEMO_SIGNAL_PLANTS });
    log(`generated ${report.inserted.samples} in ${report.durationMs} ms`);
    await rawQuery(bench.database, 'ANALYZE');
  }
  const [{ total }] = (await rawQuery(bench.database, 'SELECT count(*)::int AS total FROM samples')) as { total: number }[];
  const rules = await loadSignalRules(db);
  const today = toLocalDate(new Date());
  await gatherRunData(db, rules, today); // warm-up: caches and plans
  const sqlMs: number[] = [];
  const runMs: number[] = [];
  let peakRss = 0;
  let heapGrowth = 0;
  let last: Awaited<ReturnType<typeof runSignals>> | null = null;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await gatherRunData(db, rules, today);
    sqlMs.push(performance.now() - t0);
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    const t1 = performance.now();
    last = await runSignals(db, { trigger: 'bench' });
    runMs.push(performance.now() - t1);
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    heapGrowth = Math.max(heapGrowth, process.memoryUsage().heapUsed - heapBefore);
  }
  const run = stats(runMs);
  const sql = stats(sqlMs);
  const figures = {
    samples: Number(total),
    runs,
    runMs: run,
    sqlAggregatesMs: sql,
    ratio: Number((run.p50 / sql.p50).toFixed(2)),
    peakRssMb: Math.round(peakRss / 2 ** 20),
    heapGrowthMb: Math.round(heapGrowth / 2 ** 20),
    lastRun: last,
  };
  console.log(JSON.stringify(figures, null, 2));
} finally {
  await bench.dispose(env.BENCH_KEEP === '1');
}
