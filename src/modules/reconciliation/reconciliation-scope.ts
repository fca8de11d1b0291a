import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.js';
import { reconciliations } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { ownerUnitInScope } from '../access/scope-sql.js';

/** Provincial units that may run a reconciliation (seed art. 12: 稽查局 with the food divisions and affiliated units). */
export const RECONCILING_UNIT_KINDS = ['division', 'affiliated_unit'];

/**
 * Who reads a reconciliation:
 * 1. the unit that runs it;
 * 2. the checked unit and the units above it (本级及下级 from the user's side);
 * 3. a unit below the checked one whose disposals were drawn: it must see the findings it is to
 *    rectify, but only on its own disposals (`seesAllChecks` is false for it).
 */
export function reconciliationVisible(user: SessionUser): SQL {
  return sql`(${seesAllChecks(user)} OR EXISTS (SELECT 1 FROM reconciliation_checks rc JOIN disposals d ON d.id = rc.disposal_id WHERE rc.reconciliation_id = ${reconciliations.id} AND ${ownerUnitInScope(user.scope, sql`d.owner_unit_id`)}))`;
}

/** Cases 1 and 2 above: every check of the reconciliation. */
export function seesAllChecks(user: SessionUser): SQL {
  return sql`(${reconciliations.createdByUnitId} = ${user.unit.id} OR ${ownerUnitInScope(user.scope, reconciliations.unitId)})`;
}

export async function findReconciliation(db: Executor, user: SessionUser, id: string) {
  const [found] = await db
    .select({ row: reconciliations, allChecks: sql<boolean>`${seesAllChecks(user)}` })
    .from(reconciliations)
    .where(and(eq(reconciliations.id, id), reconciliationVisible(user)))
    .limit(1);
  if (!found) throw new DomainError('NOT_FOUND', { entity: 'reconciliation', id });
  return { ...found.row, seesAllChecks: found.allChecks };
}

/**
 * The guard every change starts with: visible (else 404), run by the user's unit (else 403),
 * still open (else 409), at the version the user saw when one is given (else 409). `bump`
 * raises the version under the row lock: a check recorded while another officer finishes
 * either lands before (and the finisher's version is stale) or is refused.
 */
export async function loadForEdit(tx: Tx, user: SessionUser, id: string, version?: number) {
  const { seesAllChecks: _all, ...row } = await findReconciliation(tx, user, id);
  if (row.createdByUnitId !== user.unit.id) throw new DomainError('RECONCILIATION_OWNER_ONLY', { entity: 'reconciliation', id });
  if (row.status !== 'open') throw new DomainError('RECONCILIATION_FINISHED', { status: row.status });
  if (version !== undefined && row.version !== version) throw new DomainError('VERSION_CONFLICT', { expected: version, actual: row.version });
  const bump = async (changes: Partial<typeof reconciliations.$inferInsert> = {}) => {
    const [after] = await tx
      .update(reconciliations)
      .set({ ...changes, version: sql`${reconciliations.version} + 1` })
      .where(and(eq(reconciliations.id, id), eq(reconciliations.status, 'open'), version === undefined ? undefined : eq(reconciliations.version, version)))
      .returning();
    if (!after && version !== undefined) throw new DomainError('VERSION_CONFLICT', { expected: version });
    if (!after) throw new DomainError('RECONCILIATION_FINISHED', { status: 'finished' });
    return after;
  };
  return { reconciliation: row, bump };
}
