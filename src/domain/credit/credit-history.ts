/** Shaping an enterprise's credit record: the chart's years and the timeline's order. */
import type { CreditEntryKind } from './credit-kinds.js';

export interface YearCounts {
  year: number;
  /** Samples where the enterprise is the sampled party or the nominal producer. */
  sampled: number;
  /** Unqualified results that stand. */
  unqualified: number;
  /** Unqualified results overturned by a retest or an objection. */
  overturned: number;
}

/**
 * One bar group per year from the first to the last year with samples: a year with no samples
 * is shown as zero, so the chart does not hide a gap (a quiet year says something too).
 */
export function fillYears(rows: readonly YearCounts[]): YearCounts[] {
  if (rows.length === 0) return [];
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const years = rows.map((r) => r.year);
  const out: YearCounts[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    out.push(byYear.get(year) ?? { year, sampled: 0, unqualified: 0, overturned: 0 });
  }
  return out;
}

/** Within one day, the order events happen in: a result, then its disposal, then what followed. */
const kindOrder: Record<CreditEntryKind, number> = {
  unqualified: 0,
  overturned: 0,
  disposal: 1,
  escalation: 2,
  inspection: 3,
  interview: 4,
  penalty: 5,
  dishonest: 6,
};

/** Newest first; on the same day the later step of the chain first; then by id, for a stable order. */
export function sortEntries<T extends { at: string; kind: CreditEntryKind; id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => {
    if (a.at !== b.at) return a.at < b.at ? 1 : -1;
    if (kindOrder[a.kind] !== kindOrder[b.kind]) return kindOrder[b.kind] - kindOrder[a.kind];
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
