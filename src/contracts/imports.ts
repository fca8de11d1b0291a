/** Reply contracts of /api/imports (sample imports: start, job status, recent jobs). */
import { z } from 'zod';
import { timestamp } from './common.js';

export const jobState = z.enum(['queued', 'running', 'done', 'failed']);
export type JobState = z.infer<typeof jobState>;

export const importError = z.object({ row: z.number(), column: z.string().nullable(), message: z.string() });
export type ImportError = z.infer<typeof importError>;

/** What an import did (src/modules/imports/import-options.ts ImportSummary), as replies show it. */
export const importSummary = z.object({
  rows: z.number(),
  /** Rows whose outcome is committed, up to the last batch written. */
  rowsDone: z.number().optional(),
  imported: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
  /** Samples kept out of the province's records (taken elsewhere, producer not in Sichuan), per reason. */
  skipped: z.number().optional(),
  skippedReasons: z.record(z.string(), z.number()).optional(),
  /** The first skipped samples with their rows (absent from the recent-jobs list). */
  skips: z.array(z.object({ row: z.number(), sampleNo: z.string().nullable(), reason: z.string() })).optional(),
  needsReview: z.number(),
  /** 核查处置 opened for unqualified results, and voided for results no longer unqualified. */
  disposalsOpened: z.number().optional(),
  escalationsCreated: z.number().optional(),
  disposalsVoided: z.number().optional(),
  /** Work items sent to owner bureaus to record a missing accompanying officer (art. 23). */
  officerItemsOpened: z.number().optional(),
  /** Work items sent to owner bureaus to determine a link or a sampling date the file did not carry. */
  linkItemsOpened: z.number().optional(),
  samplingDateItemsOpened: z.number().optional(),
  dryRun: z.boolean(),
  layout: z.string().nullable(),
  sheetName: z.string().nullable(),
  headerRow: z.number().nullable(),
  /** Our field → the file's header. */
  mapping: z.record(z.string(), z.string()),
  unmapped: z.array(z.string()),
  /** 中文字段 → rows where it was inferred. */
  inferred: z.record(z.string(), z.number()),
  /** The first errors (absent from the recent-jobs list; the report holds them all). */
  errors: z.array(importError).optional(),
  /** How many errors there are in all (job status only). */
  errorCount: z.number().optional(),
  errorsTruncated: z.boolean(),
});
export type ImportSummary = z.infer<typeof importSummary>;

/** An import job as the recent-jobs list shows it (its summary without errors and skips). */
export const importJobRow = z.object({
  id: z.string(),
  status: jobState,
  /** Percent complete, 0–100. */
  progress: z.number(),
  fileName: z.string(),
  dryRun: z.boolean(),
  summary: importSummary.nullable(),
  createdAt: timestamp,
  finishedAt: timestamp.nullable(),
});
export type ImportJobRow = z.infer<typeof importJobRow>;

/** One job's status, polled while it runs. */
export const importJob = importJobRow.extend({
  options: z.unknown(),
  /** Why a failed job failed. */
  error: z.string().nullable(),
  startedAt: timestamp.nullable(),
});
export type ImportJob = z.infer<typeof importJob>;

export const importJobList = z.object({ items: z.array(importJobRow) });
export type ImportJobList = z.infer<typeof importJobList>;

export const importStarted = z.object({ id: z.string() });
