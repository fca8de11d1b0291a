import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { noticeRecipients } from '../../db/schema/index.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { recipientSubject } from './notice-links.js';
import { noticeRecord } from './notice-workflow.js';

/**
 * The sender withdraws a notice (a draft or a sent one): the recipients' open items are
 * cancelled, and replies are refused from now on (409 NOTICE_WITHDRAWN). What was read and
 * replied before stays on record.
 */
export async function withdrawNotice(db: Db, user: SessionUser, id: string, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const { update } = await loadForAction(tx, user, noticeRecord, id, 'withdraw', null);
    const after = await update({ status: 'withdrawn', withdrawnAt: now, withdrawnByUserId: user.id });
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, { action: 'notice.withdraw', entityType: 'notice', entityId: id, after: { status: 'withdrawn', withdrawnAt: now } });
    await closeSubjectWorkItems(tx, actor, { subjectType: 'notice', subjectId: id }, 'cancelled');
    const recipients = await tx.select({ unitId: noticeRecipients.unitId }).from(noticeRecipients).where(eq(noticeRecipients.noticeId, id));
    for (const r of recipients) await closeSubjectWorkItems(tx, actor, recipientSubject(id, r.unitId), 'cancelled');
    return after;
  });
}
