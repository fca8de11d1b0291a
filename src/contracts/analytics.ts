/** Reply contracts of the analytics explorer (风险分析): /api/analytics/rates, /pivot and /complaints. */
import { z } from 'zod';

export const rateItem = z.object({
  key: z.string().nullable(),
  label: z.string(),
  samples: z.number(),
  unqualified: z.number(),
  /** Unqualified ÷ samples, per cent (two decimals). */
  rate: z.number(),
  issue: z.number(),
  issueRate: z.number(),
  /** Fewer samples than the threshold: show `display` ("1/3"), not the percentage. */
  small: z.boolean(),
  display: z.string(),
  /** The sample list behind the count and behind the unqualified count (web paths), or null. */
  href: z.string().nullable(),
  unqualifiedHref: z.string().nullable(),
});

export const rates = z.object({ items: z.array(rateItem) });

const cell = rateItem.omit({ key: true, label: true }).extend({ issueHref: z.string().nullable() });

export const pivot = z.object({
  rows: z.string(),
  columns: z.string().nullable(),
  rowLabel: z.string(),
  columnLabel: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  categoryLevel: z.number(),
  smallThreshold: z.number(),
  /** Column keys in display order (a single column `null` when the pivot has one dimension). */
  columnKeys: z.array(z.object({ key: z.string().nullable(), label: z.string() })),
  rowItems: z.array(
    z.object({
      key: z.string().nullable(),
      label: z.string(),
      /** The row over every column. */
      total: cell,
      /** Per column key, in `columnKeys` order; null where the row has no samples in that column. */
      cells: z.array(cell.nullable()),
    }),
  ),
  /** Each column over every row, in `columnKeys` order. */
  columnTotals: z.array(cell),
  total: cell,
});

export type RateItem = z.infer<typeof rateItem>;
export type Rates = z.infer<typeof rates>;
export type Pivot = z.infer<typeof pivot>;
export type PivotCell = z.infer<typeof cell>;

/** One row of `GET /api/analytics/complaints`: complaints received (merged duplicates not again), of which 投诉, 举报, 12345 transfers. */
export const complaintCountItem = z.object({
  /** Category id, region code, enterprise name or YYYY-MM; null: an unknown region or a food no category reads. */
  key: z.string().nullable(),
  label: z.string(),
  total: z.number(),
  complaints: z.number(),
  reports: z.number(),
  transfers12345: z.number(),
  /** The complaint list behind each count (web paths), or null where the list has no such filter. */
  href: z.string().nullable(),
  complaintsHref: z.string().nullable(),
  reportsHref: z.string().nullable(),
  transfersHref: z.string().nullable(),
});

export const complaintCounts = z.object({
  by: z.enum(['category', 'city', 'county', 'enterprise', 'month']),
  year: z.number(),
  items: z.array(complaintCountItem),
  /** Every complaint of the year in scope (and region): for `by=enterprise` more than the top rows. */
  total: complaintCountItem,
});

export type ComplaintCountItem = z.infer<typeof complaintCountItem>;
export type ComplaintCounts = z.infer<typeof complaintCounts>;
