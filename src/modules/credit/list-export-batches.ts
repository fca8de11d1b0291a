import { count, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { creditExportBatches, users } from '../../db/schema/index.js';
import type { PublicationKind } from '../../domain/credit/credit-kinds.js';
import type { SessionUser } from '../access/actor.js';
import type { Page } from '../../server/paging.js';
import { assertCreditDivision } from './credit-access.js';

/** The exports made so far, newest first, with what each sent by kind. */
export async function listExportBatches(db: Executor, user: SessionUser, page: Page) {
  assertCreditDivision(user);
  const [items, [{ total }]] = await Promise.all([
    db
      .select({
        id: creditExportBatches.id,
        periodFrom: creditExportBatches.periodFrom,
        periodTo: creditExportBatches.periodTo,
        recordCount: creditExportBatches.recordCount,
        createdAt: creditExportBatches.createdAt,
        createdByUserId: creditExportBatches.createdByUserId,
        createdByName: users.displayName,
        byKind: sql<Partial<Record<PublicationKind, number>>>`(SELECT coalesce(jsonb_object_agg(k.record_kind, k.n), '{}'::jsonb) FROM (SELECT p.record_kind, count(*)::int AS n FROM credit_publications p WHERE p.batch_id = ${creditExportBatches.id} GROUP BY p.record_kind) k)`,
      })
      .from(creditExportBatches)
      .leftJoin(users, eq(users.id, creditExportBatches.createdByUserId))
      .orderBy(desc(creditExportBatches.createdAt), desc(creditExportBatches.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ total: count() }).from(creditExportBatches),
  ]);
  return { items, total };
}
