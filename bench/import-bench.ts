/**
 * Import of a national-layout CSV through the real pipeline (runSampleImport), with the time
 * per stage (parse, parse + map, the whole import), against a raw COPY of the same rows into a
 * bare all-text table in the same database.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../src/db/client.js';
import { toLocalDate } from '../src/domain/time.js';
import { systemActor } from '../src/modules/access/actor.js';
import { rawClient } from '../src/modules/demo/synthetic/bulk-writer.js';
import type { ImportSummary } from '../src/modules/imports/import-options.js';
import { createImportJob } from '../src/modules/imports/import-jobs.js';
import { mapParsedSample } from '../src/modules/imports/map-parsed-sample.js';
import { parseSampleFile } from '../src/modules/imports/parse/parse-sample-file.js';
import type { HeaderInfo } from '../src/modules/imports/parse/types.js';
import { runSampleImport } from '../src/modules/imports/run-sample-import.js';
import { loadSampleCatalogue } from '../src/modules/sampling/load-sample-catalogue.js';
import { NATIONAL_HEADERS } from './national-csv.js';
import { log, rawQuery, timed } from './lib.js';

const options = { format: 'national' as const, dryRun: false };

export interface ImportFigures {
  rows: number;
  samples: number;
  fileBytes: number;
  /** Stage timings (ms): reading and parsing only; parsing and mapping (validation, judging); the whole import. */
  parseMs: number;
  parseMapMs: number;
  importMs: number;
  summary: Pick<ImportSummary, 'rows' | 'imported' | 'updated' | 'unchanged' | 'rejected' | 'needsReview'> & { firstErrors: ImportSummary['errors'] };
  rowsPerSecond: number;
  copyMs: number;
  copyRowsPerSecond: number;
  ratioToCopy: number;
}

/** Reads the file through the parser only, then parser + mapper: no database writes. */
export async function stageTimings(database: Database, path: string) {
  const catalogue = await loadSampleCatalogue(database.db);
  const parse = await timed(async () => {
    let samples = 0;
    for await (const event of parseSampleFile(path, { format: 'national', fileName: basename(path) })) if (event.type === 'sample') samples++;
    return samples;
  });
  const today = toLocalDate(new Date());
  const map = await timed(async () => {
    let header: HeaderInfo | null = null;
    let valid = 0;
    for await (const event of parseSampleFile(path, { format: 'national', fileName: basename(path) })) {
      if (event.type === 'header') header = event.header;
      if (event.type === 'sample' && 'draft' in mapParsedSample(event.sample, header!, { ...options, today }, catalogue)) valid++;
    }
    return valid;
  });
  return { parseMs: parse.ms, parseMapMs: map.ms, samples: parse.value, valid: map.value };
}

export async function importCsv(database: Database, path: string) {
  const catalogue = await loadSampleCatalogue(database.db);
  const job = await createImportJob(database.db, {
    user: null,
    unitId: null,
    fileName: basename(path),
    fileSha256: 'bench',
    filePath: path,
    options: { ...options },
  });
  return timed(() =>
    runSampleImport({ db: database.db, actor: systemActor, jobId: job.id, filePath: path, fileName: basename(path), options: { ...options }, catalogue }),
  );
}

/** COPY of the same CSV rows into a bare table of text columns (dropped afterwards). */
export async function rawCopy(database: Database, path: string): Promise<{ ms: number; rows: number }> {
  const columns = NATIONAL_HEADERS.map((_, i) => `c${i + 1} text`).join(', ');
  await rawQuery(database, 'DROP TABLE IF EXISTS bench_raw_national');
  await rawQuery(database, `CREATE TABLE bench_raw_national (${columns})`);
  const raw = rawClient(database.db);
  const sql = (source: string) => `COPY bench_raw_national FROM ${source} WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')`;
  const result = await timed(async () => {
    if (raw.kind === 'postgres') {
      const client = await raw.pool.connect();
      try {
        await pipeline(createReadStream(path), client.query(copyFrom(sql('STDIN'))));
      } finally {
        client.release();
      }
    } else {
      await raw.pglite.query(sql(`'/dev/blob'`), [], { blob: new Blob([readFileSync(path)]) });
    }
  });
  const [{ n }] = await rawQuery<{ n: number | string }>(database, 'SELECT count(*)::int AS n FROM bench_raw_national');
  await rawQuery(database, 'DROP TABLE bench_raw_national');
  return { ms: result.ms, rows: Number(n) };
}

export async function importBench(database: Database, csv: { path: string; rows: number; samples: number; bytes: number }): Promise<ImportFigures> {
  log(`import: stage timings (parse, map) of ${csv.rows} rows`);
  const stages = await stageTimings(database, csv.path);
  log(`import: parse ${Math.round(stages.parseMs)} ms, parse+map ${Math.round(stages.parseMapMs)} ms; running runSampleImport`);
  const run = await importCsv(database, csv.path);
  const s = run.value;
  log(`import: ${Math.round(run.ms)} ms, ${s.imported} imported, ${s.rejected} rejected; raw COPY baseline`);
  const copy = await rawCopy(database, csv.path);
  if (copy.rows !== csv.rows) throw new Error(`raw COPY loaded ${copy.rows} rows, expected ${csv.rows}`);
  const rowsPerSecond = csv.rows / (run.ms / 1000);
  const copyRowsPerSecond = csv.rows / (copy.ms / 1000);
  return {
    rows: csv.rows,
    samples: csv.samples,
    fileBytes: csv.bytes,
    parseMs: Math.round(stages.parseMs),
    parseMapMs: Math.round(stages.parseMapMs),
    importMs: Math.round(run.ms),
    summary: { rows: s.rows, imported: s.imported, updated: s.updated, unchanged: s.unchanged, rejected: s.rejected, needsReview: s.needsReview, firstErrors: s.errors.slice(0, 5) },
    rowsPerSecond: Math.round(rowsPerSecond),
    copyMs: Math.round(copy.ms),
    copyRowsPerSecond: Math.round(copyRowsPerSecond),
    ratioToCopy: Math.round((rowsPerSecond / copyRowsPerSecond) * 1000) / 1000,
  };
}
