import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { noticeRecipients, orgUnits } from '../../db/schema/index.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { completeNoticeFollowUps } from '../risk-meetings/notice-follow-up.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { deliverNotice } from './deliver-notice.js';
import { noticeRecord } from './notice-workflow.js';

/** The sending unit's head approves a draft: it goes out now, to the recipients chosen when drafted. */
export async function approveNotice(db: Db, user: SessionUser, id: string, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const { update } = await loadForAction(tx, user, noticeRecord, id, 'approve', null);
    const after = await update({ status: 'sent', sentAt: now, approvedByUserId: user.id });
    const recipients = await tx.select({ unitId: noticeRecipients.unitId }).from(noticeRecipients).where(eq(noticeRecipients.noticeId, id));
    const [sender] = await tx.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, after.senderUnitId));
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, { action: 'notice.approve', entityType: 'notice', entityId: id, after: { status: 'sent', sentAt: now, approvedByUserId: user.id } });
    await closeSubjectWorkItems(tx, actor, { subjectType: 'notice', subjectId: id, kind: 'notice_approval' }, 'done');
    await deliverNotice(tx, actor, after, recipients.map((r) => r.unitId), sender.name);
    // A draft keeps no follow-up id: the sending unit's open notice follow-ups of the meeting are done.
    if (after.relatedMeetingId) await completeNoticeFollowUps(tx, actor, after.senderUnitId, after.relatedMeetingId);
    return after;
  });
}
