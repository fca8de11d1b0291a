import type { Db } from '../../db/client.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { settleAssistRequest } from './settle-assist-request.js';

export const ASSIST_CLOSE_REASON_MIN = 5;

/**
 * 关闭协查: the requesting bureau (the disposal's owner) closes a 协查 request that will not be
 * answered — the producer has been deregistered, the other province's bureau does not reply, the
 * facts were established otherwise — with the reason on record. A disposal closes only when each
 * of its assist requests is replied or closed this way (the assistsSettled guard), and the request's
 * open work items (the asked bureau's 协查, an unsent 协查函) are cancelled with it.
 */
export async function closeAssistRequest(db: Db, user: SessionUser, id: string, input: { version: number; reason: string }, ip: string | null) {
  const reason = input.reason.trim();
  if (reason.length < ASSIST_CLOSE_REASON_MIN) throw new DomainError('VALIDATION_FAILED', { reason: '请填写关闭协查的理由，不少于5个字' });
  return settleAssistRequest(db, user, id, input.version, ip, {
    step: 'close',
    status: 'closed',
    changes: () => ({ closedReason: reason, closedAt: new Date(), closedByUserId: user.id }),
    action: 'assist.close',
    auditAfter: { reason },
    workItems: 'cancelled',
  });
}
