import type { Db } from '../../db/client.js';
import { DomainError } from '../../domain/errors.js';
import { noteRequiredKinds } from '../../domain/work-item.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { workItemRecord } from './work-item-workflow.js';

/**
 * Completes (办结) an open work item of the user's own unit (or assigned to the user): a unit above
 * reads it but does not complete it (the work-item workflow table, through the shared guard).
 * Optimistic locking: the caller sends the version it saw; a stale one fails with VERSION_CONFLICT.
 */
export async function completeWorkItem(
  db: Db,
  user: SessionUser,
  input: { id: string; version: number; note?: string },
  ip: string | null,
) {
  return db.transaction(async (tx) => {
    const { row: before, update } = await loadForAction(tx, user, workItemRecord, input.id, 'complete', input.version);
    if (noteRequiredKinds.includes(before.kind) && !input.note?.trim()) {
      throw new DomainError('VALIDATION_FAILED', { note: '请说明不需要发送通报的理由' });
    }
    const after = await update({ status: 'done', completedAt: new Date(), completedByUserId: user.id, note: input.note ?? before.note });
    await recordAudit(tx, actorOf(user, ip), {
      action: 'workItem.complete',
      entityType: 'workItem',
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}
