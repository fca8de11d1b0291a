import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { assistRequests, samples } from '../../db/schema/index.js';
import { computeDeadline, type DeadlineUnit } from '../../domain/deadlines/compute-deadline.js';
import { conclusionReceivedProblem } from '../../domain/deadlines/triggers.js';
import { DomainError } from '../../domain/errors.js';
import { localDateTime, toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { findRule, loadCalendar } from '../deadlines/deadline-service.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { disposalRecord } from './disposal-workflow.js';
import { recordConclusionReceivedOn } from '../sampling/record-conclusion-received.js';
import { rescheduleOpenWorkItems } from '../work-items/reschedule-work-items.js';

const NOTICE_KINDS = ['disposal_notice', 'monitoring_notice', 'assist_letter'];

/**
 * Records the day the unqualified conclusion was received — the legal trigger of the disposal
 * (办法 art. 45) and of the result notice — when the import did not carry it, or corrects it,
 * and counts the open disposal again from it: a late import must not silently extend a
 * statutory period. An extension already granted is added again to the new legal end. The open
 * work items follow their new due dates; the sample keeps the date for every later count.
 */
export async function setConclusionReceived(
  db: Db,
  user: SessionUser,
  id: string,
  input: { version: number; conclusionReceivedOn: string },
  ip: string | null,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const { row: disposal, update } = await loadForAction(tx, user, disposalRecord, id, 'setConclusionReceived', input.version);
    const [sample] = await tx.select().from(samples).where(eq(samples.id, disposal.sampleId)).limit(1).for('update');
    const problem = conclusionReceivedProblem(input.conclusionReceivedOn, sample.samplingDate, toLocalDate(now));
    if (problem) throw new DomainError('VALIDATION_FAILED', { conclusionReceivedOn: problem });

    const calendar = await loadCalendar(tx);
    const anchor = localDateTime(input.conclusionReceivedOn);
    const rule = await findRule(tx, disposal.ruleId);
    const noticeRule = await findRule(tx, 'result.notify');
    const legal = computeDeadline({ id: rule.id, amount: rule.amount, unit: rule.unit as DeadlineUnit }, anchor, calendar);
    const notice = computeDeadline({ id: noticeRule.id, amount: noticeRule.amount, unit: noticeRule.unit as DeadlineUnit }, anchor, calendar);
    const extended = disposal.extension ? computeDeadline({ id: 'disposal.extension', amount: disposal.extension.days, unit: 'calendarDay' }, legal.due, calendar) : null;
    const dueAt = (extended ?? legal).due;

    await recordConclusionReceivedOn(tx, sample, input.conclusionReceivedOn, now);
    const after = await update({ openedAt: anchor, originalDueAt: legal.due, dueAt, provisional: legal.provisional || Boolean(extended?.provisional) });
    await moveWorkItems(tx, disposal.id, disposal.dueAt, dueAt, notice.due);
    await recordAudit(tx, actorOf(user, ip), {
      action: 'disposal.setConclusionReceived',
      entityType: 'disposal',
      entityId: id,
      before: { conclusionReceivedOn: sample.conclusionReceivedOn, openedAt: disposal.openedAt, originalDueAt: disposal.originalDueAt, dueAt: disposal.dueAt },
      after: { conclusionReceivedOn: input.conclusionReceivedOn, openedAt: after.openedAt, originalDueAt: after.originalDueAt, dueAt: after.dueAt, noticeDueAt: notice.due },
    });
    return after;
  });
}

/** Open items of the disposal and its 协查: notices to the notice period, the rest that ran with the disposal to its new end. */
async function moveWorkItems(tx: Tx, disposalId: string, oldDueAt: Date, dueAt: Date, noticeDueAt: Date) {
  const assists = await tx.select({ id: assistRequests.id }).from(assistRequests).where(eq(assistRequests.disposalId, disposalId));
  const subjects = [
    { subjectType: 'disposal', subjectIds: [disposalId] },
    { subjectType: 'assistRequest', subjectIds: assists.map((a) => a.id) },
  ];
  await rescheduleOpenWorkItems(tx, subjects, noticeDueAt, { kinds: NOTICE_KINDS });
  await rescheduleOpenWorkItems(tx, subjects, dueAt, { exceptKinds: NOTICE_KINDS, whereDueAt: oldDueAt });
}
