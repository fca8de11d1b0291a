import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { foodCategories, orgUnits, planQuotas, samples, samplingPlans, samplingSuggestions } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { progressPercent } from '../../domain/sampling/plan-rules.js';
import type { SessionUser } from '../access/actor.js';
import { planInScope } from './plan-scope.js';
import { planActions } from './plan-workflow.js';
import { quotaProgress } from './quota-progress.js';
import { regionName } from './region-names.js';

/** A plan in the user's scope with its organiser's path (for the edit rule), or NOT_FOUND. */
export async function findPlan(db: Executor, user: SessionUser, id: string) {
  const [row] = await db
    .select({ plan: samplingPlans, organiserUnitName: orgUnits.name, organiserPath: orgUnits.path })
    .from(samplingPlans)
    .innerJoin(orgUnits, eq(orgUnits.id, samplingPlans.organiserUnitId))
    .where(and(eq(samplingPlans.id, id), planInScope(user)))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'samplingPlan', id });
  return row;
}

/**
 * A plan with its quotas and the progress of each (samples of the plan in the quota's category
 * and region), the suggestions accepted into it, and what the caller may do with it.
 */
export async function getPlan(db: Executor, user: SessionUser, id: string) {
  const { plan, organiserUnitName, organiserPath } = await findPlan(db, user, id);
  const [quotas, [{ sampled }], suggestions] = await Promise.all([
    db
      .select({
        id: planQuotas.id,
        categoryId: planQuotas.categoryId,
        categoryName: foodCategories.name,
        categoryLevel: foodCategories.level,
        regionCode: planQuotas.regionCode,
        quota: planQuotas.quota,
      })
      .from(planQuotas)
      .leftJoin(foodCategories, eq(foodCategories.id, planQuotas.categoryId))
      .where(eq(planQuotas.planId, id))
      .orderBy(asc(foodCategories.rootId), asc(foodCategories.level), asc(foodCategories.sortOrder), asc(planQuotas.regionCode), asc(planQuotas.id)),
    db.select({ sampled: count() }).from(samples).where(eq(samples.planId, id)),
    db
      .select({
        id: samplingSuggestions.id,
        title: samplingSuggestions.title,
        fromUnitId: samplingSuggestions.fromUnitId,
        fromUnitName: orgUnits.name,
        categoryId: samplingSuggestions.categoryId,
        regionCode: samplingSuggestions.regionCode,
        decidedAt: samplingSuggestions.decidedAt,
      })
      .from(samplingSuggestions)
      .innerJoin(orgUnits, eq(orgUnits.id, samplingSuggestions.fromUnitId))
      .where(and(eq(samplingSuggestions.planId, id), eq(samplingSuggestions.status, 'accepted')))
      .orderBy(desc(samplingSuggestions.decidedAt)),
  ]);
  const progress = await quotaProgress(db, id, quotas);
  const quotaTotal = quotas.reduce((sum, q) => sum + q.quota, 0);
  return {
    ...plan,
    organiserUnitName,
    quotaTotal,
    sampled,
    progress: progressPercent(sampled, quotaTotal),
    quotas: quotas.map(({ categoryLevel: _level, ...q }) => {
      const quotaSampled = progress.get(q.id) ?? 0;
      return { ...q, regionName: regionName(q.regionCode), sampled: quotaSampled, progress: progressPercent(quotaSampled, q.quota) };
    }),
    suggestions,
    actions: planActions(user, plan, organiserPath),
  };
}
