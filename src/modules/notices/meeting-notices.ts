import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { notices, orgUnits } from '../../db/schema/index.js';
import { noticeKinds, noticeStatuses, type NoticeKind, type NoticeStatus } from '../../domain/notices/notice-rules.js';
import type { SessionUser } from '../access/actor.js';
import { noticeReadable } from './notice-scope.js';

/**
 * The notices that name a meeting, for its detail page: only those the reader's unit reads
 * (sender or recipient, issue 11 §2) — a reader of the meeting above them sees the follow-up's
 * work item done, not the notice itself.
 */
export async function noticesOfMeeting(db: Executor, user: SessionUser, meetingId: string) {
  const rows = await db
    .select({ id: notices.id, kind: notices.kind, title: notices.title, status: notices.status, senderUnitName: orgUnits.name, sentAt: notices.sentAt, createdAt: notices.createdAt })
    .from(notices)
    .innerJoin(orgUnits, eq(orgUnits.id, notices.senderUnitId))
    .where(and(eq(notices.relatedMeetingId, meetingId), noticeReadable(user)))
    .orderBy(desc(notices.createdAt))
    .limit(100);
  return rows.map((n) => ({
    ...n,
    kindName: noticeKinds[n.kind as NoticeKind] ?? n.kind,
    statusName: noticeStatuses[n.status as NoticeStatus] ?? n.status,
  }));
}
