import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { orgUnits, samplingPlans } from '../../db/schema/index.js';
import { progressPercent } from '../../domain/sampling/plan-rules.js';
import type { Page } from '../../http/paging.js';
import type { SessionUser } from '../access/actor.js';
import { planInScope } from './plan-scope.js';
import { planActions } from './plan-workflow.js';
import { outer } from '../../db/outer-column.js';

export interface PlanFilter {
  year?: number;
  samplingType?: string;
  planKind?: string;
  status?: string;
}

/** Plans in the user's scope, newest year first, each with its quota total and samples taken so far. */
export async function listPlans(db: Executor, user: SessionUser, filter: PlanFilter, page: Page) {
  const conditions: SQL[] = [planInScope(user)];
  if (filter.year) conditions.push(eq(samplingPlans.year, filter.year));
  if (filter.samplingType) conditions.push(eq(samplingPlans.samplingType, filter.samplingType));
  if (filter.planKind) conditions.push(eq(samplingPlans.planKind, filter.planKind));
  if (filter.status) conditions.push(eq(samplingPlans.status, filter.status));
  const where = and(...conditions);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        plan: samplingPlans,
        organiserUnitName: orgUnits.name,
        organiserPath: orgUnits.path,
        quotaTotal: sql<number>`(SELECT coalesce(sum(pq.quota), 0) FROM plan_quotas pq WHERE pq.plan_id = ${outer(samplingPlans.id)})::int`,
        sampled: sql<number>`(SELECT count(*) FROM samples s WHERE s.plan_id = ${outer(samplingPlans.id)})::int`,
      })
      .from(samplingPlans)
      .innerJoin(orgUnits, eq(orgUnits.id, samplingPlans.organiserUnitId))
      .where(where)
      .orderBy(desc(samplingPlans.year), desc(samplingPlans.createdAt), desc(samplingPlans.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ total: count() }).from(samplingPlans).where(where),
  ]);
  return {
    items: rows.map(({ plan, organiserUnitName, organiserPath, quotaTotal, sampled }) => ({
      ...plan,
      organiserUnitName,
      quotaTotal,
      sampled,
      progress: progressPercent(sampled, quotaTotal),
      actions: planActions(user, plan, organiserPath),
    })),
    total,
  };
}
