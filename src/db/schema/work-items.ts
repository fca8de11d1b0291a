import { pgTable, uuid, text, integer, jsonb, timestamptz, index } from './columns.js';
import { orgUnits } from './org.js';
import { users } from './auth.js';

/**
 * The single inbox (待办). Every assignment in the platform is a row here, created and
 * completed only through src/modules/work-items. Overdue is derived from due_at, never stored.
 */
export const workItems = pgTable(
  'work_items',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    assigneeUserId: uuid('assignee_user_id').references(() => users.id),
    dueAt: timestamptz('due_at'),
    status: text('status').notNull().default('open'),
    links: jsonb('links').$type<{ label: string; href: string }[]>().notNull().default([]),
    note: text('note'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    completedAt: timestamptz('completed_at'),
    completedByUserId: uuid('completed_by_user_id'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('work_items_owner_status_due_idx').on(t.ownerUnitId, t.status, t.dueAt),
    index('work_items_assignee_idx').on(t.assigneeUserId, t.status),
    index('work_items_subject_idx').on(t.subjectType, t.subjectId),
  ],
);
