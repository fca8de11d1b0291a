import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { at } from '../../db/sql-values.js';
import { urgentReportRecipients, urgentReports } from '../../db/schema/index.js';
import { systemActor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { reportLabel, reportLinks } from './urgent-rules.js';

/** Reports escalated per transaction batch; the next minute's run takes the rest. */
const BATCH = 200;

/**
 * Escalates 24-hour reports still not closed after their 24 hours (issue 4): the head of the
 * link's division and 抽检监测处 each get a 督办 item in their unit's inbox (no assignee). Once
 * per report: `escalated_at` is set by a guarded update, so a second run, or a second server
 * process sweeping at the same moment, escalates nothing twice. One transaction per report.
 * Returns how many reports it escalated.
 */
export async function escalateOverdueUrgentReports(db: Db, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: urgentReports.id })
    .from(urgentReports)
    .where(and(ne(urgentReports.status, 'closed'), isNull(urgentReports.escalatedAt), sql`${urgentReports.dueAt} < ${at(now)}`))
    .orderBy(asc(urgentReports.dueAt))
    .limit(BATCH);
  let escalated = 0;
  for (const { id } of due) {
    if (await escalateOne(db, id, now)) escalated++;
  }
  return escalated;
}

async function escalateOne(db: Db, id: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [report] = await tx
      .update(urgentReports)
      .set({ escalatedAt: now })
      .where(and(eq(urgentReports.id, id), ne(urgentReports.status, 'closed'), isNull(urgentReports.escalatedAt), sql`${urgentReports.dueAt} < ${at(now)}`))
      .returning();
    if (!report) return false;
    const [division] = await tx
      .select({ unitId: urgentReportRecipients.unitId })
      .from(urgentReportRecipients)
      .where(and(eq(urgentReportRecipients.reportId, id), eq(urgentReportRecipients.role, 'division')))
      .limit(1);
    const units = [...new Set([division?.unitId, unitIdForSlug('sampling')].filter((u): u is string => Boolean(u)))];
    const pending = report.status === 'open' ? '属地尚未报送处置情况' : '尚未办结';
    await recordAudit(tx, systemActor, {
      action: 'urgentReport.escalate',
      entityType: 'urgentReport',
      entityId: id,
      before: { escalatedAt: null },
      after: { escalatedAt: now, status: report.status, dueAt: report.dueAt, escalatedTo: units },
    });
    await createWorkItems(
      tx,
      systemActor,
      units.map((ownerUnitId) => ({
        kind: 'urgent_supervise' as const,
        title: `24小时限时报告已逾期：${reportLabel(report)}，${pending}`,
        subjectType: 'urgentReport',
        subjectId: id,
        ownerUnitId,
        assigneeUserId: null,
        dueAt: report.dueAt,
        links: reportLinks(id),
      })),
    );
    return true;
  });
}
