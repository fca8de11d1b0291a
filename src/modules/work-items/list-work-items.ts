import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { orgUnits, users, workItems } from '../../db/schema/index.js';
import { kindName, isOverdue } from '../../domain/work-item.js';
import { allowedActions } from '../../domain/workflow/workflow.js';
import { workItemWorkflow, type WorkItemAction } from '../../domain/workflow/work-item.js';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';
import type { Page } from '../../http/paging.js';
import { at } from '../../db/sql-values.js';
import { endOfLocalDay, toLocalDate } from '../../domain/time.js';
import { workItemStanding } from './work-item-workflow.js';

export interface WorkItemFilter {
  /** mine: assigned to me, or to my unit with no assignee; unit: everything my scope owns. */
  scope: 'mine' | 'unit';
  status: 'open' | 'done';
  kind?: string;
  overdue?: boolean;
  subjectType?: string;
  subjectId?: string;
}

/** Actions the user may take on an item, from the work-item workflow table: the web shows buttons from this, never re-deriving rules. */
export function workItemActions(user: SessionUser, item: { status: string; kind: string; ownerUnitId: string; assigneeUserId: string | null }): WorkItemAction[] {
  return allowedActions(workItemWorkflow, { ...workItemStanding(user, item), roles: user.roles });
}

/** A work item as every reply shows it: Chinese kind, derived overdue, the caller's actions. */
export function workItemView<T extends typeof workItems.$inferSelect>(user: SessionUser, item: T, now = new Date()) {
  return { ...item, kindName: kindName(item.kind), overdue: isOverdue(item, now), actions: workItemActions(user, item) };
}

function filterConditions(user: SessionUser, filter: WorkItemFilter, now: Date): SQL[] {
  const conditions: SQL[] = [jurisdictionSql(user, 'workItem', 'see')];
  if (filter.scope === 'mine') {
    conditions.push(
      sql`(${workItems.assigneeUserId} = ${user.id} OR (${workItems.assigneeUserId} IS NULL AND ${workItems.ownerUnitId} = ${user.unit.id}))`,
    );
  }
  if (filter.kind) conditions.push(eq(workItems.kind, filter.kind));
  if (filter.subjectType) conditions.push(eq(workItems.subjectType, filter.subjectType));
  if (filter.subjectId) conditions.push(eq(workItems.subjectId, filter.subjectId));
  if (filter.overdue) conditions.push(sql`${workItems.status} = 'open' AND ${workItems.dueAt} < ${at(now)}`);
  return conditions;
}

/** The inbox: overdue first, then by due time; with counts for the workbench cards. */
export async function listWorkItems(db: Executor, user: SessionUser, filter: WorkItemFilter, page: Page, now = new Date()) {
  const base = filterConditions(user, filter, now);
  const listWhere = and(...base, eq(workItems.status, filter.status));
  const ownerUnit = alias(orgUnits, 'owner_unit');
  const dueTodayEnd = endOfLocalDay(toLocalDate(now));

  const overdueFirst = sql`CASE WHEN ${workItems.status} = 'open' AND ${workItems.dueAt} < ${at(now)} THEN 0 ELSE 1 END`;
  const [rows, [{ total }], [counts], byKind] = await Promise.all([
    db
      .select({ item: workItems, ownerUnitName: ownerUnit.name, assigneeName: users.displayName })
      .from(workItems)
      .innerJoin(ownerUnit, eq(ownerUnit.id, workItems.ownerUnitId))
      .leftJoin(users, eq(users.id, workItems.assigneeUserId))
      .where(listWhere)
      .orderBy(
        overdueFirst,
        filter.status === 'open' ? sql`${workItems.dueAt} ASC NULLS LAST` : sql`${workItems.completedAt} DESC`,
        asc(workItems.createdAt),
      )
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ total: count() }).from(workItems).where(listWhere),
    db
      .select({
        open: sql<number>`count(*) FILTER (WHERE ${workItems.status} = 'open')::int`,
        overdue: sql<number>`count(*) FILTER (WHERE ${workItems.status} = 'open' AND ${workItems.dueAt} < ${at(now)})::int`,
        dueToday: sql<number>`count(*) FILTER (WHERE ${workItems.status} = 'open' AND ${workItems.dueAt} >= ${at(now)} AND ${workItems.dueAt} < ${at(dueTodayEnd)})::int`,
      })
      .from(workItems)
      .where(and(...base)),
    db
      .select({ kind: workItems.kind, count: sql<number>`count(*)::int` })
      .from(workItems)
      .where(and(...base, eq(workItems.status, 'open')))
      .groupBy(workItems.kind)
      .orderBy(sql`count(*) DESC`),
  ]);

  return {
    items: rows.map(({ item, ownerUnitName, assigneeName }) => ({ ...workItemView(user, item, now), ownerUnitName, assigneeName })),
    total,
    counts: { ...counts, byKind: byKind.map((k) => ({ ...k, kindName: kindName(k.kind) })) },
  };
}
