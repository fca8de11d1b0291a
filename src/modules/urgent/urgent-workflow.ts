import { and, eq } from 'drizzle-orm';
import { urgentReportRecipients, urgentReports } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { unitFact } from '../access/unit-facts.js';
import { urgentWorkflow, type UrgentAction, type UrgentFacts, type UrgentSide } from '../../domain/workflow/urgent-report.js';
import type { RecordWorkflow } from '../workflow/load-for-action.js';
import { ownsUrgentReport } from './urgent-scope.js';
import { supervisesUrgentReports } from './supervisor.js';
import { urgentReadable } from './urgent-scope.js';

export type UrgentReport = typeof urgentReports.$inferSelect;

/**
 * The 24-hour report's workflow on the server: read through urgentReadable; the user's unit is a
 * recipient (its own row), on the owner bureau's line, or 抽检监测处 — derived here, never by the web.
 */
export const urgentRecord: RecordWorkflow<UrgentReport, UrgentAction, UrgentSide, UrgentFacts, Partial<typeof urgentReports.$inferInsert>> = {
  entity: 'urgentReport',
  table: urgentWorkflow,
  loadForUpdate: async (tx, user, id) => (await tx.select().from(urgentReports).where(and(eq(urgentReports.id, id), urgentReadable(user))).limit(1).for('update'))[0],
  standing: async (db, user, r) => {
    const [recipient] = await db
      .select({ acknowledgedAt: urgentReportRecipients.acknowledgedAt })
      .from(urgentReportRecipients)
      .where(and(eq(urgentReportRecipients.reportId, r.id), eq(urgentReportRecipients.unitId, user.unit.id)))
      .limit(1);
    const sides: UrgentSide[] = [];
    if (recipient) sides.push('recipient');
    if (ownsUrgentReport(user, await unitFact(db, r.ownerUnitId))) sides.push('owner');
    if (supervisesUrgentReports(user)) sides.push('supervisor');
    return { state: r.status, sides, facts: { acknowledgedAt: recipient?.acknowledgedAt ?? null } };
  },
  version: (r) => r.version,
  update: async (tx, r, changes) => {
    const [after] = await tx
      .update(urgentReports)
      .set({ ...changes, version: r.version + 1 })
      .where(and(eq(urgentReports.id, r.id), eq(urgentReports.version, r.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: r.version });
    return after;
  },
};
