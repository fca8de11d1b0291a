import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { assistRequests, disposals } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { unitInScope } from '../../domain/scope.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { orgUnitPath } from '../sampling/unit-paths.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';

export type Party = 'requested' | 'requester';

/**
 * The guard of both assist actions: the request, locked, in the acting party's subtree (else
 * 404), its disposal not voided, and the version the user saw (else 409).
 * - requested: the bureau asked (toUnitId); for an out-of-province request there is no such
 *   bureau on the platform, so the requesting bureau records the reply letter it received;
 * - requester: the bureau that asked (fromUnitId, the disposal's owner).
 */
export async function loadAssist(tx: Tx, user: SessionUser, id: string, party: Party, version: number) {
  const [row] = await tx
    .select({ assist: assistRequests, disposalStatus: disposals.status })
    .from(assistRequests)
    .innerJoin(disposals, eq(disposals.id, assistRequests.disposalId))
    .where(eq(assistRequests.id, id))
    .limit(1)
    .for('update', { of: assistRequests });
  const unitId = row && (party === 'requested' ? (row.assist.toUnitId ?? row.assist.fromUnitId) : row.assist.fromUnitId);
  if (!row || !unitInScope(user.scope, await orgUnitPath(tx, unitId!))) throw new DomainError('NOT_FOUND', { entity: 'assistRequest', id });
  if (row.disposalStatus === 'voided') throw new DomainError('INVALID_STATE', { status: 'voided' }, '该核查处置已撤销，协查随之终止');
  if (row.assist.version !== version) throw new DomainError('VERSION_CONFLICT', { expected: version, actual: row.assist.version });
  return row.assist;
}

/** 协查回复: the bureau asked answers; the request moves requested → replied and leaves its inbox. */
export async function replyAssistRequest(db: Db, user: SessionUser, id: string, input: { version: number; reply: string }, ip: string | null) {
  const reply = input.reply.trim();
  if (reply.length < 10) throw new DomainError('VALIDATION_FAILED', { reply: '请填写协查核查情况，不少于10个字' });
  return db.transaction(async (tx) => {
    const assist = await loadAssist(tx, user, id, 'requested', input.version);
    if (assist.status !== 'requested') throw new DomainError('INVALID_STATE', { status: assist.status }, '该协查已回复');
    const [after] = await tx
      .update(assistRequests)
      .set({ status: 'replied', reply, repliedAt: new Date(), version: assist.version + 1 })
      .where(eq(assistRequests.id, id))
      .returning();
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, {
      action: 'assist.reply',
      entityType: 'disposal',
      entityId: assist.disposalId,
      before: { assistRequestId: id, status: assist.status },
      after: { assistRequestId: id, status: after.status, reply },
    });
    // Every item of the request ends with the reply: the reply itself, and for an out-of-province
    // request a letter not yet recorded as sent (the reply proves it was).
    await closeSubjectWorkItems(tx, actor, { subjectType: 'assistRequest', subjectId: id }, 'done');
    return after;
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
    const assist = await loadAssist(tx, user, id, 'requester', input.version);
    if (assist.toUnitId) throw new DomainError('INVALID_STATE', { toUnitId: assist.toUnitId }, '省内协查通过平台办理，无需寄送协查函');
    const documentNo = input.documentNo?.trim() || assist.documentNo;
    if (!documentNo) throw new DomainError('VALIDATION_FAILED', { documentNo: '请先生成协查函，或填写已发出协查函的文号' });
    const actor = actorOf(user, ip);
    const closed = await closeSubjectWorkItems(tx, actor, { subjectType: 'assistRequest', subjectId: id, kind: 'assist_letter' }, 'done');
    if (closed.length === 0) throw new DomainError('INVALID_STATE', { assistRequestId: id }, '该协查函已登记发出');
    const [after] = await tx
      .update(assistRequests)
      .set({ documentNo, version: assist.version + 1 })
      .where(and(eq(assistRequests.id, id), eq(assistRequests.version, assist.version)))
      .returning();
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
