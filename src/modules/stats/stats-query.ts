import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { SessionUser } from '../access/actor.js';
import { sampleScopeReads } from '../access/jurisdiction-sql.js';
import { isProvinceLevelUnit } from '../../domain/sampling/plan-rules.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { sampleInScope } from '../sampling/sample-scope.js';
import { PROVINCE_CODE, regionRange } from './areas.js';

/**
 * Reads of sample_stats. The table is named `samples` in these queries so that the samples'
 * own scope condition (sampleInScope: owner unit, link, category root) applies to it unchanged:
 * the aggregates carry exactly the columns that condition reads. One definition of who sees
 * which sample, for the list and for the figures that must equal its totals.
 */
export const STATS_FROM = sql.raw('sample_stats AS samples');
/** The rollup without category root, type and plan (a fifth of the rows), under the same name. */
const STATS_AREA_FROM = sql.raw('sample_stats_area AS samples');

/**
 * An owner-less aggregate (analytics_rollup at a grain, analytics_item_rollup, analytics_item_months;
 * migrations 0036, 0040) named `samples`, for PROVINCIAL readers only, with the province bureau as
 * every row's owner: their scope never depends on the owner unit, because no sample is owned by a
 * unit in a division's subtree (owners are the bureau of the region, or the province bureau;
 * org ownerUnitForRegion), so the samples' own scope condition reads these rows unchanged — the
 * province bureau's subtree is everything, a division's own subtree nothing, its link or 大类 as
 * on the samples (the table must then keep them: sampleScopeReads).
 */
export function ownerlessFrom(table: 'analytics_rollup' | 'analytics_item_rollup' | 'analytics_item_months', grain?: number): SQL {
  const owner = sql`${unitIdForSlug('province')}::uuid AS owner_unit_id`;
  const where = grain === undefined ? sql`` : sql` WHERE r.grain = ${grain}`;
  return sql`(SELECT r.*, ${owner} FROM ${sql.raw(table)} r${where}) AS samples`;
}

/** Whether the rollup serves this reader: its sample scope does not read the category root (only 特殊食品处's does). */
const rollupServes = (user: SessionUser) => !sampleScopeReads(user, 'see').categoryRoot;

export interface StatsFilter {
  regionCode: string;
  /** First and last day (inclusive) of the period; whole months, as the aggregates are by month. */
  from: string;
  to: string;
  categoryRootId?: string;
  link?: string;
}

/** Scope first, then the region (as the samples list reads it), the months, and the optional category root and link. */
export function statsWhere(user: SessionUser, filter: StatsFilter): SQL {
  const conditions: SQL[] = [sampleInScope(user), sql`samples.month >= ${filter.from}::date AND samples.month <= ${filter.to}::date`];
  const range = regionRange(filter.regionCode);
  if (range) conditions.push(sql`samples.region_code >= ${range.from} AND samples.region_code <= ${range.to}`);
  if (filter.categoryRootId) conditions.push(sql`samples.category_root_id = ${filter.categoryRootId}`);
  if (filter.link) conditions.push(filter.link === 'unknown' ? sql`samples.link IS NULL` : sql`samples.link = ${filter.link}`);
  return sql.join(conditions, sql` AND `);
}

/** The table countsGrouped reads (see its options). */
function sourceOf(user: SessionUser, regionCode: string, options: { byAreaOnly?: boolean; byRootOnly?: boolean }): SQL {
  if (options.byAreaOnly && rollupServes(user)) return STATS_AREA_FROM;
  if (options.byRootOnly && isProvinceLevelUnit(user.unit.kind)) {
    const county = regionCode !== PROVINCE_CODE && !regionCode.endsWith('00');
    return ownerlessFrom('analytics_rollup', county ? 2 : 1);
  }
  return STATS_FROM;
}

export interface Counts {
  samples: number;
  unqualified: number;
  issue: number;
}

/** Sums of the aggregates grouped by `key` (an SQL expression over `samples`, e.g. the city of the region). */
export async function countsBy(db: Executor, user: SessionUser, filter: StatsFilter, key: SQL): Promise<Map<string | null, Counts>> {
  const result = (await db.execute(sql`
    SELECT ${key} AS key, sum(samples.samples)::int AS samples, sum(samples.unqualified)::int AS unqualified, sum(samples.issue)::int AS issue
    FROM ${STATS_FROM} WHERE ${statsWhere(user, filter)} GROUP BY 1`)) as unknown as { rows: ({ key: string | null } & Counts)[] };
  return new Map(result.rows.map((r) => [r.key === null ? null : String(r.key), { samples: Number(r.samples), unqualified: Number(r.unqualified), issue: Number(r.issue) }]));
}

export const rate = (c: Counts) => (c.samples === 0 ? 0 : Math.round((c.unqualified / c.samples) * 10000) / 100);
export const zero: Counts = { samples: 0, unqualified: 0, issue: 0 };
export const cityOf = sql`substring(samples.region_code from 1 for 4) || '00'`;
export const countyOf = sql`samples.region_code`;

/**
 * Several groupings of the aggregates over several periods in ONE scan (GROUPING SETS, one FILTER
 * per period): the dashboard's areas, months and total, or the briefing's total, categories, areas
 * and links for this period, the previous one and last year. `null` as a key is the total.
 * Returns, per key, per period, the counts by the key's value.
 */
export async function countsGrouped(
  db: Executor,
  user: SessionUser,
  filter: Omit<StatsFilter, 'from' | 'to'>,
  periods: { from: string; to: string }[],
  keys: (SQL | null)[],
  /** The keys read only the region, the month and the link: the rollup may answer. */
  /**
   * byAreaOnly: the keys read only the region, the month and the link (the area rollup may answer);
   * byRootOnly: only the region, the month and the 大类 (a provincial reader's owner-less rollup,
   * grain 1 by city, grain 2 when the region is a county, may answer).
   */
  options: { byAreaOnly?: boolean; byRootOnly?: boolean } = {},
): Promise<Map<string | null, Counts>[][]> {
  const grouped = keys.filter((k): k is SQL => k !== null);
  const within = (p: { from: string; to: string }) => sql`samples.month >= ${p.from}::date AND samples.month <= ${p.to}::date`;
  // The bounding range first, so the month index narrows the scan before the periods are told apart.
  const bounds = { from: periods.map((p) => p.from).sort()[0], to: periods.map((p) => p.to).sort().at(-1)! };
  const anyPeriod = sql`${within(bounds)} AND (${sql.join(periods.map((p) => sql`(${within(p)})`), sql` OR `)})`;
  const sums = periods.map(
    (p, i) =>
      sql`coalesce(sum(samples.samples) FILTER (WHERE ${within(p)}), 0)::int AS s${sql.raw(String(i))}, coalesce(sum(samples.unqualified) FILTER (WHERE ${within(p)}), 0)::int AS u${sql.raw(String(i))}, coalesce(sum(samples.issue) FILTER (WHERE ${within(p)}), 0)::int AS i${sql.raw(String(i))}`,
  );
  const sets = [...grouped.map((k) => sql`(${k})`), ...(keys.includes(null) ? [sql`()`] : [])];
  const base = statsWhere(user, { ...filter, from: '0001-01-01', to: '9999-12-31' });
  const result = (await db.execute(sql`
    SELECT ${sql.join(grouped.map((k, i) => sql`${k} AS k${sql.raw(String(i))}`), sql`, `)}${grouped.length ? sql`, ` : sql``}
      ${grouped.length ? sql`GROUPING(${sql.join(grouped, sql`, `)})` : sql`0`} AS g, ${sql.join(sums, sql`, `)}
    FROM ${sourceOf(user, filter.regionCode, options)} WHERE ${base} AND (${anyPeriod})
    GROUP BY GROUPING SETS (${sql.join(sets, sql`, `)})`)) as unknown as { rows: Record<string, unknown>[] };
  const n = grouped.length;
  const all = (1 << n) - 1;
  return keys.map((key) => {
    const maps = periods.map(() => new Map<string | null, Counts>());
    const index = key === null ? -1 : grouped.indexOf(key);
    // GROUPING() sets the bit of each argument NOT grouped by: the row of key i has only its bit clear.
    const mask = index === -1 ? all : all & ~(1 << (n - 1 - index));
    for (const row of result.rows) {
      if (Number(row.g) !== mask) continue;
      const value = index === -1 ? 'all' : row[`k${index}`] === null ? null : String(row[`k${index}`]);
      periods.forEach((_, p) => maps[p].set(value, { samples: Number(row[`s${p}`]), unqualified: Number(row[`u${p}`]), issue: Number(row[`i${p}`]) }));
    }
    return maps;
  });
}
