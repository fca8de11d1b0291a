import type { Db } from '../../db/client.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { urgentRecord } from './urgent-workflow.js';
import { reportLabel, reportLinks } from './urgent-rules.js';

/**
 * 抽检监测处 returns (退回) a handling report it does not accept: handled → open, with the reason,
 * and the owner bureau gets a new 报送 work item. The 24-hour due time stays: the clock is not reset.
 */
export async function returnUrgentReport(db: Db, user: SessionUser, id: string, input: { version: number; comment: string }, ip: string | null) {
  const comment = input.comment.trim();
  if (!comment) throw new DomainError('VALIDATION_FAILED', { comment: '退回时请填写理由' });
  return db.transaction(async (tx) => {
    const { row: report, update } = await loadForAction(tx, user, urgentRecord, id, 'return', input.version);
    const after = await update({ status: 'open', handledAt: null });
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, {
      action: 'urgentReport.return',
      entityType: 'urgentReport',
      entityId: id,
      before: { status: report.status },
      after: { status: after.status, comment },
    });
    await createWorkItems(tx, actor, [
      {
        kind: 'urgent_handle',
        title: `24小时限时报告处置情况被退回，请重新报送：${reportLabel(report)}：${comment}`,
        subjectType: 'urgentReport',
        subjectId: id,
        ownerUnitId: report.ownerUnitId,
        dueAt: report.dueAt,
        links: reportLinks(id),
      },
    ]);
    return after;
  });
}
