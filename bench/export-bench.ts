/**
 * Issue 17: a national export (国抽数据, one row per item, rows grouped by 抽样编号) must import at
 * no less than the national notice's rows per second. Both files are built from the same
 * synthetic samples (different sample numbers) and imported through runSampleImport into the
 * same database in one run, after a small warm-up import: notice first, then export.
 *
 *   npx tsx bench/export-bench.ts            PGlite in a temporary directory
 *   DATABASE_URL=postgres://… npx tsx bench/export-bench.ts   a fresh PostgreSQL database (dropped afterwards)
 *   BENCH_EXPORT_ROWS   rows of each file (default 100 000)
 *
 * Writes bench/out/export-<time>.json; exits with code 1 when the export is slower.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Database } from '../src/db/client.js';
import { toLocalDate } from '../src/domain/time.js';
import { systemActor } from '../src/modules/access/actor.js';
import { loadCatalogue } from '../src/modules/catalogue/match.js';
import { buildCatalogueView } from '../src/modules/demo/synthetic/catalogue-view.js';
import { createImportJob } from '../src/modules/imports/import-jobs.js';
import type { ImportOptions } from '../src/modules/imports/import-options.js';
import { runSampleImport } from '../src/modules/imports/run-sample-import.js';
import { loadSampleCatalogue } from '../src/modules/sampling/load-sample-catalogue.js';
import { log, pgliteDatabase, postgresDatabase, timed, type BenchDatabase } from './lib.js';
import { writeNationalCsv, type CsvInfo } from './national-csv.js';
import { writeNationalExportCsv } from './national-export-csv.js';

export interface LayoutFigures {
  layout: string;
  rows: number;
  samples: number;
  fileBytes: number;
  ms: number;
  rowsPerSecond: number;
  imported: number;
  rejected: number;
  skipped: number;
  needsReview: number;
}

export interface ExportFigures {
  notice: LayoutFigures;
  export: LayoutFigures;
  /** export rows/s ÷ notice rows/s: the issue asks for at least 1. */
  ratio: number;
}

async function importFile(database: Database, csv: CsvInfo, format: ImportOptions['format']): Promise<LayoutFigures> {
  const options: ImportOptions = { format, dryRun: false };
  const catalogue = await loadSampleCatalogue(database.db);
  const job = await createImportJob(database.db, { user: null, unitId: null, fileName: basename(csv.path), fileSha256: 'bench', filePath: csv.path, options });
  const run = await timed(() => runSampleImport({ db: database.db, actor: systemActor, jobId: job.id, filePath: csv.path, fileName: basename(csv.path), options, catalogue }));
  const s = run.value;
  return {
    layout: format,
    rows: csv.rows,
    samples: csv.samples,
    fileBytes: csv.bytes,
    ms: Math.round(run.ms),
    rowsPerSecond: Math.round(csv.rows / (run.ms / 1000)),
    imported: s.imported,
    rejected: s.rejected,
    skipped: s.skipped ?? 0,
    needsReview: s.needsReview,
  };
}

/** Writes both files from the same samples and imports them, the notice first. */
export async function exportBench(database: Database, rows: number, outDir: string): Promise<ExportFigures> {
  const today = toLocalDate(new Date());
  const view = buildCatalogueView(await loadCatalogue(database.db));
  mkdirSync(outDir, { recursive: true });
  const noticeCsv = await writeNationalCsv(join(outDir, `notice-${rows}.csv`), view, { rows, seed: 17, today });
  const exportCsv = await writeNationalExportCsv(join(outDir, `export-${rows}.csv`), view, { rows, seed: 17, today, prefix: 'X' });
  const warmCsv = await writeNationalCsv(join(outDir, 'warm-up.csv'), view, { rows: 500, seed: 18, today });
  try {
    // A small import first, so that neither measured file pays for the first statements and JIT.
    await importFile(database, warmCsv, 'national');
    log(`export bench: national notice, ${noticeCsv.rows} rows`);
    const notice = await importFile(database, noticeCsv, 'national');
    log(`export bench: notice ${notice.rowsPerSecond} rows/s; national export, ${exportCsv.rows} rows`);
    const exported = await importFile(database, exportCsv, 'nationalExport');
    log(`export bench: export ${exported.rowsPerSecond} rows/s`);
    return { notice, export: exported, ratio: Math.round((exported.rowsPerSecond / notice.rowsPerSecond) * 1000) / 1000 };
  } finally {
    rmSync(noticeCsv.path, { force: true });
    rmSync(exportCsv.path, { force: true });
    rmSync(warmCsv.path, { force: true });
  }
}

async function main() {
  const rows = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
  const url = process.env.DATABASE_URL;
  const bench: BenchDatabase = url ? await postgresDatabase(url, 'jjld_bench_export') : await pgliteDatabase('export');
  const out = join(import.meta.dirname, 'out');
  try {
    const figures = await exportBench(bench.database, rows, out);
    const result = { startedAt: new Date().toISOString(), database: url ? 'postgres' : 'pglite', rows, ...figures };
    writeFileSync(join(out, `export-${result.startedAt.replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (figures.ratio < 1) {
      log(`export bench: the national export imported at ${figures.ratio} × the notice's rows/s (should be ≥ 1)`);
      process.exitCode = 1;
    }
  } finally {
    await bench.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
