import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { notificationReads, notifications } from '../../db/schema/index.js';
import type { Page } from '../../http/paging.js';
import type { SessionUser } from '../access/actor.js';
import { notificationMine, notificationUnread } from './notification-scope.js';

export const notificationKindNames: Record<string, string> = {
  notice: '信息通报',
  reminder: '催办',
  reply: '通报反馈',
  work_item: '新待办',
  overdue: '逾期提醒',
  opinion: '舆情事件',
};

/** The user's unread count: the bell's number. */
export async function unreadCount(db: Executor, user: Pick<SessionUser, 'id' | 'unit'>): Promise<number> {
  const [row] = await db.select({ n: count() }).from(notifications).where(and(notificationMine(user), notificationUnread(user.id)));
  return Number(row.n);
}

/** The user's notifications, newest first, with their own read time. */
export async function listNotifications(db: Executor, user: SessionUser, filter: { unread?: boolean }, page: Page) {
  const where = and(notificationMine(user), filter.unread ? notificationUnread(user.id) : undefined);
  const [rows, [total], unread] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        title: notifications.title,
        href: notifications.href,
        createdAt: notifications.createdAt,
        readAt: notificationReads.readAt,
      })
      .from(notifications)
      .leftJoin(notificationReads, and(eq(notificationReads.notificationId, notifications.id), eq(notificationReads.userId, user.id)))
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ n: count() }).from(notifications).where(where),
    unreadCount(db, user),
  ]);
  return { items: rows.map((r) => ({ ...r, kindName: notificationKindNames[r.kind] ?? '通知' })), total: Number(total.n), unread };
}

/**
 * Marks the user's notifications read: the given ones, or all. A notification outside the
 * user's own (another user's, another unit's) is not touched. Read state is the user's own
 * bookkeeping, not a business change, so it writes no audit row.
 */
export async function markNotificationsRead(db: Executor, user: SessionUser, ids: string[] | 'all') {
  const idCondition = ids === 'all' ? sql`true` : ids.length ? sql`${notifications.id} IN (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`false`;
  await db.execute(sql`
    INSERT INTO notification_reads (notification_id, user_id)
    SELECT ${notifications.id}, ${user.id}::uuid FROM ${notifications}
    WHERE ${notificationMine(user)} AND ${notificationUnread(user.id)} AND ${idCondition}
    ON CONFLICT DO NOTHING`);
  return { unread: await unreadCount(db, user) };
}
