import type { Db } from '../../db/client.js';
import type { SamplingType } from '../../domain/sampling/judge.js';
import { toLocalDate } from '../../domain/time.js';
import type { Actor } from '../access/actor.js';
import type { SampleCatalogue } from '../sampling/sample-catalogue.js';
import { emptySummary, MAX_REPORTED_ERRORS, type ImportOptions, type ImportSummary, type ImportError } from './import-options.js';
import { mapParsedSample, type SampleDraft } from './map-parsed-sample.js';
import { parseSampleFile } from './parse/parse-sample-file.js';
import type { HeaderInfo } from './parse/types.js';
import { writeSampleBatch, type BatchResult } from './write-sample-batch.js';

export const IMPORT_BATCH_SIZE = 1000;

export interface ImportRun {
  db: Db;
  actor: Actor;
  jobId: string;
  filePath: string;
  fileName: string;
  options: ImportOptions;
  catalogue: SampleCatalogue;
  /** Sampling type of the chosen plan, if any. */
  planSamplingType?: SamplingType | null;
  /** Plan ids by their (unique) names, for a file's 计划名称 column. */
  plansByName?: ReadonlyMap<string, string>;
  /** Rows of a sample the importing user may not write (outside their jurisdiction) are rejected. */
  mayWrite?: (draft: SampleDraft) => string | null;
  onProgress?: (percent: number, summary: ImportSummary) => void | Promise<void>;
  /** Called in each batch's transaction after its samples are written (e.g. to open disposals). */
  onWritten?: Parameters<typeof writeSampleBatch>[3]['onWritten'];
}

/**
 * Streams a file through parse → validate → batched writes, keeping one batch in memory.
 * Valid rows are written, bad rows reported with their sheet row and column; the summary
 * says which layout and header mapping were used.
 */
export async function runSampleImport(run: ImportRun): Promise<ImportSummary> {
  const summary = emptySummary(run.options.dryRun);
  const today = toLocalDate(new Date());
  let header: HeaderInfo | null = null;
  let batch: SampleDraft[] = [];
  // Where parsing stands (the share of the file, and the rows read), and where it stood when the
  // batch being filled began: progress reports the position of the last *committed* batch, so a
  // job killed mid-way shows what was written, not what was read.
  let parsed: { share: number; lastRow: number | null } = { share: 0, lastRow: null };
  let position = { share: 0, rows: 0 };

  const report = (errors: ImportError[]) => {
    for (const error of errors) {
      if (summary.errors.length < MAX_REPORTED_ERRORS) summary.errors.push(error);
      else summary.errorsTruncated = true;
    }
  };
  const add = (result: BatchResult) => {
    summary.imported += result.imported;
    summary.updated += result.updated;
    summary.unchanged += result.unchanged;
    summary.disposalsOpened += result.disposalsOpened;
    summary.escalationsCreated = (summary.escalationsCreated ?? 0) + result.escalationsCreated;
    summary.disposalsVoided += result.disposalsVoided;
    summary.officerItemsOpened = (summary.officerItemsOpened ?? 0) + result.officerItemsOpened;
    summary.linkItemsOpened = (summary.linkItemsOpened ?? 0) + result.linkItemsOpened;
    summary.samplingDateItemsOpened = (summary.samplingDateItemsOpened ?? 0) + result.samplingDateItemsOpened;
  };
  // One batch is written while the next is parsed and validated: the database works while Node
  // computes. Batches still commit one after another, in file order, each in its own transaction.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.length === 0) return;
    const drafts = batch;
    batch = [];
    const cut = position;
    await writing;
    writing = (async () => {
      add(await writeSampleBatch(run.db, run.actor, drafts, { jobId: run.jobId, dryRun: run.options.dryRun, onWritten: run.onWritten }));
      summary.rowsDone = cut.rows;
      await run.onProgress?.(Math.min(99, Math.floor(cut.share * 100)), summary);
    })();
    // A failure is rethrown where `writing` is next awaited; this only keeps it from counting as unhandled meanwhile.
    writing.catch(() => undefined);
  };

  try {
    for await (const event of parseSampleFile(run.filePath, { format: run.options.format, fileName: run.fileName })) {
      switch (event.type) {
        case 'header':
          header = event.header;
          summary.layout = header.layout;
          summary.sheetName = header.sheetName;
          summary.headerRow = header.headerRow;
          summary.mapping = header.mapping as Record<string, string>;
          summary.unmapped = header.unmapped;
          break;
        case 'fatal':
          throw new ImportFileError(event.message);
        case 'progress':
          parsed = { share: event.share, lastRow: event.declaredLastRow };
          break;
        case 'sample': {
          summary.rows += event.sample.rows.length;
          // By rows where the sheet declares its size, else by the share read.
          const lastRow = event.sample.rows[event.sample.rows.length - 1];
          position = { share: parsed.lastRow ? Math.min(1, lastRow / parsed.lastRow) : parsed.share, rows: summary.rows };
          const mapped = mapParsedSample(event.sample, header!, { ...run.options, planSamplingType: run.planSamplingType, plansByName: run.plansByName, today }, run.catalogue);
          if ('skipped' in mapped) {
            const { reason } = mapped.skipped;
            summary.skipped = (summary.skipped ?? 0) + 1;
            summary.skippedReasons![reason] = (summary.skippedReasons![reason] ?? 0) + 1;
            if (summary.skips!.length < MAX_REPORTED_ERRORS) summary.skips!.push(mapped.skipped);
            break;
          }
          if ('errors' in mapped) {
            summary.rejected += 1;
            report(mapped.errors);
            break;
          }
          const denied = run.mayWrite?.(mapped.draft);
          if (denied) {
            summary.rejected += 1;
            report([{ row: mapped.draft.row, column: null, message: denied }]);
            break;
          }
          for (const key of Object.keys(mapped.draft.values.inferred)) summary.inferred[key] = (summary.inferred[key] ?? 0) + 1;
          if (mapped.draft.values.needsReview) summary.needsReview += 1;
          batch.push(mapped.draft);
          if (batch.length >= IMPORT_BATCH_SIZE) await flush();
          break;
        }
      }
    }
    await flush();
  } catch (error) {
    // A fatal event or a failed write ends the file: the batch in flight settles first.
    await writing.catch(() => undefined);
    throw error;
  }
  await writing;
  if (!header) throw new ImportFileError('文件中没有数据行');
  return summary;
}

/** The file as a whole cannot be imported (unreadable, no header, empty). */
export class ImportFileError extends Error {}
