import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { SessionUser } from '../access/actor.js';
import { sampleInScope } from '../sampling/sample-scope.js';
import { regionRange } from './areas.js';

/**
 * Reads of sample_stats. The table is named `samples` in these queries so that the samples'
 * own scope condition (sampleInScope: owner unit, link, category root) applies to it unchanged:
 * the aggregates carry exactly the columns that condition reads. One definition of who sees
 * which sample, for the list and for the figures that must equal its totals.
 */
export const STATS_FROM = sql.raw('sample_stats AS samples');

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
