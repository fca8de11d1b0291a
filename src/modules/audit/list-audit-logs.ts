import { and, count, desc, eq, getTableColumns, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { auditLog, users } from '../../db/schema/index.js';
import { actorDisplayName, auditActionName, auditEntityName } from '../../domain/audit-actions.js';
import type { Page } from '../../http/paging.js';

export interface AuditFilter {
  action?: string;
  entityType?: string;
  entityId?: string;
}

/**
 * The audit log is province-wide security data: only auditors (audit.read) reach this. Each row
 * carries the action, the record kind and the actor in words beside the codes the chain covers.
 */
export async function listAuditLogs(db: Executor, filter: AuditFilter, page: Page) {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ ...getTableColumns(auditLog), actorDisplayName: users.displayName })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorUserId))
      .where(where)
      .orderBy(desc(auditLog.seq))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  const items = rows.map(({ actorDisplayName: displayName, ...row }) => ({
    ...row,
    actionName: auditActionName(row.action),
    entityTypeName: auditEntityName(row.entityType),
    actorName: actorDisplayName(row.actorUsername, displayName),
  }));
  return { items, total };
}
