import { z } from 'zod';
import { isoDate } from '../../http/dates.js';
import { LAYOUT_IDS } from './parse/layouts.js';

/** Defaults the importing user sets for what a published file does not say. */
export const importOptionsSchema = z.object({
  /** auto: recognised from the header (parse/layouts.ts); otherwise the layout the user chose. */
  format: z.enum(['auto', ...LAYOUT_IDS]).default('auto'),
  dryRun: z
    .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
    .default(false)
    .transform((v) => v === true || v === 'true' || v === '1'),
  /** Sampling date for rows that carry none (published layouts never do). */
  defaultSamplingDate: isoDate().optional(),
  defaultLink: z.enum(['production', 'distribution', 'catering', 'online']).optional(),
  defaultSamplingType: z.enum(['supervisory', 'risk_monitoring', 'evaluative']).optional(),
  planId: z.uuid().optional(),
});

export type ImportOptions = z.infer<typeof importOptionsSchema>;

export interface ImportError {
  row: number;
  column: string | null;
  message: string;
}

export interface ImportSummary {
  rows: number;
  /**
   * Sheet rows whose outcome is committed (written, unchanged or rejected) up to the last batch
   * written; `rows` counts rows read, which runs one batch ahead.
   */
  rowsDone?: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /**
   * Samples the layout keeps out of the province's records (a national export's sample taken in
   * another province whose producer is not in Sichuan), with the reason: neither written nor errors.
   */
  skipped?: number;
  /** Per reason, how many samples were skipped, and the first skipped samples with their rows. */
  skippedReasons?: Record<string, number>;
  skips?: { row: number; sampleNo: string | null; reason: string }[];
  needsReview: number;
  /** Disposals opened for unqualified results (and voided for results no longer unqualified). */
  disposalsOpened: number;
  /** Escalations (督办) the imported results fired. */
  escalationsCreated?: number;
  disposalsVoided: number;
  /** Work items sent to owner bureaus to record a missing accompanying officer (art. 23). */
  officerItemsOpened?: number;
  /** Work items sent to owner bureaus to determine an unknown link, or check a sampling date the file did not give (review-flags.ts). */
  linkItemsOpened?: number;
  samplingDateItemsOpened?: number;
  dryRun: boolean;
  layout: string | null;
  sheetName: string | null;
  headerRow: number | null;
  mapping: Record<string, string>;
  unmapped: string[];
  /** What was inferred rather than read, with counts: { "环节": 120, … }. */
  inferred: Record<string, number>;
  errors: ImportError[];
  /** More errors than the summary keeps (the report holds the first 10 000). */
  errorsTruncated: boolean;
}

export const MAX_REPORTED_ERRORS = 10_000;

export function emptySummary(dryRun: boolean): ImportSummary {
  return {
    rows: 0,
    rowsDone: 0,
    imported: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    skipped: 0,
    skippedReasons: {},
    skips: [],
    needsReview: 0,
    disposalsOpened: 0,
    escalationsCreated: 0,
    disposalsVoided: 0,
    officerItemsOpened: 0,
    linkItemsOpened: 0,
    samplingDateItemsOpened: 0,
    dryRun,
    layout: null,
    sheetName: null,
    headerRow: null,
    mapping: {},
    unmapped: [],
    inferred: {},
    errors: [],
    errorsTruncated: false,
  };
}
