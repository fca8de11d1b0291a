import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { noticeRecipients, noticeReplies } from '../../db/schema/index.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { notify } from '../notifications/notify.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { noticeLabel } from './deliver-notice.js';
import { noticeHref, recipientSubject } from './notice-links.js';
import { noticeRecord } from './notice-workflow.js';

/**
 * A recipient unit replies (反馈). The first reply sets the unit's replied time (and its read
 * receipt, if nobody had opened it yet) and closes its work items; the sender is notified.
 * After a withdrawal the guard refuses it with 409 NOTICE_WITHDRAWN, nothing stored.
 */
export async function replyToNotice(db: Db, user: SessionUser, id: string, input: { body: string }, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const { row: notice } = await loadForAction(tx, user, noticeRecord, id, 'reply', null);
    const replyId = randomUUID();
    const [reply] = await tx.insert(noticeReplies).values({ id: replyId, noticeId: id, unitId: user.unit.id, userId: user.id, body: input.body.trim(), createdAt: now }).returning();
    const own = and(eq(noticeRecipients.noticeId, id), eq(noticeRecipients.unitId, user.unit.id));
    await tx.update(noticeRecipients).set({ repliedAt: now }).where(and(own, isNull(noticeRecipients.repliedAt)));
    await tx.update(noticeRecipients).set({ readAt: now, readByUserId: user.id }).where(and(own, isNull(noticeRecipients.readAt)));
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, { action: 'notice.reply', entityType: 'notice', entityId: id, after: { replyId, unitId: user.unit.id, body: reply.body } });
    await closeSubjectWorkItems(tx, actor, recipientSubject(id, user.unit.id), 'done');
    await notify(tx, [{ unitId: notice.senderUnitId, kind: 'reply', title: `${user.unit.name}反馈了${noticeLabel(notice)}`, href: noticeHref(id) }]);
    return reply;
  });
}
