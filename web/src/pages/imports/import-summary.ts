/** How an import's summary reads on screen: the cards, the layout, the column mapping, the inferences. */
import { labelOf } from '../../lib/enums';
import { messages } from '../../messages';
import { importFieldsMessages, importsMessages } from './messages';
import type { ImportSummary } from './imports-api';

const m = importsMessages;

export const MAX_ERRORS_SHOWN = 100;

export interface SummaryCard {
  key: string;
  title: string;
  value: number;
  color?: string;
  /** The list the figure counts, when there is one to open. */
  href?: string;
}

/**
 * 总行数, 新增, 更新, 未变化, 拒绝, 待核实; a preview says what would be written. A real import
 * also says how many 核查处置 it opened (and voided, when results changed); 新开核查处置 opens the
 * disposal list filtered to this job.
 */
export function summaryCards(s: ImportSummary, jobId?: string): SummaryCard[] {
  const opened = s.disposalsOpened ?? 0;
  const disposals: SummaryCard[] = s.dryRun
    ? []
    : [
        ...(s.disposalsOpened !== undefined
          ? [{ key: 'disposalsOpened', title: m.disposalsOpened, value: opened, color: opened > 0 ? '#d46b08' : undefined, href: jobId && opened > 0 ? `/disposals?importJobId=${jobId}&status=all` : undefined }]
          : []),
        ...(s.escalationsCreated !== undefined ? [{ key: 'escalationsCreated', title: m.escalationsCreated, value: s.escalationsCreated, color: s.escalationsCreated > 0 ? '#cf1322' : undefined }] : []),
        ...(s.disposalsVoided ? [{ key: 'disposalsVoided', title: m.disposalsVoided, value: s.disposalsVoided }] : []),
        // Art. 23: samples whose file named no accompanying officer, sent to their bureaus to record one.
        ...(s.officerItemsOpened ? [{ key: 'officerItemsOpened', title: m.officerItemsOpened, value: s.officerItemsOpened, color: '#d46b08' }] : []),
        ...(s.linkItemsOpened ? [{ key: 'linkItemsOpened', title: m.linkItemsOpened, value: s.linkItemsOpened, color: '#d46b08' }] : []),
        ...(s.samplingDateItemsOpened ? [{ key: 'samplingDateItemsOpened', title: m.samplingDateItemsOpened, value: s.samplingDateItemsOpened, color: '#d46b08' }] : []),
      ];
  return [
    { key: 'rows', title: m.rows, value: s.rows },
    { key: 'imported', title: s.dryRun ? m.dryRunImported : m.imported, value: s.imported, color: s.imported > 0 ? '#389e0d' : undefined },
    { key: 'updated', title: s.dryRun ? m.dryRunUpdated : m.updated, value: s.updated, color: s.updated > 0 ? '#1659a8' : undefined },
    { key: 'unchanged', title: m.unchanged, value: s.unchanged },
    { key: 'rejected', title: m.rejected, value: s.rejected, color: s.rejected > 0 ? '#cf1322' : undefined },
    // Samples the layout keeps out of the province's records (taken elsewhere, producer not in Sichuan).
    ...(s.skipped ? [{ key: 'skipped', title: m.skipped, value: s.skipped }] : []),
    { key: 'needsReview', title: m.needsReview, value: s.needsReview, color: s.needsReview > 0 ? '#d46b08' : undefined },
    ...disposals,
  ];
}

/** The layout the parser recognised, in words. */
export function layoutLabel(layout: string | null): string {
  return layout ? labelOf(messages.enums.importLayout, layout) : messages.common.none;
}

export interface MappingRow {
  field: string;
  label: string;
  header: string;
}

/** 字段 → 文件表头, in the order of the field catalogue (unknown fields last). */
export function mappingRows(mapping: Record<string, string>): MappingRow[] {
  const order = Object.keys(importFieldsMessages);
  const rank = (field: string) => {
    const i = order.indexOf(field);
    return i < 0 ? order.length : i;
  };
  return Object.entries(mapping)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([field, header]) => ({ field, label: labelOf(importFieldsMessages, field), header }));
}

/** "<reason> 3 条" for each reason samples were skipped, most frequent first. */
export function skippedEntries(reasons: Record<string, number> | undefined): string[] {
  return Object.entries(reasons ?? {})
    .sort(([, a], [, b]) => b - a)
    .map(([reason, n]) => m.inferredCount(reason, n));
}

/** "环节 4 条" for each inferred field, most frequent first. */
export function inferredEntries(inferred: Record<string, number>): string[] {
  return Object.entries(inferred)
    .sort(([, a], [, b]) => b - a)
    .map(([field, n]) => m.inferredCount(field, n));
}

/** The caption above the errors table. */
export function errorsCaption(s: ImportSummary): string {
  const total = s.errors?.length ?? 0;
  return m.errorsShown(Math.min(total, MAX_ERRORS_SHOWN), total, s.errorsTruncated);
}
