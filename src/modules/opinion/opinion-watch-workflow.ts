import { and, count, eq } from 'drizzle-orm';
import { opinionWatchEntries, workItems } from '../../db/schema/index.js';
import { opinionWatchWorkflow, type OpinionWatchAction, type OpinionWatchFacts, type OpinionWatchSide } from '../../domain/workflow/opinion-watch.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { workItemSides } from '../work-items/work-item-workflow.js';
import type { RecordWorkflow } from '../workflow/load-for-action.js';

export type WatchItem = typeof workItems.$inferSelect;

/**
 * The opinion watch: an `opinion_watch` work item read through the inbox scope (else 404). Its one
 * change is completing it, through the work-items module (`closeSubjectWorkItems`, its subject the
 * publication), so the inbox and the watch cannot disagree.
 */
export const opinionWatchRecord = (user: SessionUser, ip: string | null): RecordWorkflow<WatchItem, OpinionWatchAction, OpinionWatchSide, OpinionWatchFacts, 'done', WatchItem[]> => ({
  entity: 'opinionWatch',
  table: opinionWatchWorkflow,
  loadForUpdate: async (tx, u, id) =>
    (
      await tx
        .select()
        .from(workItems)
        .where(and(eq(workItems.id, id), eq(workItems.kind, 'opinion_watch'), jurisdictionSql(u, 'workItem', 'see')))
        .limit(1)
        .for('update', { of: workItems })
    )[0],
  standing: async (db, u, item) => {
    const [{ n }] = await db.select({ n: count() }).from(opinionWatchEntries).where(eq(opinionWatchEntries.workItemId, item.id));
    return { state: item.status, sides: workItemSides(u, item).length ? ['watcher'] : [], facts: { entries: Number(n) } };
  },
  version: (item) => item.version,
  update: async (tx, item) => closeSubjectWorkItems(tx, actorOf(user, ip), { subjectType: item.subjectType, subjectId: item.subjectId, kind: 'opinion_watch' }, 'done'),
});
