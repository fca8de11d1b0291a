/**
 * The analytics explorer's dimensions and cells (issue 12 §1, docs/analytics.md), pure: which
 * dimensions exist, which may be paired with the test item, how a small denominator is shown, and
 * which sample-list filters a cell stands for.
 */

export const dimensions = ['city', 'county', 'category', 'item', 'link', 'samplingType', 'enterpriseKind', 'lab', 'month', 'quarter', 'year'] as const;
export type Dimension = (typeof dimensions)[number];

export const dimensionLabels: Record<Dimension, string> = {
  city: '市（州）',
  county: '县（市、区）',
  category: '食品分类',
  item: '检验项目',
  link: '环节',
  samplingType: '抽检类型',
  enterpriseKind: '企业类型',
  lab: '承检机构',
  month: '月份',
  quarter: '季度',
  year: '年度',
};

/**
 * The test-item counts are kept by region, month, 大类, link and sampling type only
 * (analytics_item_cube): the item pairs with those, and with filters on those.
 */
export const itemCompatible: readonly Dimension[] = ['item', 'city', 'county', 'category', 'link', 'samplingType', 'month', 'quarter', 'year'];

/**
 * Below this many samples a rate is shown as the counts ("1/3"), not as a percentage: one
 * failure in three samples is not "33 %" of anything an official can defend. 20 samples is the
 * rule of thumb under which a binomial proportion's 95 % interval is wider than ±20 points at
 * the rates seen here; the funnel plots of the risk signals treat small areas properly.
 */
export const SMALL_DENOMINATOR = 20;

export interface CellCounts {
  samples: number;
  unqualified: number;
  issue: number;
}

export interface CellRates {
  /** Unqualified ÷ samples, in per cent with two decimals (0 when there are no samples). */
  rate: number;
  /** 问题 ÷ samples, in per cent. */
  issueRate: number;
  /** Fewer samples than SMALL_DENOMINATOR: show `display`, not the percentage. */
  small: boolean;
  /** What the cell shows: "2.35%", or "1/3" for a small denominator. */
  display: string;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10000) / 100);

export function cellRates(c: CellCounts): CellRates {
  const rate = percent(c.unqualified, c.samples);
  const small = c.samples < SMALL_DENOMINATOR;
  return { rate, issueRate: percent(c.issue, c.samples), small, display: small ? `${c.unqualified}/${c.samples}` : `${rate.toFixed(2)}%` };
}

/** A pivot's request: one or two dimensions, the period in whole months, the filters. */
export interface PivotFilter {
  /** First and last month, YYYY-MM, inclusive. */
  from: string;
  to: string;
  regionCode?: string;
  categoryRootId?: string;
  /** Drill-down: only samples under this category; with `category` as a dimension, its children are the keys. */
  categoryId?: string;
  /** The category level shown when `category` is a dimension (1 大类 … 4 细类). */
  categoryLevel?: number;
  link?: string;
  samplingType?: string;
  enterpriseKind?: string;
  labName?: string;
  item?: string;
}

/** Why a pivot request is refused, or null. */
export function pivotRefusal(rows: Dimension, columns: Dimension | undefined, filter: PivotFilter): { field: string; reason: string } | null {
  if (columns && columns === rows) return { field: 'columns', reason: '行与列不能是同一维度' };
  const usesItem = rows === 'item' || columns === 'item' || Boolean(filter.item);
  if (usesItem) {
    const other = [rows, columns].find((d) => d && !itemCompatible.includes(d));
    if (other) return { field: 'columns', reason: `检验项目不能与“${dimensionLabels[other]}”组合` };
    if (filter.enterpriseKind || filter.labName) return { field: 'item', reason: '检验项目不能按企业类型或承检机构筛选' };
    if (filter.categoryId || (filter.categoryLevel ?? 1) > 1) return { field: 'item', reason: '检验项目只能按大类统计' };
  }
  if (filter.from > filter.to) return { field: 'from', reason: '开始月份不能晚于结束月份' };
  return null;
}

/** The last day of a YYYY-MM month. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

/** The months (YYYY-MM, first and last) a time key covers: 2026-03, 2026-Q1, 2026. */
export function periodOfKey(dimension: 'month' | 'quarter' | 'year', key: string): { from: string; to: string } {
  if (dimension === 'month') return { from: key, to: key };
  if (dimension === 'year') return { from: `${key}-01`, to: `${key}-12` };
  const [year, q] = key.split('-Q');
  const first = (Number(q) - 1) * 3 + 1;
  return { from: `${year}-${String(first).padStart(2, '0')}`, to: `${year}-${String(first + 2).padStart(2, '0')}` };
}

const latest = (a: string, b: string) => (a > b ? a : b);
const earliest = (a: string, b: string) => (a < b ? a : b);

/**
 * The sample-list query (`/samples?…`, the same filters `GET /api/samples` takes) of a cell: the
 * pivot's filters, narrowed by the cell's keys. Null when a key has no list filter (an empty
 * region, lab, kind or category level): the list could not show exactly those samples.
 */
export function cellSampleQuery(filter: PivotFilter, keys: Partial<Record<Dimension, string | null>>): Record<string, string> | null {
  let from = filter.from;
  let to = filter.to;
  const q: Record<string, string> = {};
  const set = (name: string, value: string | undefined) => {
    if (value) q[name] = value;
  };
  set('regionCode', filter.regionCode && filter.regionCode !== '510000' ? filter.regionCode : undefined);
  set('categoryRootId', filter.categoryRootId);
  set('categoryId', filter.categoryId);
  set('link', filter.link);
  set('samplingType', filter.samplingType);
  set('enterpriseKind', filter.enterpriseKind);
  set('labName', filter.labName);
  set('testItem', filter.item);
  for (const [dimension, key] of Object.entries(keys) as [Dimension, string | null][]) {
    if (key === null || key === undefined) {
      if (dimension === 'link') q.link = 'unknown';
      else return null;
      continue;
    }
    switch (dimension) {
      case 'city':
      case 'county':
        q.regionCode = key;
        break;
      case 'category':
        // A 大类 is the root filter; a lower level the subtree filter.
        if ((filter.categoryLevel ?? 1) <= 1) q.categoryRootId = key;
        else q.categoryId = key;
        break;
      case 'item':
        q.testItem = key;
        break;
      case 'link':
        q.link = key;
        break;
      case 'samplingType':
        q.samplingType = key;
        break;
      case 'enterpriseKind':
        q.enterpriseKind = key;
        break;
      case 'lab':
        q.labName = key;
        break;
      case 'month':
      case 'quarter':
      case 'year': {
        const p = periodOfKey(dimension, key);
        from = latest(from, p.from);
        to = earliest(to, p.to);
        break;
      }
    }
  }
  q.dateFrom = `${from}-01`;
  q.dateTo = monthEnd(to);
  return q;
}

/** The list behind a cell's unqualified (or 问题) count: the cell's query with the conclusion, the item's failures for an item. */
export function failedQuery(query: Record<string, string>, conclusion: 'unqualified' | 'issue'): Record<string, string> {
  const { testItem, ...rest } = query;
  return testItem ? { ...rest, failedItem: testItem, conclusion } : { ...rest, conclusion };
}
