import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { workItems } from '../../db/schema/index.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';

/**
 * Closes a subject's open work items when the subject itself moves on (a step done, a record
 * voided). Later capabilities call this inside the transaction of that change.
 */
export async function closeSubjectWorkItems(
  tx: Tx,
  actor: Actor,
  subject: { subjectType: string; subjectId: string; kind?: string },
  status: 'done' | 'cancelled',
) {
  return closeWorkItemsOfSubjects(tx, actor, { subjectType: subject.subjectType, subjectIds: [subject.subjectId], kind: subject.kind }, status);
}

/**
 * The same for many subjects of one type at once (one update, one audit append), for changes
 * that end several subjects in one transaction, e.g. a unit's year of 321 meetings.
 */
export async function closeWorkItemsOfSubjects(
  tx: Tx,
  actor: Actor,
  subjects: { subjectType: string; subjectIds: string[]; kind?: string },
  status: 'done' | 'cancelled',
) {
  if (subjects.subjectIds.length === 0) return [];
  const conditions = [eq(workItems.subjectType, subjects.subjectType), inArray(workItems.subjectId, subjects.subjectIds), eq(workItems.status, 'open')];
  if (subjects.kind) conditions.push(eq(workItems.kind, subjects.kind));
  const closed = await tx
    .update(workItems)
    .set({ status, completedAt: new Date(), completedByUserId: actor.userId, version: sql`${workItems.version} + 1` })
    .where(and(...conditions))
    .returning();
  await recordAudit(
    tx,
    actor,
    ...closed.map((row) => ({
      action: status === 'done' ? ('workItem.complete' as const) : ('workItem.cancel' as const),
      entityType: 'workItem',
      entityId: row.id,
      after: row,
    })),
  );
  return closed;
}
