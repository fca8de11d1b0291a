import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.js';
import { reconciliations } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { ReconciliationAction } from '../../domain/workflow/reconciliation.js';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { reconciliationRecord } from './reconciliation-workflow.js';

/** Provincial units that may run a reconciliation (seed art. 12: 稽查局 with the food divisions and affiliated units). */
export const RECONCILING_UNIT_KINDS = ['division', 'affiliated_unit'];

/**
 * Who reads a reconciliation: `jurisdiction.reconciliation.see` (src/domain/jurisdiction.ts,
 * docs/security.md) — the running unit, the checked unit's line, and a unit below the checked one
 * whose disposals were drawn, which sees only the checks of its own disposals.
 */
export function reconciliationVisible(user: SessionUser): SQL {
  return jurisdictionSql(user, 'reconciliation', 'see');
}

/** The running unit and the checked unit's line see every check (`jurisdiction.reconciliation.allChecks`). */
export function seesAllChecks(user: SessionUser): SQL {
  return jurisdictionSql(user, 'reconciliation', 'allChecks');
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
 * The guard every change starts with, through the reconciliation's workflow table
 * (src/domain/workflow/reconciliation.ts, the shared loadForAction): visible (else 404), run by the
 * user's unit (else 403), still open (else 409), at the version the user saw when one is given
 * (else 409). `bump` raises the version under the row lock.
 */
export async function loadForEdit(tx: Tx, user: SessionUser, id: string, action: ReconciliationAction, version?: number) {
  const { row, update } = await loadForAction(tx, user, reconciliationRecord, id, action, version ?? null);
  return { reconciliation: row, bump: (changes: Partial<typeof reconciliations.$inferInsert> = {}) => update(changes) };
}
