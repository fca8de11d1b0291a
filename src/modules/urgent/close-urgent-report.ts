import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { urgentReportRecipients } from '../../db/schema/index.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { urgentRecord } from './urgent-workflow.js';
import { recipientSubject } from './urgent-rules.js';

/**
 * 抽检监测处 closes (办结) a handled report, ending its 督办: the supervision items are done, and
 * whatever is still open on it (acknowledgements nobody gave) is cancelled.
 */
export async function closeUrgentReport(db: Db, user: SessionUser, id: string, input: { version: number; comment?: string }, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const { row: report, update } = await loadForAction(tx, user, urgentRecord, id, 'close', input.version);
    const after = await update({ status: 'closed', closedAt: now, closedByUserId: user.id });
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, {
      action: 'urgentReport.close',
      entityType: 'urgentReport',
      entityId: id,
      before: { status: report.status },
      after: { status: after.status, closedAt: now, comment: input.comment?.trim() || null },
    });
    await closeSubjectWorkItems(tx, actor, { subjectType: 'urgentReport', subjectId: id, kind: 'urgent_supervise' }, 'done');
    await closeSubjectWorkItems(tx, actor, { subjectType: 'urgentReport', subjectId: id }, 'cancelled');
    const recipients = await tx.select({ unitId: urgentReportRecipients.unitId }).from(urgentReportRecipients).where(eq(urgentReportRecipients.reportId, id));
    for (const r of recipients) await closeSubjectWorkItems(tx, actor, recipientSubject(id, r.unitId), 'cancelled');
    return after;
  });
}
