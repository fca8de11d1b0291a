import type { Db } from '../../db/client.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { decideSuggestion, findSuggestionFor } from './decide-suggestion.js';
import { findPlan } from './get-plan.js';
import { getSuggestion } from './list-suggestions.js';
import { planSides } from './plan-workflow.js';

/**
 * Accepts a pending suggestion into a plan. The plan must be one the caller may change (organised
 * by their unit or below), still active, and of the suggestion's year.
 */
export async function acceptSuggestion(
  db: Db,
  user: SessionUser,
  input: { id: string; planId: string; version: number; reason?: string | null },
  ip: string | null,
) {
  await db.transaction(async (tx) => {
    const loaded = await findSuggestionFor(tx, user, input.id, 'accept', input.version);
    const before = loaded.row;
    const plan = await findPlan(tx, user, input.planId).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') throw new DomainError('VALIDATION_FAILED', { planId: '抽检计划不存在或不在您的数据范围内' });
      throw error;
    });
    // The plan is one the user's unit may change (its organiser or a unit above; plan.write is the suggestion table's own).
    if (planSides(user, plan.organiserPath).length === 0) throw new DomainError('VALIDATION_FAILED', { planId: '只能采纳到本单位或下级单位组织的计划' });
    if (plan.plan.status !== 'active') throw new DomainError('VALIDATION_FAILED', { planId: '该计划已关闭' });
    if (plan.plan.year !== before.year) throw new DomainError('VALIDATION_FAILED', { planId: `计划年度（${plan.plan.year}）与建议年度（${before.year}）不一致` });
    await decideSuggestion(tx, user, loaded, { action: 'accept', reason: input.reason?.trim() || null, planId: input.planId }, ip);
  });
  return getSuggestion(db, user, input.id);
}
