import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { orgUnits, reconciliations } from '../../db/schema/index.js';
import type { Page } from '../../http/paging.js';
import type { SessionUser } from '../access/actor.js';
import { can } from '../../domain/permissions.js';
import { RECONCILING_UNIT_KINDS, reconciliationVisible } from './reconciliation-scope.js';
import { outer } from '../../db/outer-column.js';

export interface ReconciliationFilter {
  status?: 'open' | 'finished';
  unitId?: string;
}

/** Progress of each reconciliation: checks drawn, checked, and found not in place. */
const progress = {
  checks: sql<number>`(SELECT count(*)::int FROM reconciliation_checks rc WHERE rc.reconciliation_id = ${outer(reconciliations.id)})`,
  checked: sql<number>`(SELECT count(*)::int FROM reconciliation_checks rc WHERE rc.reconciliation_id = ${outer(reconciliations.id)} AND rc.checked_at IS NOT NULL)`,
  notInPlace: sql<number>`(SELECT count(*)::int FROM reconciliation_checks rc WHERE rc.reconciliation_id = ${outer(reconciliations.id)} AND EXISTS (SELECT 1 FROM jsonb_each(rc.items) e WHERE e.value = 'false'::jsonb))`,
};

/** Reconciliations the user runs or whose checked unit is in their scope, newest first. */
export async function listReconciliations(db: Executor, user: SessionUser, filter: ReconciliationFilter, page: Page) {
  const conditions: SQL[] = [reconciliationVisible(user)];
  if (filter.status) conditions.push(eq(reconciliations.status, filter.status));
  if (filter.unitId) conditions.push(eq(reconciliations.unitId, filter.unitId));
  const where = and(...conditions);
  const unit = alias(orgUnits, 'unit');
  const creator = alias(orgUnits, 'creator');
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ reconciliation: reconciliations, unitName: unit.name, createdByUnitName: creator.name, ...progress })
      .from(reconciliations)
      .innerJoin(unit, eq(unit.id, reconciliations.unitId))
      .innerJoin(creator, eq(creator.id, reconciliations.createdByUnitId))
      .where(where)
      .orderBy(desc(reconciliations.createdAt), desc(reconciliations.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ total: count() }).from(reconciliations).where(where),
  ]);
  return {
    items: rows.map(({ reconciliation, ...rest }) => ({ ...reconciliation, ...rest })),
    total,
    /** 'start' when the user may start one: the permission, and a provincial unit. */
    actions: can(user.roles, 'reconciliation.write') && RECONCILING_UNIT_KINDS.includes(user.unit.kind) ? ['start'] : [],
  };
}
