/**
 * The import against the generator (issue 16 §3): the same synthetic samples written twice into
 * the same indexed tables of two clones of one database — once as a national-layout CSV through
 * the real import (`runSampleImport`: parse, validate, judge, enterprises, upsert, result items,
 * audit rows, disposals, the results hook), once by the demo generator's COPY (samples, result
 * items and enterprises only). Also the import's peak memory and the file's size, so a large file
 * can be seen to stream (the process's peak does not grow with the file).
 *
 *   npx tsx bench/import-vs-generator.ts
 *
 *   BENCH_ADMIN_URL     administrative URL (default postgres://postgres@127.0.0.1:5432/postgres)
 *   BENCH_TEMPLATE      the database both clones copy (default jjld_bench_1m, 10^6 samples)
 *   BENCH_IMPORT_ROWS   CSV rows (default 100 000)
 *   BENCH_CSV_SEED      the synthetic seed of the file's samples (default 7: not the template's 42)
 *
 * Each part runs in a fresh process (this file re-runs itself with BENCH_PART), so the import's
 * peak RSS is its own. The clones are dropped afterwards.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../src/db/client.js';
import { toLocalDate } from '../src/domain/time.js';
import { loadCatalogue } from '../src/modules/catalogue/match.js';
import { buildCatalogueView } from '../src/modules/demo/synthetic/catalogue-view.js';
import { seedSyntheticSamples } from '../src/modules/demo/synthetic/seed-samples.js';
import { importCsv } from './import-bench.js';
import { writeNationalCsv } from './national-csv.js';
import { log, rawQuery } from './lib.js';

const env = process.env;
const adminUrl = env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const template = env.BENCH_TEMPLATE ?? 'jjld_bench_1m';
const rows = Number(env.BENCH_IMPORT_ROWS ?? 100_000);
const seed = Number(env.BENCH_CSV_SEED ?? 7);
const urlOf = (name: string) => Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
/** The file's generator: the samples of `rows` CSV rows (1.5 rows a sample), dated in the last year. */
const provinceSamples = Math.ceil(rows / 1.5);

interface PartResult {
  ms: number;
  samples: number;
  resultItems?: number;
  peakRssMb: number;
  detail: unknown;
}

async function part(name: 'import' | 'generator', dbName: string, csvPath: string, today: string): Promise<PartResult> {
  const database = await openDatabase({ databaseUrl: urlOf(dbName), poolSize: 4 });
  try {
    if (name === 'import') {
      const run = await importCsv(database, csvPath);
      const s = run.value;
      return { ms: run.ms, samples: s.imported + s.updated, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), detail: { rows: s.rows, imported: s.imported, updated: s.updated, rejected: s.rejected } };
    }
    const started = performance.now();
    const report = await seedSyntheticSamples(database.db, { samples: provinceSamples, years: 1, seed, now: new Date(`${today}T12:00:00+08:00`) });
    return {
      ms: performance.now() - started,
      samples: report.inserted.samples,
      resultItems: report.inserted.resultItems,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      detail: { inserted: report.inserted, phaseMs: report.phaseMs },
    };
  } finally {
    await database.close();
  }
}

if (env.BENCH_PART) {
  const result = await part(env.BENCH_PART as 'import' | 'generator', env.BENCH_PART_DB!, env.BENCH_PART_CSV!, env.BENCH_PART_TODAY!);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
const clones = { import: `jjld_bench_ivg_import`, generator: `jjld_bench_ivg_generator` };
const dir = mkdtempSync(join(tmpdir(), 'jjld-ivg-'));
const load: string[] = [];
try {
  for (const name of Object.values(clones)) {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    log(`cloning ${template} as ${name}`);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  }
  const today = toLocalDate(new Date());
  const csvPath = join(dir, 'national.csv');
  let before = 0;
  {
    const database = await openDatabase({ databaseUrl: urlOf(clones.import), poolSize: 1 });
    const view = buildCatalogueView(await loadCatalogue(database.db));
    const csv = await writeNationalCsv(csvPath, view, { rows, seed, today });
    log(`wrote ${csv.rows} rows, ${csv.samples} samples, ${(csv.bytes / 1e6).toFixed(1)} MB`);
    [{ n: before }] = await rawQuery<{ n: number }>(database, 'SELECT count(*)::int AS n FROM samples');
    await database.close();
  }
  const self = fileURLToPath(import.meta.url);
  const run = (name: 'import' | 'generator'): PartResult => {
    load.push(`${name} ${loadavg()[0].toFixed(2)}`);
    log(`${name} into ${clones[name]}`);
    const out = execFileSync(process.execPath, ['--import', 'tsx', self], {
      env: { ...env, BENCH_PART: name, BENCH_PART_DB: clones[name], BENCH_PART_CSV: csvPath, BENCH_PART_TODAY: today },
      encoding: 'utf8',
      maxBuffer: 1 << 24,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return JSON.parse(out.trim().split('\n').pop()!);
  };
  const imported = run('import');
  const generated = run('generator');
  load.push(`end ${loadavg()[0].toFixed(2)}`);
  const importRate = imported.samples / (imported.ms / 1000);
  const generatorRate = generated.samples / (generated.ms / 1000);
  const fileMb = statSync(csvPath).size / 1e6;
  console.log(`\n${before} samples in each clone before; ${rows} CSV rows (${fileMb.toFixed(1)} MB), seed ${seed}; load ${load.join(', ')}\n`);
  console.log('| writer | samples written | time s | samples/s | ÷ generator | peak RSS MB |');
  console.log('|---|---|---|---|---|---|');
  console.log(`| generator COPY (samples, items, enterprises) | ${generated.samples} | ${(generated.ms / 1000).toFixed(1)} | ${Math.round(generatorRate)} | 1.00 | ${generated.peakRssMb} |`);
  console.log(`| import (runSampleImport, everything) | ${imported.samples} | ${(imported.ms / 1000).toFixed(1)} | ${Math.round(importRate)} | **${(importRate / generatorRate).toFixed(2)}** | ${imported.peakRssMb} |`);
  console.log(`\n${JSON.stringify({ imported, generated }, null, 1)}`);
} finally {
  for (const name of Object.values(clones)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
}
