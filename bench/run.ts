/**
 * `npm run bench`: synthetic data generation, import and sample-list benchmarks on PostgreSQL
 * (DATABASE_URL, an administrative URL: the bench creates and drops its own databases) and on
 * PGlite (a temporary data directory). Writes bench/out/results-<time>.json and a markdown
 * report next to it; docs/performance.md quotes a run.
 *
 *   BENCH_SAMPLES             samples generated on PostgreSQL (default 1 000 000)
 *   BENCH_IMPORT_ROWS         rows of the national-layout CSV imported on PostgreSQL (default 100 000)
 *   BENCH_PGLITE_SAMPLES      samples on PGlite (default 100 000)
 *   BENCH_PGLITE_IMPORT_ROWS  CSV rows imported on PGlite (default 10 000)
 *   BENCH_RUNS                runs per list query after warm-up (default 200)
 *   BENCH_PARTS               comma list of postgres, pglite (the databases), list, import, profile, methods (default all),
 *                             and escalations (optional, PostgreSQL only: bench/escalation-bench.ts on the same database)
 *   BENCH_ESC_RUNS, BENCH_ESC_FIRST_RUNS, BENCH_ESC_INCREMENTAL  see bench/escalation-bench.ts
 *   BENCH_KEEP=1              keep the PostgreSQL database afterwards; BENCH_REUSE=1 reuses it
 *   BENCH_DB_NAME             the PostgreSQL database (default jjld_bench_main; e.g. a clone of jjld_bench_1m with BENCH_REUSE=1)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../src/db/client.js';
import { loadCatalogue } from '../src/modules/catalogue/match.js';
import { buildCatalogueView, type CatalogueView } from '../src/modules/demo/synthetic/catalogue-view.js';
import { seedSyntheticSamples, type SeedSamplesReport } from '../src/modules/demo/synthetic/seed-samples.js';
import { toLocalDate } from '../src/domain/time.js';
import { summariseProfile, type ProfileSummary } from './cpu-profile.js';
import { escalationBench, type EscalationFigures } from './escalation-bench.js';
import { importBench, type ImportFigures } from './import-bench.js';
import { log, pgliteDatabase, postgresDatabase, rawQuery, timed, type BenchDatabase, type Stats } from './lib.js';
import { bareRoute, listBench, listCases, type ListFigures } from './list-bench.js';
import { writeNationalCsv } from './national-csv.js';
import { renderReport } from './report.js';

const env = process.env;
const int = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback);
const parts = new Set((env.BENCH_PARTS ?? 'postgres,pglite,list,import,profile,methods').split(',').map((p) => p.trim()));
const OUT = join(import.meta.dirname, 'out');
const today = toLocalDate(new Date());
const year = Number(today.slice(0, 4));

export interface GenerateFigures {
  samples: number;
  ms: number;
  samplesPerSecond: number;
  rowsPerSecond: number;
  report: Omit<SeedSamplesReport, 'offenders'> & { offenders: number };
  analyzeMs?: number;
  tableSizes?: Record<string, string>;
}

export interface DatabaseFigures {
  kind: 'postgres' | 'pglite';
  version: string;
  generate?: GenerateFigures;
  reusedSamples?: number;
  list?: ListFigures[];
  bareRoute?: Stats;
  import?: ImportFigures;
  profile?: ProfileSummary & { importMs: number; rows: number };
  escalations?: EscalationFigures;
}

export interface Results {
  startedAt: string;
  finishedAt?: string;
  machine: { cpus: number; model: string; memoryGb: number; freeGb: number; node: string; loadStart: number[]; loadEnd?: number[]; nproc: string; free: string };
  parameters: Record<string, number | string>;
  postgres?: DatabaseFigures;
  pglite?: DatabaseFigures;
  methods?: { database: string; method: string; samples: number; ms: number; samplesPerSecond: number }[];
}

function shell(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

async function generate(bench: BenchDatabase, samples: number, label: string): Promise<GenerateFigures> {
  log(`${label}: generating ${samples} samples`);
  let last = 0;
  const run = await timed(() =>
    seedSyntheticSamples(bench.database.db, {
      samples,
      onProgress: (p) => {
        const tenth = Math.floor((p.generated / p.total) * 10);
        if (tenth > last) {
          last = tenth;
          log(`${label}: ${p.generated}/${p.total} (${Math.round((p.inserted * 1000) / p.elapsedMs)} samples/s)`);
        }
      },
    }),
  );
  const r = run.value;
  const rows = r.inserted.samples + r.inserted.resultItems + r.inserted.enterprises;
  return {
    samples,
    ms: Math.round(run.ms),
    samplesPerSecond: Math.round(r.inserted.samples / (run.ms / 1000)),
    rowsPerSecond: Math.round(rows / (run.ms / 1000)),
    report: { ...r, offenders: r.offenders.length },
  };
}

async function version(database: Database): Promise<string> {
  const [row] = await rawQuery<{ v: string }>(database, 'SELECT version() AS v');
  return row.v.split(' on ')[0];
}

async function tableSizes(database: Database): Promise<Record<string, string>> {
  const rows = await rawQuery<{ t: string; size: string }>(
    database,
    `SELECT relname AS t, pg_size_pretty(pg_total_relation_size(oid)) AS size FROM pg_class
     WHERE relname IN ('samples', 'result_items', 'enterprises', 'audit_log') ORDER BY relname`,
  );
  const [db] = await rawQuery<{ size: string }>(database, 'SELECT pg_size_pretty(pg_database_size(current_database())) AS size');
  return { ...Object.fromEntries(rows.map((r) => [r.t, r.size])), database: db.size };
}

/** Import, list and (optionally) profile on one database holding `samples` generated samples. */
async function suite(bench: BenchDatabase, kind: 'postgres' | 'pglite', samples: number, importRows: number, runs: number, reuse: boolean): Promise<DatabaseFigures> {
  const database = bench.database;
  const figures: DatabaseFigures = { kind, version: await version(database) };
  const [{ n }] = await rawQuery<{ n: number | string }>(database, 'SELECT count(*)::int AS n FROM samples');
  if (reuse && Number(n) >= samples) {
    figures.reusedSamples = Number(n);
    log(`${kind}: reusing ${n} samples`);
  } else {
    figures.generate = await generate(bench, samples, kind);
  }
  const analyze = await timed(() => rawQuery(database, 'VACUUM ANALYZE'));
  if (figures.generate) figures.generate.analyzeMs = Math.round(analyze.ms);
  if (figures.generate) figures.generate.tableSizes = await tableSizes(database);

  if (parts.has('list')) {
    figures.bareRoute = await bareRoute(runs);
    figures.list = await listBench(database, await listCases(database, year), runs, figures.bareRoute);
  }
  if (!parts.has('import')) return figures;
  const view = buildCatalogueView(await loadCatalogue(database.db));
  mkdirSync(OUT, { recursive: true });
  const csv = await writeNationalCsv(join(OUT, `national-${kind}-${importRows}.csv`), view, { rows: importRows, seed: 7, today });
  figures.import = await importBench(database, csv);
  rmSync(csv.path, { force: true });
  return figures;
}

/** The import once more, on a smaller file, in a child process under --cpu-prof. */
async function profileImport(target: string, view: CatalogueView, rows: number): Promise<DatabaseFigures['profile']> {
  const csv = await writeNationalCsv(join(OUT, 'profile.csv'), view, { rows, seed: 8, today });
  const dir = join(OUT, 'profile');
  rmSync(dir, { recursive: true, force: true });
  log(`profile: importing ${rows} rows under --cpu-prof`);
  const child = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', 'tsx', join(import.meta.dirname, 'profile-import.ts'), target, csv.path], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`profile run failed: ${child.stderr}`);
  const run = JSON.parse(child.stdout.trim().split('\n').pop()!) as { ms: number };
  // The main thread's profile is the larger one (the other is tsx's loader thread).
  const summaries = readdirSync(dir).map((f) => summariseProfile(join(dir, f)));
  const main = summaries.sort((a, b) => b.totalMs * (1 - b.idleShare) - a.totalMs * (1 - a.idleShare))[0];
  rmSync(csv.path, { force: true });
  return { ...main, importMs: run.ms, rows };
}

async function methods(adminUrl: string | undefined, samples: number): Promise<Results['methods']> {
  const out: NonNullable<Results['methods']> = [];
  const targets: { label: string; open: () => Promise<BenchDatabase>; n: number }[] = [];
  if (adminUrl) {
    for (const method of ['copy', 'insert'] as const) targets.push({ label: `postgres:${method}`, open: () => postgresDatabase(adminUrl, `jjld_bench_${method}`), n: samples });
  }
  for (const method of ['copy', 'insert'] as const) targets.push({ label: `pglite:${method}`, open: () => pgliteDatabase(method), n: Math.min(samples, 20_000) });
  for (const target of targets) {
    const bench = await target.open();
    try {
      const method = target.label.split(':')[1] as 'copy' | 'insert';
      log(`methods: ${target.label} × ${target.n}`);
      const run = await timed(() => seedSyntheticSamples(bench.database.db, { samples: target.n, method }));
      out.push({ database: target.label.split(':')[0], method, samples: target.n, ms: Math.round(run.ms), samplesPerSecond: Math.round(target.n / (run.ms / 1000)) });
    } finally {
      await bench.dispose();
    }
  }
  return out;
}

async function main() {
  const adminUrl = env.DATABASE_URL;
  const runs = int('BENCH_RUNS', 200);
  const results: Results = {
    startedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model ?? '',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      freeGb: Math.round(freemem() / 2 ** 30),
      node: process.version,
      loadStart: loadavg().map((l) => Math.round(l * 10) / 10),
      nproc: shell('nproc', []),
      free: shell('free', ['-g']),
    },
    parameters: {
      BENCH_SAMPLES: int('BENCH_SAMPLES', 1_000_000),
      BENCH_IMPORT_ROWS: int('BENCH_IMPORT_ROWS', 100_000),
      BENCH_PGLITE_SAMPLES: int('BENCH_PGLITE_SAMPLES', 100_000),
      BENCH_PGLITE_IMPORT_ROWS: int('BENCH_PGLITE_IMPORT_ROWS', 10_000),
      BENCH_RUNS: runs,
      parts: [...parts].join(','),
    },
  };
  const stamp = results.startedAt.replace(/[:.]/g, '-').slice(0, 19);
  const save = () => {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, `results-${stamp}.json`), JSON.stringify(results, null, 2));
    writeFileSync(join(OUT, `report-${stamp}.md`), renderReport(results));
  };

  if (parts.has('postgres')) {
    if (!adminUrl) log('postgres: skipped (set DATABASE_URL to an administrative URL, e.g. postgres://postgres@127.0.0.1:5432/postgres)');
    else {
      const bench = await postgresDatabase(adminUrl, env.BENCH_DB_NAME ?? 'jjld_bench_main', env.BENCH_REUSE === '1');
      try {
        results.postgres = await suite(bench, 'postgres', int('BENCH_SAMPLES', 1_000_000), int('BENCH_IMPORT_ROWS', 100_000), runs, env.BENCH_REUSE === '1');
        save();
        if (parts.has('escalations')) {
          results.postgres.escalations = await escalationBench(bench.database, { runs: int('BENCH_ESC_RUNS', 5), firstRuns: int('BENCH_ESC_FIRST_RUNS', 3), incremental: int('BENCH_ESC_INCREMENTAL', 300) });
          save();
        }
        if (parts.has('profile')) {
          const url = new URL(adminUrl);
          url.pathname = `/${bench.name}`;
          const view = buildCatalogueView(await loadCatalogue(bench.database.db));
          results.postgres.profile = await profileImport(url.toString(), view, 20_000);
        }
      } finally {
        await bench.dispose(env.BENCH_KEEP === '1');
      }
      save();
    }
  }
  if (parts.has('pglite')) {
    const bench = await pgliteDatabase('main');
    let closed = false;
    try {
      results.pglite = await suite(bench, 'pglite', int('BENCH_PGLITE_SAMPLES', 100_000), int('BENCH_PGLITE_IMPORT_ROWS', 10_000), runs, false);
      save();
      if (parts.has('profile')) {
        // PGlite is one process's: the profiled child opens the directory after this process lets go of it.
        const view = buildCatalogueView(await loadCatalogue(bench.database.db));
        await bench.database.close();
        closed = true;
        results.pglite.profile = await profileImport(bench.name, view, 5_000);
      }
    } finally {
      if (closed) rmSync(bench.name, { recursive: true, force: true });
      else await bench.dispose();
    }
    save();
  }
  if (parts.has('methods')) {
    results.methods = await methods(adminUrl, 100_000);
    save();
  }
  results.finishedAt = new Date().toISOString();
  results.machine.loadEnd = loadavg().map((l) => Math.round(l * 10) / 10);
  save();
  log(`done: bench/out/report-${stamp}.md`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
