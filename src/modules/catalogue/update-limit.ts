import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { foodCategories, itemLimits } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { planLimit, type SamplingPlan } from '../../domain/sampling/sampling-plan.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { presentLimit } from './list-test-items.js';
import type { LimitType } from './test-item-data.js';

export interface LimitChange {
  id: string;
  version: number;
  limitType?: LimitType;
  limitValue?: string | null;
  unit?: string | null;
  /** A microbiological sampling plan; when set, the limit type and value follow from it. */
  samplingPlan?: SamplingPlan | null;
  standard?: string;
  note?: string | null;
}

/** Checks a plan (GB 4789.1-2016 §3.2: c ≤ n, m ≤ M) and writes m = M as the two-class plan it is. */
function checkedPlan(plan: SamplingPlan): SamplingPlan {
  if (plan.c > plan.n) throw new DomainError('VALIDATION_FAILED', { samplingPlan: '采样方案中 c 不能大于 n' });
  if (plan.M !== null && plan.M < plan.m) throw new DomainError('VALIDATION_FAILED', { samplingPlan: '采样方案中 m 不能大于 M' });
  return { ...plan, M: plan.M === plan.m ? null : plan.M };
}

/**
 * Corrects a limit. Saving a limit marked 待核实 with a note that no longer says so is how an
 * administrator confirms it. A sampling plan sets the limit type and value it is stored as (M,
 * m, or 不得检出 for m = 0). Bumps `version`, so the seed never overwrites the edit.
 */
export async function updateLimit(db: Db, user: SessionUser, input: LimitChange, ip: string | null) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(itemLimits).where(eq(itemLimits.id, input.id)).limit(1);
    if (!before) throw new DomainError('NOT_FOUND', { entity: 'itemLimit', id: input.id });
    const samplingPlan = input.samplingPlan === undefined ? before.samplingPlan : input.samplingPlan && checkedPlan(input.samplingPlan);
    const fromPlan = samplingPlan ? planLimit(samplingPlan) : null;
    const limitType = fromPlan?.limitType ?? input.limitType ?? before.limitType;
    const limitValue = fromPlan ? (fromPlan.limitValue === null ? null : String(fromPlan.limitValue)) : input.limitValue === undefined ? before.limitValue : input.limitValue;
    if (limitType === 'not_detected' && limitValue !== null) throw new DomainError('VALIDATION_FAILED', { limitValue: '“不得检出”的项目不填限量值' });
    if (limitType !== 'not_detected' && limitValue === null) throw new DomainError('VALIDATION_FAILED', { limitValue: '请填写限量值' });
    const [after] = await tx
      .update(itemLimits)
      .set({
        limitType,
        limitValue,
        unit: input.unit === undefined ? before.unit : input.unit || null,
        samplingPlan,
        standard: input.standard ?? before.standard,
        note: input.note === undefined ? before.note : input.note || null,
        version: before.version + 1,
      })
      .where(and(eq(itemLimits.id, input.id), eq(itemLimits.version, input.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
    await recordAudit(tx, actorOf(user, ip), { action: 'catalogue.updateLimit', entityType: 'itemLimit', entityId: after.id, before, after });
    const [category] = after.categoryId
      ? await tx.select({ name: foodCategories.name }).from(foodCategories).where(eq(foodCategories.id, after.categoryId)).limit(1)
      : [];
    return presentLimit(after, category?.name ?? null);
  });
}
