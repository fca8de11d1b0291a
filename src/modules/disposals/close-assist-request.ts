import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assistRequests } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { loadAssist } from './reply-assist-request.js';

export const ASSIST_CLOSE_REASON_MIN = 5;

/**
 * 关闭协查: the requesting bureau (the disposal's owner) closes a 协查 request that will not be
 * answered — the producer has been deregistered, the other province's bureau does not reply, the
 * facts were established otherwise — with the reason on record. A disposal closes only when each
 * of its assist requests is replied or closed this way (assertAssistsSettled), and the request's
 * open work items (the asked bureau's 协查, an unsent 协查函) are cancelled with it.
 */
export async function closeAssistRequest(db: Db, user: SessionUser, id: string, input: { version: number; reason: string }, ip: string | null) {
  const reason = input.reason.trim();
  if (reason.length < ASSIST_CLOSE_REASON_MIN) throw new DomainError('VALIDATION_FAILED', { reason: '请填写关闭协查的理由，不少于5个字' });
  return db.transaction(async (tx) => {
    const assist = await loadAssist(tx, user, id, 'requester', input.version);
    if (assist.status !== 'requested') {
      throw new DomainError('INVALID_STATE', { status: assist.status }, assist.status === 'replied' ? '该协查已回复，无需关闭' : '该协查已关闭');
    }
    const now = new Date();
    const [after] = await tx
      .update(assistRequests)
      .set({ status: 'closed', closedReason: reason, closedAt: now, closedByUserId: user.id, version: assist.version + 1 })
      .where(eq(assistRequests.id, id))
      .returning();
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, {
      action: 'assist.close',
      entityType: 'disposal',
      entityId: assist.disposalId,
      before: { assistRequestId: id, status: assist.status },
      after: { assistRequestId: id, status: after.status, reason },
    });
    await closeSubjectWorkItems(tx, actor, { subjectType: 'assistRequest', subjectId: id }, 'cancelled');
    return after;
  });
}
