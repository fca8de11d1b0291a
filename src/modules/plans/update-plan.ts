import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { planQuotas } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { PlanStatus } from '../../domain/sampling/plan-rules.js';
import type { PlanAction } from '../../domain/workflow/plan.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { checkQuotas, quotaRows, type QuotaInput } from './plan-quotas.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { getPlan } from './get-plan.js';
import { planRecord } from './plan-workflow.js';

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
 * Which action of the plan's workflow table a change is: a status change from the current one is
 * a close or a reopen (which may carry edits too); anything else edits, which a closed plan refuses.
 */
function planAction(input: PlanChange, current: string | undefined): PlanAction {
  if (current === 'active' && input.status === 'closed') return 'close';
  if (current === 'closed' && input.status === 'active') return 'reopen';
  return 'edit';
}

/**
 * Edits a plan: name, description, status (close / reopen) and its quotas (replaced as a whole).
 * Only the organiser unit or a unit above it; a closed plan must be reopened before anything
 * else changes (the plan's workflow table, through the shared guard, which locks the row).
 * Optimistic locking on `version`; the audit row carries before and after.
 */
export async function updatePlan(db: Db, user: SessionUser, input: PlanChange, ip: string | null) {
  await db.transaction(async (tx) => {
    const locked = await planRecord.loadForUpdate(tx, user, input.id);
    const { row, update } = await loadForAction(tx, user, planRecord, input.id, planAction(input, locked?.plan.status), input.version);
    const before = row.plan;
    if (input.quotas) {
      const details: Record<string, string> = {};
      await checkQuotas(tx, input.quotas, details);
      if (Object.keys(details).length) throw new DomainError('VALIDATION_FAILED', details);
    }
    const after = await update({
      name: input.name ?? before.name,
      description: input.description === undefined ? before.description : input.description,
      status: input.status ?? before.status,
    });
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
