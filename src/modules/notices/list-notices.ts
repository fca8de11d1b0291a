import { and, count, desc, eq, ilike, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { noticeRecipients, notices, orgUnits } from '../../db/schema/index.js';
import { noticeKinds, noticeStatuses, receiptState, type NoticeKind, type NoticeStatus } from '../../domain/notices/notice-rules.js';
import { toLocalDate } from '../../domain/time.js';
import type { Page } from '../../http/paging.js';
import type { SessionUser } from '../access/actor.js';
import { noticeReadable } from './notice-scope.js';
import { outer } from '../../db/outer-column.js';

export interface NoticeFilter {
  box: 'inbox' | 'sent';
  kind?: NoticeKind;
  q?: string;
}

/**
 * 收件箱: notices sent to the user's unit (drafts awaiting approval are not sent yet), with the
 * unit's own receipt. 已发送: the unit's own notices, with counts of read, replied and overdue
 * recipients. Both through the jurisdiction condition as well.
 */
export async function listNotices(db: Executor, user: SessionUser, filter: NoticeFilter, page: Page, now = new Date()) {
  const today = toLocalDate(now);
  const conditions: (SQL | undefined)[] = [noticeReadable(user), filter.kind ? eq(notices.kind, filter.kind) : undefined, filter.q ? ilike(notices.title, `%${filter.q}%`) : undefined];
  const inbox = filter.box === 'inbox';
  if (inbox) conditions.push(ne(notices.status, 'pending_approval'));
  else conditions.push(eq(notices.senderUnitId, user.unit.id));
  const own = and(eq(noticeRecipients.noticeId, notices.id), eq(noticeRecipients.unitId, user.unit.id));
  const base = db
    .select({
      notice: notices,
      senderUnitName: orgUnits.name,
      ownReadAt: noticeRecipients.readAt,
      ownRepliedAt: noticeRecipients.repliedAt,
      recipientCount: sql<number>`(SELECT count(*)::int FROM notice_recipients r WHERE r.notice_id = ${outer(notices.id)})`,
      readCount: sql<number>`(SELECT count(*)::int FROM notice_recipients r WHERE r.notice_id = ${outer(notices.id)} AND r.read_at IS NOT NULL)`,
      repliedCount: sql<number>`(SELECT count(*)::int FROM notice_recipients r WHERE r.notice_id = ${outer(notices.id)} AND r.replied_at IS NOT NULL)`,
    })
    .from(notices)
    .innerJoin(orgUnits, eq(orgUnits.id, notices.senderUnitId));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    (inbox ? base.innerJoin(noticeRecipients, own) : base.leftJoin(noticeRecipients, own))
      .where(where)
      .orderBy(desc(sql`coalesce(${notices.sentAt}, ${notices.createdAt})`), desc(notices.id))
      .limit(page.pageSize)
      .offset(page.offset),
    inbox
      ? db.select({ n: count() }).from(notices).innerJoin(noticeRecipients, own).where(where)
      : db.select({ n: count() }).from(notices).where(where),
  ]);
  return {
    items: rows.map((r) => {
      const n = r.notice;
      const pastDue = n.replyDueOn !== null && today > n.replyDueOn;
      return {
        ...noticeHeading(n, r.senderUnitName),
        replyDueOn: n.replyDueOn,
        sentAt: n.sentAt,
        createdAt: n.createdAt,
        recipientCount: Number(r.recipientCount),
        readCount: Number(r.readCount),
        repliedCount: Number(r.repliedCount),
        overdueCount: pastDue && n.status === 'sent' ? Number(r.recipientCount) - Number(r.repliedCount) : 0,
        /** The user's unit's own receipt (inbox). */
        ownState: inbox ? receiptState({ readAt: r.ownReadAt, repliedAt: r.ownRepliedAt }, n.replyDueOn, today) : null,
      };
    }),
    total: Number(total.n),
  };
}

/** What a notice's row and its detail both say of it: kind, title, status and sender, in words. */
export function noticeHeading(n: { id: string; kind: string; title: string; status: string; senderUnitId: string }, senderUnitName: string) {
  return {
    id: n.id,
    kind: n.kind as NoticeKind,
    kindName: noticeKinds[n.kind as NoticeKind],
    title: n.title,
    status: n.status as NoticeStatus,
    statusName: noticeStatuses[n.status as NoticeStatus],
    senderUnitId: n.senderUnitId,
    senderUnitName,
  };
}
