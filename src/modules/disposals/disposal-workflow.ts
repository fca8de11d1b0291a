import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { assistRequests, disposalSteps, disposals } from '../../db/schema/index.js';
import { monitoringStepNames, requiredForClosing, stepNames } from '../../domain/disposal.js';
import { DomainError } from '../../domain/errors.js';
import { reaches } from '../../domain/jurisdiction.js';
import { disposalWorkflow, type DisposalFacts, type DisposalSide, type DisposalWorkflowAction } from '../../domain/workflow/disposal.js';
import type { RecordWorkflow } from '../workflow/load-for-action.js';
import { openCaseOfDisposal } from '../cases/open-case.js';
import { unitFact } from '../access/unit-facts.js';
import { disposalWorkable } from './disposal-scope.js';

export type DisposalRow = typeof disposals.$inferSelect;

/** The facts the disposal's guards read: its extension, the steps closing still needs, open 协查, an open case. */
async function factsOf(db: Executor, d: DisposalRow): Promise<DisposalFacts> {
  // Sequential: the executor may be a transaction's single client.
  const steps = await db.select({ kind: disposalSteps.kind, status: disposalSteps.status }).from(disposalSteps).where(eq(disposalSteps.disposalId, d.id));
  const open = await db
    .select({ producerName: assistRequests.producerName })
    .from(assistRequests)
    .where(and(eq(assistRequests.disposalId, d.id), eq(assistRequests.status, 'requested')));
  const names: Record<string, string> = { ...monitoringStepNames, ...stepNames };
  return {
    extension: d.extension ?? null,
    missingSteps: requiredForClosing(d.kind)
      .filter((kind) => steps.find((s) => s.kind === kind)?.status !== 'done')
      .map((kind) => names[kind] ?? kind),
    openAssists: open.map((a) => a.producerName),
    openCase: Boolean(await openCaseOfDisposal(db, d.id)),
  };
}

/**
 * The disposal's workflow on the server: changes load it through the working scope (the owner
 * bureau's line; anyone else gets 404), the detail through the reading scope.
 */
export const disposalRecord: RecordWorkflow<DisposalRow, DisposalWorkflowAction, DisposalSide, DisposalFacts, Partial<typeof disposals.$inferInsert>> = {
  entity: 'disposal',
  table: disposalWorkflow,
  loadForUpdate: async (tx, user, id) => (await tx.select().from(disposals).where(and(eq(disposals.id, id), disposalWorkable(user))).limit(1).for('update'))[0],
  standing: async (db, user, d) => {
    const owns = reaches(user, 'disposal', 'work', { units: { owner: await unitFact(db, d.ownerUnitId) } });
    return { state: d.status, sides: owns ? ['owner', 'reader'] : ['reader'], facts: await factsOf(db, d) };
  },
  version: (d) => d.version,
  update: async (tx, d, changes) => {
    const [after] = await tx
      .update(disposals)
      .set({ ...changes, version: d.version + 1, updatedAt: new Date() })
      .where(and(eq(disposals.id, d.id), eq(disposals.version, d.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: d.version });
    return after;
  },
};
