import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { noticeRecipients, notices } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { recipientSubject } from './notice-links.js';
import { noticeRecord } from './notice-workflow.js';
import { noticeReadable } from './notice-scope.js';

/**
 * The read receipt: the first user of a recipient unit who opens the notice, and when. Later
 * openings change nothing (and write nothing). The sender's own openings are not receipts.
 * A notice outside the user's reach answers 404; a draft is not yet anyone's to read.
 */
export async function markNoticeRead(db: Db, user: SessionUser, id: string, ip: string | null, now = new Date()) {
  const [notice] = await db.select({ id: notices.id, status: notices.status }).from(notices).where(and(eq(notices.id, id), noticeReadable(user))).limit(1);
  if (!notice) throw new DomainError('NOT_FOUND', { entity: 'notice', id });
  if (notice.status === 'pending_approval') return false;
  return db.transaction(async (tx) => {
    const [first] = await tx
      .update(noticeRecipients)
      .set({ readAt: now, readByUserId: user.id })
      .where(and(eq(noticeRecipients.noticeId, id), eq(noticeRecipients.unitId, user.unit.id), isNull(noticeRecipients.readAt)))
      .returning();
    if (!first) return false;
    await recordAudit(tx, actorOf(user, ip), { action: 'notice.read', entityType: 'notice', entityId: id, after: { unitId: user.unit.id, readAt: now, readByUserId: user.id } });
    return true;
  });
}

/** Whether the recipient's work item closes on acknowledgement: only when no reply is asked for. */
async function replyAsked(db: Executor, id: string) {
  const [n] = await db.select({ replyDueOn: notices.replyDueOn }).from(notices).where(eq(notices.id, id));
  return n?.replyDueOn !== null;
}

/** A recipient unit acknowledges (签收) the notice, once; it counts as reading it too. */
export async function acknowledgeNotice(db: Db, user: SessionUser, id: string, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    await loadForAction(tx, user, noticeRecord, id, 'acknowledge', null);
    const [row] = await tx
      .select()
      .from(noticeRecipients)
      .where(and(eq(noticeRecipients.noticeId, id), eq(noticeRecipients.unitId, user.unit.id)));
    await tx
      .update(noticeRecipients)
      .set({ acknowledgedAt: now, acknowledgedByUserId: user.id, ...(row.readAt ? {} : { readAt: now, readByUserId: user.id }) })
      .where(and(eq(noticeRecipients.noticeId, id), eq(noticeRecipients.unitId, user.unit.id)));
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, { action: 'notice.acknowledge', entityType: 'notice', entityId: id, after: { unitId: user.unit.id, acknowledgedAt: now } });
    if (!(await replyAsked(tx, id))) await closeSubjectWorkItems(tx, actor, recipientSubject(id, user.unit.id), 'done');
  });
}
