import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { orgUnits, urgentReportRecipients, urgentReports } from '../../db/schema/index.js';
import { at } from '../../db/sql-values.js';
import type { Page } from '../../http/paging.js';
import type { SessionUser } from '../access/actor.js';
import { urgentReadable } from './urgent-scope.js';
import { recipientRoles, urgentClock, urgentStatusNames, type UrgentStatus } from './urgent-rules.js';

export interface UrgentFilter {
  status?: UrgentStatus;
  overdue?: boolean;
}

export interface RecipientView {
  unitId: string;
  unitName: string;
  role: string;
  acknowledgedAt: Date | null;
}

export function urgentConditions(user: SessionUser, filter: UrgentFilter, now: Date): SQL {
  const conditions: SQL[] = [urgentReadable(user)];
  if (filter.status) conditions.push(eq(urgentReports.status, filter.status));
  if (filter.overdue === true) conditions.push(sql`${urgentReports.status} <> 'closed' AND ${urgentReports.dueAt} < ${at(now)}`);
  if (filter.overdue === false) conditions.push(sql`NOT (${urgentReports.status} <> 'closed' AND ${urgentReports.dueAt} < ${at(now)})`);
  return and(...conditions)!;
}

/** The recipients of some reports with their unit names, in role order (抽检监测处, division, bureau). */
export async function recipientsOf(db: Executor, reportIds: string[]): Promise<Map<string, RecipientView[]>> {
  const byReport = new Map<string, RecipientView[]>(reportIds.map((id) => [id, []]));
  if (reportIds.length === 0) return byReport;
  const rows = await db
    .select({ reportId: urgentReportRecipients.reportId, unitId: urgentReportRecipients.unitId, unitName: orgUnits.name, role: urgentReportRecipients.role, acknowledgedAt: urgentReportRecipients.acknowledgedAt })
    .from(urgentReportRecipients)
    .innerJoin(orgUnits, eq(orgUnits.id, urgentReportRecipients.unitId))
    .where(inArray(urgentReportRecipients.reportId, reportIds));
  const order = (role: string) => (recipientRoles as readonly string[]).indexOf(role);
  for (const { reportId, ...r } of rows.sort((a, b) => order(a.role) - order(b.role))) byReport.get(reportId)!.push(r);
  return byReport;
}

/** The report board: open first, then handled, then closed; each by due time. */
export async function listUrgentReports(db: Executor, user: SessionUser, filter: UrgentFilter, page: Page, now = new Date()) {
  const where = urgentConditions(user, filter, now);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ report: urgentReports, ownerUnitName: orgUnits.name })
      .from(urgentReports)
      .innerJoin(orgUnits, eq(orgUnits.id, urgentReports.ownerUnitId))
      .where(where)
      .orderBy(sql`CASE ${urgentReports.status} WHEN 'open' THEN 0 WHEN 'handled' THEN 1 ELSE 2 END`, asc(urgentReports.dueAt), asc(urgentReports.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ total: count() }).from(urgentReports).where(where),
  ]);
  const recipients = await recipientsOf(db, rows.map((r) => r.report.id));
  return {
    items: rows.map(({ report: r, ownerUnitName }) => ({
      id: r.id,
      title: r.title,
      sampleNo: r.sampleNo,
      foodName: r.foodName,
      enterpriseName: r.enterpriseName,
      link: r.link,
      regionCode: r.regionCode,
      ownerUnitId: r.ownerUnitId,
      ownerUnitName,
      status: r.status,
      statusName: urgentStatusNames[r.status as UrgentStatus],
      raisedAt: r.raisedAt,
      foundAt: r.foundAt,
      dueAt: r.dueAt,
      escalatedAt: r.escalatedAt,
      version: r.version,
      ...urgentClock(r, now),
      recipients: recipients.get(r.id)!,
    })),
    total,
  };
}
