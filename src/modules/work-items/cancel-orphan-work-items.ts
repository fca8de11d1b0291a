import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { workItems } from '../../db/schema/index.js';
import { systemActor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { openItemsOfEndedSubjects } from './ended-subjects.js';

const BATCH = 500;

/**
 * Cancels open work items whose subject has ended (ended-subjects.ts), with an audit row each,
 * as the system. Every business action already closes its own items; this sweep repairs items a
 * database kept from before that was so (a disposal closed over an unanswered 协查 left the asked
 * bureau an item overdue for years) and any path that still forgets. Idempotent: the update is
 * guarded by `status = 'open'`, so several processes may run it at once. Returns how many it
 * cancelled.
 */
export async function cancelOrphanWorkItems(db: Db): Promise<number> {
  let cancelled = 0;
  for (;;) {
    const orphans = await openItemsOfEndedSubjects(db, BATCH);
    if (orphans.length === 0) return cancelled;
    const rows = await db.transaction(async (tx) => {
      const closed = await tx
        .update(workItems)
        .set({ status: 'cancelled', completedAt: new Date(), note: '所属事项已办结或撤销，系统自动关闭', version: sql`${workItems.version} + 1` })
        .where(and(inArray(workItems.id, orphans.map((o) => o.id)), eq(workItems.status, 'open')))
        .returning();
      await recordAudit(tx, systemActor, ...closed.map((row) => ({ action: 'workItem.cancel' as const, entityType: 'workItem', entityId: row.id, after: row })));
      return closed;
    });
    cancelled += rows.length;
    if (orphans.length < BATCH) return cancelled;
  }
}
