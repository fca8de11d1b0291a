// A/B helper: keeps a PostgreSQL database with BASE generated samples, imports a fresh CSV of ROWS rows per trial.
import { loadCatalogue } from '../src/modules/catalogue/match.js';
import { buildCatalogueView } from '../src/modules/demo/synthetic/catalogue-view.js';
import { seedSyntheticSamples } from '../src/modules/demo/synthetic/seed-samples.js';
import { writeNationalCsv } from './national-csv.js';
import { importCsv, stageTimings } from './import-bench.js';
import { postgresDatabase, rawQuery, pgliteDatabase } from './lib.js';
import { loadavg } from 'node:os';
const [seedArg, rowsArg, kind] = process.argv.slice(2);
const bench = kind === 'pglite' ? await pgliteDatabase('ab') : await postgresDatabase('postgres://postgres@127.0.0.1:5432/postgres', 'jjld_ab', true);
const [{ n }] = await rawQuery<{ n: number }>(bench.database, 'select count(*)::int n from samples');
if (Number(n) === 0) await seedSyntheticSamples(bench.database.db, { samples: kind === 'pglite' ? 20000 : 100000 });
const view = buildCatalogueView(await loadCatalogue(bench.database.db));
const csv = await writeNationalCsv(`bench/out/ab-${seedArg}.csv`, view, { rows: Number(rowsArg), seed: Number(seedArg), today: '2026-05-20' });
const stages = await stageTimings(bench.database, csv.path);
import { readFileSync } from 'node:fs';
const ticks = async () => {
  const pids = await rawQuery<{ pid: number }>(bench.database, 'select pid from pg_stat_activity where datname = current_database()');
  const m = new Map<number, number>();
  for (const { pid } of pids) { try { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); m.set(pid, Number(f[11]) + Number(f[12])); } catch {} }
  return m;
};
const before = kind === 'pglite' ? new Map() : await ticks();
const cpu0 = process.cpuUsage();
const run = process.env.LEGACY ? await (async () => {
  const { runSampleImport } = await import('./out/legacy/run-sample-import.js');
  const { loadSampleCatalogue } = await import('../src/modules/sampling/load-sample-catalogue.js');
  const { systemActor } = await import('../src/modules/access/actor.js');
  const catalogue = await loadSampleCatalogue(bench.database.db);
  const t = performance.now();
  const value = await runSampleImport({ db: bench.database.db, actor: systemActor, jobId: '00000000-0000-4000-8000-000000000000', filePath: csv.path, fileName: 'x.csv', options: { format: 'national', dryRun: false }, catalogue });
  return { ms: performance.now() - t, value };
})() : await importCsv(bench.database, csv.path);
const cpu = process.cpuUsage(cpu0);
const after = kind === 'pglite' ? new Map() : await ticks();
let pgTicks = 0; for (const [pid, t] of after) pgTicks += t - (before.get(pid) ?? 0);
console.log(JSON.stringify({ seed: seedArg, rows: csv.rows, importMs: Math.round(run.ms), rowsPerS: Math.round(csv.rows / run.ms * 1000), parseMs: Math.round(stages.parseMs), parseMapMs: Math.round(stages.parseMapMs), nodeCpuMs: Math.round((cpu.user + cpu.system) / 1000), pgCpuMs: pgTicks * 10, imported: run.value.imported, rejected: run.value.rejected, load: loadavg()[0].toFixed(1) }));
await bench.dispose(kind !== 'pglite');
