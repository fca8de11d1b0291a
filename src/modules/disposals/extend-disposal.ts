import type { Db } from '../../db/client.js';
import { DomainError } from '../../domain/errors.js';
import { computeDeadline } from '../../domain/deadlines/compute-deadline.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadCalendar } from '../deadlines/deadline-service.js';
import { nextDocumentNo } from '../documents/document-numbers.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { disposalRecord } from './disposal-workflow.js';
import { rescheduleOpenWorkItems } from '../work-items/reschedule-work-items.js';

/**
 * Extends the disposal deadline with the written approval of the owner unit's head
 * (办法 art. 45): records who approved, why, by how many calendar days, and the number of the
 * approval document. The legal deadline stays on record as `originalDueAt`. The extension counts
 * calendar days from the current last day and, like any period end, a last day that is not a
 * working day moves to the next working day (domain-rules.md "Counting periods").
 */
export async function extendDisposal(
  db: Db,
  user: SessionUser,
  id: string,
  input: { version: number; days: number; reason: string; approvedBy: string },
  ip: string | null,
) {
  const details: Record<string, string> = {};
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > 90) details.days = '延期天数应为1至90天';
  if (input.reason.trim().length < 4) details.reason = '请填写延期理由';
  if (!input.approvedBy.trim()) details.approvedBy = '请填写批准延期的负责人';
  if (Object.keys(details).length) throw new DomainError('VALIDATION_FAILED', details);
  return db.transaction(async (tx) => {
    const { row: disposal, update } = await loadForAction(tx, user, disposalRecord, id, 'extend', input.version);
    const extended = computeDeadline({ id: 'disposal.extension', amount: input.days, unit: 'calendarDay' }, disposal.dueAt, await loadCalendar(tx));
    const dueAt = extended.due;
    const documentNo = await nextDocumentNo(tx, disposal.ownerUnitId, 'extension', new Date());
    const extension = { days: input.days, reason: input.reason.trim(), approvedBy: input.approvedBy.trim(), approvedAt: new Date().toISOString(), documentNo };
    const after = await update({ dueAt, extension, provisional: disposal.provisional || extended.provisional });
    await rescheduleOpenWorkItems(tx, [{ subjectType: 'disposal', subjectIds: [id] }], dueAt, { whereDueAt: disposal.dueAt });
    await recordAudit(tx, actorOf(user, ip), {
      action: 'disposal.extend',
      entityType: 'disposal',
      entityId: id,
      before: { dueAt: disposal.dueAt },
      after: { dueAt, extension },
    });
    return after;
  });
}
