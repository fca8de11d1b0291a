import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/client.js';
import { workItems } from '../../db/schema/index.js';
import type { WorkItemKind } from '../../domain/work-item.js';
import type { Actor } from '../access/actor.js';
import { recordAudit, type AuditEntry } from '../audit/record-audit.js';

export interface NewWorkItem {
  kind: WorkItemKind;
  title: string;
  subjectType: string;
  subjectId: string;
  ownerUnitId: string;
  assigneeUserId?: string | null;
  dueAt?: Date | null;
  links?: { label: string; href: string }[];
}

export type WorkItemRow = typeof workItems.$inferSelect;
/** Told of new work items inside the creating transaction (e.g. the notification centre). */
export type WorkItemsCreatedListener = (tx: Tx, created: WorkItemRow[]) => Promise<void>;
const createdListeners: WorkItemsCreatedListener[] = [];

/**
 * Registers a listener once (a module's manifest does, at load). Listeners run in the creating
 * transaction, so what they write commits or rolls back with the work items.
 */
export function onWorkItemsCreated(listener: WorkItemsCreatedListener) {
  if (!createdListeners.includes(listener)) createdListeners.push(listener);
}

/**
 * The only way a work item comes into being. Always called inside the transaction of the change
 * that caused it, so the assignment and its cause commit together, with their audit rows.
 * `causeAudit`: the cause's own audit rows, appended in the same call (one chain append instead
 * of two, on paths that run per result).
 */
export async function createWorkItems(tx: Tx, actor: Actor, items: NewWorkItem[], causeAudit: AuditEntry[] = []) {
  if (items.length === 0) {
    if (causeAudit.length) await recordAudit(tx, actor, ...causeAudit);
    return [];
  }
  const rows = items.map((item) => ({
    id: randomUUID(),
    kind: item.kind,
    title: item.title,
    subjectType: item.subjectType,
    subjectId: item.subjectId,
    ownerUnitId: item.ownerUnitId,
    assigneeUserId: item.assigneeUserId ?? null,
    dueAt: item.dueAt ?? null,
    links: item.links ?? [],
    createdByUserId: actor.userId,
  }));
  const created = await tx.insert(workItems).values(rows).returning();
  for (const listener of createdListeners) await listener(tx, created);
  await recordAudit(
    tx,
    actor,
    ...causeAudit,
    ...created.map((row) => ({ action: 'workItem.create' as const, entityType: 'workItem', entityId: row.id, after: row })),
  );
  return created;
}
