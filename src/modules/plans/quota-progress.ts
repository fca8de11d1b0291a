import { eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { samples } from '../../db/schema/index.js';
import { quotaRegionRange } from '../../domain/sampling/plan-rules.js';

export interface QuotaScope {
  id: string;
  categoryId: string | null;
  /** Level of the quota's category: a 大类 (1) matches on the samples' denormalised root. */
  categoryLevel: number | null;
  regionCode: string | null;
}

/** Samples of the plan in the quota's category (or below it) and region (a city covers its counties). */
function quotaCondition(quota: QuotaScope): SQL {
  const conditions: SQL[] = [];
  if (quota.categoryId && quota.categoryLevel === 1) conditions.push(sql`${samples.categoryRootId} = ${quota.categoryId}`);
  else if (quota.categoryId) {
    conditions.push(sql`${samples.categoryId} IN (
      WITH RECURSIVE sub(id) AS (
        SELECT ${quota.categoryId}::uuid
        UNION ALL
        SELECT fc.id FROM food_categories fc JOIN sub ON fc.parent_id = sub.id
      ) SELECT id FROM sub)`);
  }
  if (quota.regionCode) {
    const { from, to } = quotaRegionRange(quota.regionCode);
    conditions.push(sql`${samples.regionCode} BETWEEN ${from} AND ${to}`);
  }
  return conditions.length ? sql.join(conditions, sql` AND `) : sql`true`;
}

/** Samples counted against each quota of a plan, in one pass over the plan's samples. */
export async function quotaProgress(db: Executor, planId: string, quotas: QuotaScope[]): Promise<Map<string, number>> {
  if (quotas.length === 0) return new Map();
  const columns = Object.fromEntries(quotas.map((q, i) => [`q${i}`, sql<number>`(count(*) FILTER (WHERE ${quotaCondition(q)}))::int`]));
  const [row] = await db.select(columns).from(samples).where(eq(samples.planId, planId));
  return new Map(quotas.map((q, i) => [q.id, Number(row?.[`q${i}`] ?? 0)]));
}
