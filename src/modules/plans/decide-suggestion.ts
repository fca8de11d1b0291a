import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { samplingSuggestions } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { suggestionTransitions, type SuggestionAction } from '../../domain/sampling/plan-rules.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { SUGGESTION_SUBJECT } from './create-suggestion.js';
import { mayDecideSuggestion, suggestionInScope } from './plan-scope.js';

/** A suggestion in the user's scope, not their own unit's, that `action` may still be taken on. */
export async function findSuggestionFor(tx: Tx, user: SessionUser, id: string, action: SuggestionAction) {
  const [row] = await tx
    .select()
    .from(samplingSuggestions)
    .where(and(eq(samplingSuggestions.id, id), suggestionInScope(user)))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: SUGGESTION_SUBJECT, id });
  if (!mayDecideSuggestion(user, row.fromUnitId)) throw new DomainError('FORBIDDEN', { reason: '不能处理本单位提出的抽检建议' });
  if (row.status !== suggestionTransitions[action].from) throw new DomainError('INVALID_STATE', { status: '该建议已处理' });
  return row;
}

/**
 * Records the decision on a suggestion (who, when, why; the plan when accepted) under optimistic
 * locking, closes its review work item and writes the audit row, inside the caller's transaction.
 */
export async function decideSuggestion(
  tx: Tx,
  user: SessionUser,
  before: typeof samplingSuggestions.$inferSelect,
  decision: { action: SuggestionAction; version: number; reason: string | null; planId: string | null },
  ip: string | null,
) {
  const actor = actorOf(user, ip);
  const [after] = await tx
    .update(samplingSuggestions)
    .set({
      status: suggestionTransitions[decision.action].to,
      planId: decision.planId,
      decisionReason: decision.reason,
      decidedByUserId: user.id,
      decidedAt: new Date(),
      version: before.version + 1,
    })
    .where(and(eq(samplingSuggestions.id, before.id), eq(samplingSuggestions.version, decision.version)))
    .returning();
  if (!after) throw new DomainError('VERSION_CONFLICT', { expected: decision.version, actual: before.version });
  await recordAudit(tx, actor, { action: `suggestion.${decision.action}`, entityType: SUGGESTION_SUBJECT, entityId: before.id, before, after });
  await closeSubjectWorkItems(tx, actor, { subjectType: SUGGESTION_SUBJECT, subjectId: before.id, kind: 'suggestion_review' }, 'done');
  return after;
}
