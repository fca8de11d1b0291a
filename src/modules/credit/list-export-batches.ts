import { count, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { creditExportBatches, users } from '../../db/schema/index.js';
import type { PublicationKind } from '../../domain/credit/credit-kinds.js';
import type { SessionUser } from '../access/actor.js';
import type { Page } from '../../http/paging.js';
import { assertCollector } from './credit-access.js';
import { outer } from '../../db/outer-column.js';

const statusNames: Record<string, string> = { prepared: '待信用处审核', sent: '已报送', returned: '已退回' };

/** The batches so far, newest first, with what each holds by kind, where it stands and what the user may do (信用处 approves prepared ones). */
export async function listExportBatches(db: Executor, user: SessionUser, page: Page) {
  const collector = assertCollector(user);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: creditExportBatches.id,
        periodFrom: creditExportBatches.periodFrom,
        periodTo: creditExportBatches.periodTo,
        recordCount: creditExportBatches.recordCount,
        status: creditExportBatches.status,
        returnReason: creditExportBatches.returnReason,
        version: creditExportBatches.version,
        createdAt: creditExportBatches.createdAt,
        createdByUserId: creditExportBatches.createdByUserId,
        createdByName: users.displayName,
        byKind: sql<Partial<Record<PublicationKind, number>>>`(SELECT coalesce(jsonb_object_agg(k.record_kind, k.n), '{}'::jsonb) FROM (SELECT p.record_kind, count(*)::int AS n FROM credit_publications p WHERE p.batch_id = ${outer(creditExportBatches.id)} GROUP BY p.record_kind) k)`,
      })
      .from(creditExportBatches)
      .leftJoin(users, eq(users.id, creditExportBatches.createdByUserId))
      .orderBy(desc(creditExportBatches.createdAt), desc(creditExportBatches.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ total: count() }).from(creditExportBatches),
  ]);
  const items = rows.map((b) => ({ ...b, statusName: statusNames[b.status] ?? b.status, actions: collector.role === 'credit' && b.status === 'prepared' ? ['approve'] : [] }));
  return { items, total };
}
