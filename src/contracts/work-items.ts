/** Reply contracts of /api/work-items (the workbench's inbox). */
import { z } from 'zod';
import { actions, pageOf, timestamp } from './common.js';

export const workItemLink = z.object({ label: z.string(), href: z.string() });
export type WorkItemLink = z.infer<typeof workItemLink>;

/** A work item as every reply shows it: Chinese kind, derived overdue, the caller's actions. */
export const workItem = z.object({
  id: z.string(),
  kind: z.string(),
  kindName: z.string(),
  title: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  ownerUnitId: z.string(),
  assigneeUserId: z.string().nullable(),
  dueAt: timestamp.nullable(),
  status: z.string(),
  links: z.array(workItemLink),
  note: z.string().nullable(),
  createdByUserId: z.string().nullable(),
  createdAt: timestamp,
  completedAt: timestamp.nullable(),
  completedByUserId: z.string().nullable(),
  version: z.number(),
  overdue: z.boolean(),
  actions,
});
export type WorkItemView = z.infer<typeof workItem>;

/** A row of the inbox: the item with its owner unit's and assignee's names. */
export const workItemRow = workItem.extend({ ownerUnitName: z.string(), assigneeName: z.string().nullable() });
export type WorkItem = z.infer<typeof workItemRow>;

export const kindCount = z.object({ kind: z.string(), kindName: z.string(), count: z.number() });
export type KindCount = z.infer<typeof kindCount>;

export const workItemCounts = z.object({ open: z.number(), overdue: z.number(), dueToday: z.number(), byKind: z.array(kindCount) });
export type WorkItemCounts = z.infer<typeof workItemCounts>;

export const workItemPage = pageOf(workItemRow).extend({ counts: workItemCounts });
export type WorkItemPage = z.infer<typeof workItemPage>;
