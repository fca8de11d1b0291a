import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { auditLog } from '../../db/schema/index.js';
import type { Page } from '../../server/paging.js';

export interface AuditFilter {
  action?: string;
  entityType?: string;
  entityId?: string;
}

/** The audit log is province-wide security data: only auditors (audit.read) reach this. */
export async function listAuditLogs(db: Executor, filter: AuditFilter, page: Page) {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, [{ total }]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(page.pageSize).offset(page.offset),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { items, total };
}
