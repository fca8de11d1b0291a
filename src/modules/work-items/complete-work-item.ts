import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { workItems } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { findWorkItem } from './find-work-item.js';
import { completesItem } from './list-work-items.js';
import { manuallyCompletedKinds } from '../../domain/work-item.js';

/**
 * Completes (办结) an open work item of the user's own unit (or assigned to the user): a unit above
 * reads it but does not complete it. Optimistic locking: the caller sends
 * the version it saw; a concurrent change makes this fail with VERSION_CONFLICT, not overwrite.
 */
export async function completeWorkItem(
  db: Db,
  user: SessionUser,
  input: { id: string; version: number; note?: string },
  ip: string | null,
) {
  return db.transaction(async (tx) => {
    const before = await findWorkItem(tx, user, input.id);
    if (before.status !== 'open') throw new DomainError('INVALID_STATE', { status: before.status });
    if (!manuallyCompletedKinds.includes(before.kind)) {
      throw new DomainError('WORK_ITEM_CLOSES_WITH_BUSINESS', { kind: before.kind });
    }
    if (!completesItem(user, before)) {
      throw new DomainError('WORK_ITEM_OWNER_ONLY', { record: { entity: 'workItem', id: before.id } });
    }
    const [after] = await tx
      .update(workItems)
      .set({
        status: 'done',
        completedAt: new Date(),
        completedByUserId: user.id,
        note: input.note ?? before.note,
        version: before.version + 1,
      })
      .where(and(eq(workItems.id, input.id), eq(workItems.version, input.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
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
