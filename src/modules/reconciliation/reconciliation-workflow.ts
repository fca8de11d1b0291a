import { and, eq, sql } from 'drizzle-orm';
import { reconciliations } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { reaches } from '../../domain/jurisdiction.js';
import { reconciliationWorkflow, type ReconciliationAction, type ReconciliationSide } from '../../domain/workflow/reconciliation.js';
import type { SessionUser } from '../access/actor.js';
import type { RecordWorkflow } from '../workflow/load-for-action.js';
import { reconciliationVisible } from './reconciliation-scope.js';

export type ReconciliationRow = typeof reconciliations.$inferSelect;

/** Where the user stands: the running unit itself (`jurisdiction.reconciliation.work`), else no side. */
export const reconciliationSides = (user: SessionUser, r: Pick<ReconciliationRow, 'createdByUnitId'>): ReconciliationSide[] =>
  reaches(user, 'reconciliation', 'work', { units: { runner: { id: r.createdByUnitId } } }) ? ['runner'] : [];

/**
 * The reconciliation's workflow on the server: changes load it through the reading scope, locked
 * (a unit that does not see it gets 404, one that sees it but does not run it 403). The update
 * raises the version under the lock, so a check recorded while another officer finishes either
 * lands before (and the finisher's version is stale) or is refused as finished.
 */
export const reconciliationRecord: RecordWorkflow<ReconciliationRow, ReconciliationAction, ReconciliationSide, Record<string, never>, Partial<typeof reconciliations.$inferInsert>> = {
  entity: 'reconciliation',
  table: reconciliationWorkflow,
  loadForUpdate: async (tx, user, id) =>
    (await tx.select().from(reconciliations).where(and(eq(reconciliations.id, id), reconciliationVisible(user))).limit(1).for('update', { of: reconciliations }))[0],
  standing: async (_db, user, r) => ({ state: r.status, sides: reconciliationSides(user, r), facts: {} }),
  version: (r) => r.version,
  forbiddenDetails: (r) => ({ entity: 'reconciliation', id: r.id }),
  update: async (tx, r, changes) => {
    const [after] = await tx
      .update(reconciliations)
      .set({ ...changes, version: sql`${reconciliations.version} + 1` })
      .where(and(eq(reconciliations.id, r.id), eq(reconciliations.status, 'open'), eq(reconciliations.version, r.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: r.version });
    return after;
  },
};
