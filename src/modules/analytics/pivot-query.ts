import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { Dimension, PivotFilter } from '../../domain/analytics/pivot.js';
import type { SessionUser } from '../access/actor.js';
import { isProvinceLevelUnit } from '../../domain/sampling/plan-rules.js';
import { regionRange } from '../stats/areas.js';
import { ownerlessFrom } from '../stats/stats-query.js';
import { sampleScopeReads } from '../access/jurisdiction-sql.js';
import { analyticsReadable } from './analytics-scope.js';

/** Counts of one cell of a pivot: its keys (null: no value, e.g. unknown link) and its sums. */
export interface PivotRow {
  k0: string | null;
  k1: string | null;
  samples: number;
  unqualified: number;
  issue: number;
}

/**
 * Each sample category (any level) and its ancestor at the requested level: the cube keeps the
 * sample's own category, a drill-down groups by the ancestor. food_categories is small (hundreds).
 */
const categoryAtLevel = (level: number) => sql`(
  WITH RECURSIVE up AS (
    SELECT id AS category_id, id AS ancestor_id, level FROM food_categories
    UNION ALL
    SELECT up.category_id, fc.parent_id, fc.level - 1 FROM up JOIN food_categories fc ON fc.id = up.ancestor_id WHERE fc.parent_id IS NOT NULL
  )
  SELECT category_id, ancestor_id FROM up WHERE level = ${level})`;

/** Every category under (and including) a category: the samples list's categoryId filter. */
const subtree = (categoryId: string) =>
  sql`(WITH RECURSIVE sub AS (SELECT id FROM food_categories WHERE id = ${categoryId} UNION ALL SELECT fc.id FROM food_categories fc JOIN sub ON fc.parent_id = sub.id) SELECT id FROM sub)`;

/** The SQL key of a dimension over the cube (named `samples`), and the join it needs. */
function keyOf(dimension: Dimension, level: number): SQL {
  switch (dimension) {
    case 'city':
      return sql`substring(samples.region_code from 1 for 4) || '00'`;
    case 'county':
      return sql`samples.region_code`;
    case 'category':
      return level <= 1 ? sql`samples.category_root_id::text` : sql`lvl.ancestor_id::text`;
    case 'item':
      return sql`samples.item_name`;
    case 'link':
      return sql`samples.link`;
    case 'samplingType':
      return sql`samples.sampling_type`;
    case 'enterpriseKind':
      return sql`samples.enterprise_kind`;
    case 'lab':
      return sql`samples.lab_name`;
    case 'month':
      return sql`to_char(samples.month, 'YYYY-MM')`;
    case 'quarter':
      return sql`to_char(samples.month, 'YYYY-"Q"Q')`;
    case 'year':
      return sql`to_char(samples.month, 'YYYY')`;
  }
}

/** Whether the request needs the per-item cube (an item dimension or filter). */
export const usesItemCube = (dims: Dimension[], filter: PivotFilter) => dims.includes('item') || Boolean(filter.item);

type Feature = 'county' | 'category' | 'kind' | 'lab';

/** What a request needs beyond city × month × 大类 × link × sampling type, which every table has. */
function featuresOf(dims: Dimension[], filter: PivotFilter): Set<Feature> {
  const needs = new Set<Feature>();
  const level = filter.categoryLevel ?? 1;
  if (dims.includes('county') || (filter.regionCode && !filter.regionCode.endsWith('00'))) needs.add('county');
  if ((dims.includes('category') && level > 1) || filter.categoryId) needs.add('category');
  if (dims.includes('enterpriseKind') || filter.enterpriseKind) needs.add('kind');
  if (dims.includes('lab') || filter.labName) needs.add('lab');
  return needs;
}

/** The rollup's grains (migration 0036) and what each keeps beyond the common dimensions. */
const grainFeatures: [number, Feature[]][] = [
  [1, []],
  [2, ['county']],
  [3, ['kind', 'lab']],
  [4, ['category']],
];

/** The dimensions analytics_item_months keeps (migration 0040). */
const itemMonthDimensions: readonly Dimension[] = ['item', 'city', 'month', 'quarter', 'year'];

/**
 * The table a pivot reads, named `samples` so the samples' scope applies. The owner-less rollups
 * serve provincial readers only (stats-query.ts ownerlessFrom says why that is safe). Bureaus read
 * sample_stats (the province view's counts, same columns for the same scope) when the request needs
 * nothing finer, else the full cubes, where their owner units and region narrow the scan.
 */
function sourceOf(user: SessionUser, dims: Dimension[], filter: PivotFilter): SQL {
  const itemCube = usesItemCube(dims, filter);
  const needs = featuresOf(dims, filter);
  if (isProvinceLevelUnit(user.unit.kind)) {
    // By city, month and item only: no 大类, link or type to group or filter by, and a scope that reads neither.
    const reads = sampleScopeReads(user, 'see');
    const itemMonths =
      itemCube && !needs.has('county') && !reads.link && !reads.categoryRoot && dims.every((d) => itemMonthDimensions.includes(d)) && !filter.categoryRootId && !filter.link && !filter.samplingType;
    if (itemMonths) return ownerlessFrom('analytics_item_months');
    if (itemCube && !needs.has('county')) return ownerlessFrom('analytics_item_rollup');
    if (!itemCube) {
      const grain = grainFeatures.find(([, features]) => [...needs].every((n) => features.includes(n)));
      if (grain) return ownerlessFrom('analytics_rollup', grain[0]);
    }
  }
  if (itemCube) return sql.raw('analytics_item_cube AS samples');
  // Without the category below the 大类, the enterprise kind and the lab, sample_stats answers (owner ×
  // county × month × 大类 × link × type × plan): a third of the full cube's rows at 10^6 samples.
  if (needs.size === 0 || (needs.size === 1 && needs.has('county'))) return sql.raw('sample_stats AS samples');
  return sql.raw('analytics_cube AS samples');
}

/** Scope, then the period and the filters, as the samples list reads them (sample-filter.ts). */
function whereOf(user: SessionUser, filter: PivotFilter, itemCube: boolean): SQL {
  const c: SQL[] = [analyticsReadable(user), sql`samples.month >= ${`${filter.from}-01`}::date AND samples.month <= ${`${filter.to}-01`}::date`];
  const range = filter.regionCode ? regionRange(filter.regionCode) : null;
  if (range) c.push(sql`samples.region_code >= ${range.from} AND samples.region_code <= ${range.to}`);
  if (filter.categoryRootId) c.push(sql`samples.category_root_id = ${filter.categoryRootId}`);
  if (filter.link) c.push(filter.link === 'unknown' ? sql`samples.link IS NULL` : sql`samples.link = ${filter.link}`);
  if (filter.samplingType) c.push(sql`samples.sampling_type = ${filter.samplingType}`);
  if (filter.item) c.push(sql`samples.item_name = ${filter.item}`);
  if (!itemCube) {
    if (filter.categoryId) c.push(sql`samples.category_id IN ${subtree(filter.categoryId)}`);
    if (filter.enterpriseKind) c.push(sql`samples.enterprise_kind = ${filter.enterpriseKind}`);
    if (filter.labName) c.push(sql`samples.lab_name = ${filter.labName}`);
  }
  return sql.join(c, sql` AND `);
}

/** One GROUP BY over the cube the request needs: the counts per (row key, column key). */
export async function pivotCounts(db: Executor, user: SessionUser, dims: Dimension[], filter: PivotFilter): Promise<PivotRow[]> {
  const itemCube = usesItemCube(dims, filter);
  const level = filter.categoryLevel ?? 1;
  const from = sourceOf(user, dims, filter);
  const join = dims.includes('category') && level > 1 ? sql` LEFT JOIN ${categoryAtLevel(level)} lvl ON lvl.category_id = samples.category_id` : sql``;
  const k0 = dims[0] ? keyOf(dims[0], level) : sql`NULL::text`;
  const k1 = dims[1] ? keyOf(dims[1], level) : sql`NULL::text`;
  const result = (await db.execute(sql`
    SELECT ${k0} AS k0, ${k1} AS k1, sum(samples.samples)::int AS samples, sum(samples.unqualified)::int AS unqualified, sum(samples.issue)::int AS issue
    FROM ${from}${join}
    WHERE ${whereOf(user, filter, itemCube)}
    GROUP BY 1, 2
    HAVING sum(samples.samples) > 0`)) as unknown as { rows: PivotRow[] };
  return result.rows.map((r) => ({
    k0: r.k0 === null ? null : String(r.k0),
    k1: r.k1 === null ? null : String(r.k1),
    samples: Number(r.samples),
    unqualified: Number(r.unqualified),
    issue: Number(r.issue),
  }));
}
