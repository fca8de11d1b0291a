import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { urgentReportRecipients } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { urgentRecord } from './urgent-workflow.js';
import { recipientSubject } from './urgent-rules.js';

/**
 * A recipient unit acknowledges (签收) the report: once per unit. The acknowledgement is the
 * recipient's own row, so it does not bump the report's version (three units acknowledge in
 * parallel without conflicting with the owner's handling report).
 */
export async function acknowledgeUrgentReport(db: Db, user: SessionUser, id: string, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    // A recipient unit that has not acknowledged yet (src/domain/workflow/urgent-report.ts).
    await loadForAction(tx, user, urgentRecord, id, 'acknowledge', null);
    const [acknowledged] = await tx
      .update(urgentReportRecipients)
      .set({ acknowledgedAt: now, acknowledgedByUserId: user.id })
      .where(and(eq(urgentReportRecipients.reportId, id), eq(urgentReportRecipients.unitId, user.unit.id), isNull(urgentReportRecipients.acknowledgedAt)))
      .returning();
    // Defensive: the report row is locked, so the guard has already seen an earlier acknowledgement.
    if (!acknowledged) throw new DomainError('URGENT_ALREADY_ACKNOWLEDGED', null);
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, {
      action: 'urgentReport.acknowledge',
      entityType: 'urgentReport',
      entityId: id,
      after: { unitId: user.unit.id, unitName: user.unit.name, role: acknowledged.role, acknowledgedAt: now },
    });
    await closeSubjectWorkItems(tx, actor, { ...recipientSubject(id, user.unit.id), kind: 'urgent_ack' }, 'done');
    return acknowledged;
  });
}
