import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { disposalSteps, disposals } from '../../db/schema/index.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';

type Disposal = typeof disposals.$inferSelect;
type Step = typeof disposalSteps.$inferSelect;

/** Where a disposal still takes changes to its steps; a closed or voided one stays as it ended. */
const ACCEPTS_STEPS = ['open', 'in_progress'];

async function penaltyStep(tx: Tx, disposalId: string): Promise<Step | undefined> {
  const [step] = await tx.select().from(disposalSteps).where(and(eq(disposalSteps.disposalId, disposalId), eq(disposalSteps.kind, 'penalty'))).limit(1);
  return step;
}

async function writeStep(tx: Tx, d: Disposal, step: Step, changes: Partial<typeof disposalSteps.$inferInsert>, disposalStatus: string) {
  // The disposal's version moves with its step, so an officer holding the old page cannot overwrite it.
  await tx.update(disposals).set({ version: d.version + 1, status: disposalStatus, updatedAt: new Date() }).where(eq(disposals.id, d.id));
  const [after] = await tx
    .update(disposalSteps)
    .set({ ...changes, updatedAt: new Date(), version: step.version + 1 })
    .where(eq(disposalSteps.id, step.id))
    .returning();
  return after;
}

/**
 * Filing a case from a disposal links its 行政处罚到位 step to the case number (step-details.ts:
 * `caseNo`, or `noCaseReason`). A step still pending gets the number. A step recorded done (a
 * decision not to file, or another number) is reopened with the number, because the penalty now
 * waits for this case's decision — but only while the disposal takes steps: one pending approval,
 * closed or voided is left as it stands, and the case keeps its link to the disposal regardless.
 * Returns the step after the change, or null when nothing changed.
 */
export async function linkPenaltyStep(tx: Tx, actor: Actor, d: Disposal, link: { caseId: string; caseNo: string }) {
  const step = await penaltyStep(tx, d.id);
  if (!step) return null; // risk-monitoring disposals have no penalty step
  const reopen = step.status === 'done';
  if (reopen ? !ACCEPTS_STEPS.includes(d.status) : ['closed', 'voided'].includes(d.status)) return null;
  const after = await writeStep(
    tx,
    d,
    step,
    reopen ? { status: 'pending', doneOn: null, text: null, doneByUserId: null, details: { caseNo: link.caseNo } } : { details: { caseNo: link.caseNo } },
    d.status,
  );
  await recordAudit(tx, actor, { action: 'disposal.linkCase', entityType: 'disposal', entityId: d.id, before: step, after: { ...after, caseId: link.caseId, reopened: reopen } });
  return after;
}

/**
 * A case's decision is the disposal's penalty: its 行政处罚到位 step becomes done on the decision
 * date with { caseNo, amount } (罚没金额 = fine + confiscated illegal gains), in the
 * transaction of the decision. A closed or voided disposal is not reopened for it; the decision
 * then lives on the case alone. Returns the step after the change, or null.
 */
export async function recordPenaltyDecision(
  tx: Tx,
  actor: Actor,
  disposalId: string,
  decision: { caseId: string; caseNo: string; decisionNo: string; decidedOn: string; amount: number; content: string },
) {
  const [d] = await tx.select().from(disposals).where(eq(disposals.id, disposalId)).limit(1).for('update');
  if (!d || ['closed', 'voided'].includes(d.status)) return null;
  const step = await penaltyStep(tx, d.id);
  if (!step) return null;
  const after = await writeStep(
    tx,
    d,
    step,
    {
      status: 'done',
      doneOn: decision.decidedOn,
      text: `${decision.decisionNo}：${decision.content}`.slice(0, 5000),
      details: { caseNo: decision.caseNo, amount: decision.amount },
      doneByUserId: actor.userId,
    },
    d.status === 'open' ? 'in_progress' : d.status,
  );
  await recordAudit(tx, actor, { action: 'disposal.recordStep', entityType: 'disposal', entityId: d.id, before: step, after: { ...after, caseId: decision.caseId } });
  return after;
}
