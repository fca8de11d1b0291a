import { and, eq } from 'drizzle-orm';
import { workItems } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { workItemWorkflow, type WorkItemAction, type WorkItemFacts, type WorkItemSide } from '../../domain/workflow/work-item.js';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';
import type { RecordWorkflow } from '../workflow/load-for-action.js';

type WorkItemRow = typeof workItems.$inferSelect;

/**
 * The user's side towards an item: its assignee, or someone of its owner unit when unassigned.
 * A unit above reads its units' inbox (本单位及下级) but does not declare their meeting held.
 */
export function workItemSides(user: SessionUser, item: Pick<WorkItemRow, 'ownerUnitId' | 'assigneeUserId'>): WorkItemSide[] {
  return item.assigneeUserId === user.id || (item.assigneeUserId === null && item.ownerUnitId === user.unit.id) ? ['completer'] : [];
}

export const workItemStanding = (user: SessionUser, item: Pick<WorkItemRow, 'status' | 'kind' | 'ownerUnitId' | 'assigneeUserId'>) => ({
  state: item.status,
  sides: workItemSides(user, item),
  facts: { kind: item.kind } satisfies WorkItemFacts,
});

/** The work item's workflow on the server: read through the inbox scope (outside it, 404), locked. */
export const workItemRecord: RecordWorkflow<WorkItemRow, WorkItemAction, WorkItemSide, WorkItemFacts, Partial<typeof workItems.$inferInsert>> = {
  entity: 'workItem',
  table: workItemWorkflow,
  loadForUpdate: async (tx, user, id) =>
    (await tx.select().from(workItems).where(and(eq(workItems.id, id), jurisdictionSql(user, 'workItem', 'see'))).limit(1).for('update', { of: workItems }))[0],
  standing: async (_db, user, item) => workItemStanding(user, item),
  version: (item) => item.version,
  forbiddenDetails: (item) => ({ record: { entity: 'workItem', id: item.id } }),
  update: async (tx, item, changes) => {
    const [after] = await tx
      .update(workItems)
      .set({ ...changes, version: item.version + 1 })
      .where(and(eq(workItems.id, item.id), eq(workItems.version, item.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: item.version });
    return after;
  },
};
