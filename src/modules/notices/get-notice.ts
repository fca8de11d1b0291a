import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { noticeRecipients, noticeReplies, notices, orgUnits, users } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { receiptState } from '../../domain/notices/notice-rules.js';
import { toLocalDate } from '../../domain/time.js';
import type { SessionUser } from '../access/actor.js';
import { actionsOf } from '../workflow/load-for-action.js';
import { noticeAttachments } from './notice-attachments.js';
import { noticeHeading } from './list-notices.js';
import { noticeReadable } from './notice-scope.js';
import { noticeRecord } from './notice-workflow.js';

/**
 * One notice as the user's unit sees it. The sender sees every recipient's receipt (read by whom
 * and when, replied, overdue) and every reply; a recipient sees its own receipt and its own
 * unit's replies. Anyone else: 404.
 */
export async function getNotice(db: Executor, user: SessionUser, id: string, now = new Date()) {
  const sender = alias(orgUnits, 'sender');
  const author = alias(users, 'author');
  const [row] = await db
    .select({ notice: notices, senderUnitName: sender.name, createdByName: author.displayName })
    .from(notices)
    .innerJoin(sender, eq(sender.id, notices.senderUnitId))
    .innerJoin(author, eq(author.id, notices.createdByUserId))
    .where(and(eq(notices.id, id), noticeReadable(user)))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'notice', id });
  const n = row.notice;
  const isSender = n.senderUnitId === user.unit.id;
  const today = toLocalDate(now);
  const reader = alias(users, 'reader');
  const recipients = await db
    .select({
      unitId: noticeRecipients.unitId,
      unitName: orgUnits.name,
      readAt: noticeRecipients.readAt,
      readByName: reader.displayName,
      acknowledgedAt: noticeRecipients.acknowledgedAt,
      repliedAt: noticeRecipients.repliedAt,
      remindedAt: noticeRecipients.remindedAt,
    })
    .from(noticeRecipients)
    .innerJoin(orgUnits, eq(orgUnits.id, noticeRecipients.unitId))
    .leftJoin(reader, eq(reader.id, noticeRecipients.readByUserId))
    .where(eq(noticeRecipients.noticeId, id))
    .orderBy(asc(orgUnits.sortOrder), asc(orgUnits.name));
  const receipts = recipients.map((r) => ({ ...r, state: receiptState(r, n.replyDueOn, today) }));
  const own = receipts.find((r) => r.unitId === user.unit.id) ?? null;
  const replyUnit = alias(orgUnits, 'reply_unit');
  const replies = await db
    .select({ id: noticeReplies.id, unitId: noticeReplies.unitId, unitName: replyUnit.name, userName: users.displayName, body: noticeReplies.body, createdAt: noticeReplies.createdAt })
    .from(noticeReplies)
    .innerJoin(replyUnit, eq(replyUnit.id, noticeReplies.unitId))
    .innerJoin(users, eq(users.id, noticeReplies.userId))
    .where(and(eq(noticeReplies.noticeId, id), isSender ? undefined : eq(noticeReplies.unitId, user.unit.id)))
    .orderBy(asc(noticeReplies.createdAt));
  return {
    ...noticeHeading(n, row.senderUnitName),
    body: n.body,
    createdByName: row.createdByName,
    replyDueOn: n.replyDueOn,
    relatedSampleIds: n.relatedSampleIds,
    relatedMeetingId: n.relatedMeetingId,
    relatedSignalId: n.relatedSignalId,
    sentAt: n.sentAt,
    withdrawnAt: n.withdrawnAt,
    createdAt: n.createdAt,
    version: n.version,
    isSender,
    recipientCount: receipts.length,
    /** The sender's view of every recipient (absent for a recipient). */
    ...(isSender ? { receipts } : {}),
    own: own && { readAt: own.readAt, acknowledgedAt: own.acknowledgedAt, repliedAt: own.repliedAt, state: own.state },
    replies,
    attachments: await noticeAttachments(db, n.id, replies.map((r) => r.id)),
    actions: await actionsOf(db, user, noticeRecord, n),
  };
}
