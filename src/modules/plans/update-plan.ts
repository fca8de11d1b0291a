import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { planQuotas, samplingPlans } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { PlanStatus } from '../../domain/sampling/plan-rules.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { checkQuotas, quotaRows, type QuotaInput } from './plan-quotas.js';
import { findPlan, getPlan } from './get-plan.js';
import { mayEditPlan } from './plan-scope.js';

export interface PlanChange {
  id: string;
  version: number;
  name?: string;
  description?: string | null;
  status?: PlanStatus;
  /** Replaces every quota of the plan. */
  quotas?: QuotaInput[];
}

/**
 * Edits a plan: name, description, status (close / reopen) and its quotas (replaced as a whole).
 * Only the organiser unit or a unit above it; a closed plan must be reopened before anything
 * else changes. Optimistic locking on `version`; the audit row carries before and after.
 */
export async function updatePlan(db: Db, user: SessionUser, input: PlanChange, ip: string | null) {
  await db.transaction(async (tx) => {
    const { plan: before, organiserPath } = await findPlan(tx, user, input.id);
    if (!mayEditPlan(user, organiserPath)) throw new DomainError('FORBIDDEN', { reason: '只有组织单位及其上级单位可以修改计划' });
    const changesContent = input.name !== undefined || input.description !== undefined || input.quotas !== undefined;
    if (before.status === 'closed' && input.status !== 'active' && changesContent) {
      throw new DomainError('INVALID_STATE', { status: '计划已关闭，请先重新启用' });
    }
    if (input.quotas) {
      const details: Record<string, string> = {};
      await checkQuotas(tx, input.quotas, details);
      if (Object.keys(details).length) throw new DomainError('VALIDATION_FAILED', details);
    }
    const [after] = await tx
      .update(samplingPlans)
      .set({
        name: input.name ?? before.name,
        description: input.description === undefined ? before.description : input.description,
        status: input.status ?? before.status,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(samplingPlans.id, input.id), eq(samplingPlans.version, input.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
    let quotaChange: { before: unknown[]; after: unknown[] } | null = null;
    if (input.quotas) {
      const removed = await tx.delete(planQuotas).where(eq(planQuotas.planId, input.id)).returning();
      const added = quotaRows(input.id, input.quotas);
      if (added.length) await tx.insert(planQuotas).values(added);
      quotaChange = { before: removed, after: added };
    }
    await recordAudit(tx, actorOf(user, ip), {
      action: 'plan.update',
      entityType: 'samplingPlan',
      entityId: input.id,
      before: quotaChange ? { ...before, quotas: quotaChange.before } : before,
      after: quotaChange ? { ...after, quotas: quotaChange.after } : after,
    });
  });
  return getPlan(db, user, input.id);
}
