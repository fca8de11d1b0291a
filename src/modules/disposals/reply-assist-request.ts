import type { Db } from '../../db/client.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { assistRecord } from './assist-workflow.js';
import { settleAssistRequest } from './settle-assist-request.js';

/** 协查回复: the bureau asked answers; the request moves requested → replied and leaves its inbox. */
export async function replyAssistRequest(db: Db, user: SessionUser, id: string, input: { version: number; reply: string }, ip: string | null) {
  const reply = input.reply.trim();
  if (reply.length < 10) throw new DomainError('VALIDATION_FAILED', { reply: '请填写协查核查情况，不少于10个字' });
  return settleAssistRequest(db, user, id, input.version, ip, {
    step: 'reply',
    status: 'replied',
    changes: () => ({ reply, repliedAt: new Date() }),
    action: 'assist.reply',
    auditAfter: { reply },
    // Every item of the request ends with the reply: the reply itself, and for an out-of-province
    // request a letter not yet recorded as sent (the reply proves it was).
    workItems: 'done',
  });
}

/**
 * 协查函已发出: for a producer outside Sichuan the requesting bureau sends the letter itself and
 * records its number (the generated 协查函's, or one numbered outside the platform); this closes
 * the `assist_letter` work item. The request stays `requested` until the reply is recorded.
 */
export async function markAssistLetterSent(
  db: Db,
  user: SessionUser,
  id: string,
  input: { version: number; documentNo?: string; sentOn?: string },
  ip: string | null,
) {
  return db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, assistRecord, id, 'letterSent', input.version);
    const assist = row.assist;
    const documentNo = input.documentNo?.trim() || assist.documentNo;
    if (!documentNo) throw new DomainError('VALIDATION_FAILED', { documentNo: '请先生成协查函，或填写已发出协查函的文号' });
    const actor = actorOf(user, ip);
    const closed = await closeSubjectWorkItems(tx, actor, { subjectType: 'assistRequest', subjectId: id, kind: 'assist_letter' }, 'done');
    if (closed.length === 0) throw new DomainError('ASSIST_LETTER_SENT', { assistRequestId: id });
    const after = await update({ documentNo });
    const sentOn = input.sentOn ?? toLocalDate(new Date());
    await recordAudit(tx, actor, {
      action: 'assist.letterSent',
      entityType: 'disposal',
      entityId: assist.disposalId,
      before: { assistRequestId: id, documentNo: assist.documentNo },
      after: { assistRequestId: id, documentNo, sentOn, to: assist.outsideProvince },
    });
    return after;
  });
}
