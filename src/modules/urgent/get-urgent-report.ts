import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { auditLog, orgUnits, urgentReports } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { actionsOf } from '../workflow/load-for-action.js';
import { urgentRecord } from './urgent-workflow.js';
import { recipientsOf } from './list-urgent-reports.js';
import { urgentReadable } from './urgent-scope.js';
import { urgentClock, urgentStatusNames, type UrgentStatus } from './urgent-rules.js';
import { auditHistory } from '../audit/audit-history.js';

/** One report the user may read (else 404): hazard, handling report and measures, history, actions. */
export async function getUrgentReport(db: Executor, user: SessionUser, id: string, now = new Date()) {
  const owner = alias(orgUnits, 'owner');
  const raiser = alias(orgUnits, 'raiser');
  const [row] = await db
    .select({ report: urgentReports, ownerUnitName: owner.name, raisedByUnitName: raiser.name })
    .from(urgentReports)
    .innerJoin(owner, eq(owner.id, urgentReports.ownerUnitId))
    .innerJoin(raiser, eq(raiser.id, urgentReports.raisedByUnitId))
    .where(and(eq(urgentReports.id, id), urgentReadable(user)))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'urgentReport', id });
  const r = row.report;
  const [recipients, history] = await Promise.all([
    recipientsOf(db, [id]).then((m) => m.get(id)!),
    auditHistory(db, and(eq(auditLog.entityType, 'urgentReport'), eq(auditLog.entityId, id)), 200),
  ]);
  const handling = r.handlingReport ? history.find((h) => h.action === 'urgentReport.fileHandling') : undefined;
  return {
    ...r,
    statusName: urgentStatusNames[r.status as UrgentStatus],
    ownerUnitName: row.ownerUnitName,
    raisedByUnitName: row.raisedByUnitName,
    measures: ((handling?.after as { measures?: string[] } | null)?.measures ?? []) as string[],
    ...urgentClock(r, now),
    recipients,
    history,
    // What the user may do now (src/domain/workflow/urgent-report.ts): the web shows exactly these buttons.
    actions: await actionsOf(db, user, urgentRecord, r),
  };
}
