import { desc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { auditLog, users } from '../../db/schema/index.js';
import { actorDisplayName, auditActionName } from '../../domain/audit-actions.js';

/**
 * A record's history for its detail page, newest first: when, the action in words, who acted by
 * name (系统 for jobs), and the row's `after` for the page's own detail. The action code and the
 * account stay in the reply for the administrator's tooltip.
 */
export async function auditHistory(db: Executor, where: SQL | undefined, limit: number) {
  const rows = await db
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      action: auditLog.action,
      actorUsername: auditLog.actorUsername,
      actorDisplayName: users.displayName,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(where)
    .orderBy(desc(auditLog.seq))
    .limit(limit);
  return rows.map(({ actorDisplayName: displayName, ...h }) => ({
    ...h,
    actionName: auditActionName(h.action),
    actorName: actorDisplayName(h.actorUsername, displayName),
  }));
}

export type AuditHistoryEntry = Awaited<ReturnType<typeof auditHistory>>[number];
