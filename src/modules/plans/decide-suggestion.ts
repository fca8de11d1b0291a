import type { Tx } from '../../db/client.js';
import { suggestionWorkflow, type SuggestionAction } from '../../domain/workflow/plan.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { SUGGESTION_SUBJECT } from './create-suggestion.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { suggestionRecord } from './plan-workflow.js';

/**
 * A suggestion in the user's scope (else 404), not their own unit's (else 403), still pending
 * (else 409), at the version the user saw: the suggestion workflow table through the shared guard.
 */
export async function findSuggestionFor(tx: Tx, user: SessionUser, id: string, action: SuggestionAction, version: number) {
  return loadForAction(tx, user, suggestionRecord, id, action, version);
}

/**
 * Records the decision on a suggestion (who, when, why; the plan when accepted) on the row the
 * guard locked, closes its review work item and writes the audit row, inside the caller's transaction.
 */
export async function decideSuggestion(
  tx: Tx,
  user: SessionUser,
  loaded: Awaited<ReturnType<typeof findSuggestionFor>>,
  decision: { action: SuggestionAction; reason: string | null; planId: string | null },
  ip: string | null,
) {
  const actor = actorOf(user, ip);
  const before = loaded.row;
  const after = await loaded.update({
    status: suggestionWorkflow[decision.action].to,
    planId: decision.planId,
    decisionReason: decision.reason,
    decidedByUserId: user.id,
    decidedAt: new Date(),
  });
  await recordAudit(tx, actor, { action: `suggestion.${decision.action}`, entityType: SUGGESTION_SUBJECT, entityId: before.id, before, after });
  await closeSubjectWorkItems(tx, actor, { subjectType: SUGGESTION_SUBJECT, subjectId: before.id, kind: 'suggestion_review' }, 'done');
  return after;
}
