import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { disposalSteps } from '../../db/schema/index.js';
import { stepNames, type DisposalStepKind } from '../../domain/disposal.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { deadlineFor } from '../deadlines/deadline-service.js';
import { localDateTime } from '../../domain/time.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { disposalRecord } from './disposal-workflow.js';
import { validateStepDetails } from './step-details.js';

export interface StepInput {
  disposalId: string;
  kind: string;
  /** The disposal's version the user saw: two officers cannot overwrite each other. */
  version: number;
  doneOn: string;
  text: string;
  details?: Record<string, unknown>;
}

/**
 * Records a step as done (with its date, text and step-specific facts). The result notice
 * comes first; its completion closes the notice work item and opens the five-in-place one.
 */
export async function recordStep(db: Db, user: SessionUser, input: StepInput, ip: string | null) {
  const details = validateStepDetails(input.kind, input.details ?? {});
  return db.transaction(async (tx) => {
    Object.assign(details, await recallCompletion(tx, details));
    const { row: d, update } = await loadForAction(tx, user, disposalRecord, input.disposalId, 'recordStep', input.version);
    const [step] = await tx.select().from(disposalSteps).where(and(eq(disposalSteps.disposalId, d.id), eq(disposalSteps.kind, input.kind))).limit(1);
    if (!step) throw new DomainError('VALIDATION_FAILED', { kind: '该处置没有这个步骤' });
    const steps = await tx.select().from(disposalSteps).where(eq(disposalSteps.disposalId, d.id));
    if (input.kind !== 'notice' && steps.find((s) => s.kind === 'notice')?.status !== 'done') {
      throw new DomainError('VALIDATION_FAILED', { kind: '请先登记检验结果通知书送达' });
    }
    const bumped = await update({ status: 'in_progress' });
    const [after] = await tx
      .update(disposalSteps)
      .set({ status: 'done', doneOn: input.doneOn, text: input.text, details, doneByUserId: user.id, updatedAt: new Date(), version: step.version + 1 })
      .where(eq(disposalSteps.id, step.id))
      .returning();
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, { action: 'disposal.recordStep', entityType: 'disposal', entityId: d.id, before: step, after });
    if (input.kind === 'notice' && step.status !== 'done') {
      await closeSubjectWorkItems(tx, actor, { subjectType: 'disposal', subjectId: d.id, kind: d.kind === 'monitoring' ? 'monitoring_notice' : 'disposal_notice' }, 'done');
      await createWorkItems(tx, actor, [
        {
          kind: 'disposal_steps',
          title: d.kind === 'monitoring' ? `督促企业自查报告（${d.sampleNo}）` : `落实“五个到位”（${d.sampleNo}）`,
          subjectType: 'disposal',
          subjectId: d.id,
          ownerUnitId: d.ownerUnitId,
          dueAt: d.dueAt,
          links: [{ label: '核查处置', href: `/disposals/${d.id}` }],
        },
      ]);
    }
    return { ...bumped, step: { ...after, name: stepNames[after.kind as DisposalStepKind] } };
  });
}

const RECALL_RULES: Record<string, string> = { 一级: 'recall.level1.complete', 二级: 'recall.level2.complete', 三级: 'recall.level3.complete' };

/**
 * A recall's completion period counts from the recall announcement (《食品召回管理办法》; rules
 * recall.levelN.complete), not from its start: with the level and the announcement day, the
 * step records by when the recall must be complete.
 */
async function recallCompletion(tx: Parameters<typeof deadlineFor>[0], details: Record<string, unknown>) {
  const rule = typeof details.recallLevel === 'string' ? RECALL_RULES[details.recallLevel] : undefined;
  if (!rule || typeof details.recallAnnouncedOn !== 'string') return {};
  const due = await deadlineFor(tx, rule, localDateTime(details.recallAnnouncedOn));
  return { recallCompleteBy: due.dueDate, recallCompleteProvisional: due.provisional };
}
