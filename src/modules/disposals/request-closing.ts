import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { disposalSteps } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { stepNames, type DisposalStepKind } from '../../domain/disposal.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { loadForChange } from './load-for-change.js';
import { requiredForClosing } from './record-step.js';
import { assertAssistsSettled } from './assists-settled.js';

/**
 * Closing requires every step done (all five in place) and every 协查 replied or closed with a
 * reason; a leader of the owner unit approves it.
 */
export async function requestClosing(db: Db, user: SessionUser, id: string, version: number, ip: string | null) {
  return db.transaction(async (tx) => {
    const { disposal, update } = await loadForChange(tx, user, id, 'requestClosing', version);
    const steps = await tx.select().from(disposalSteps).where(eq(disposalSteps.disposalId, id));
    const missing = requiredForClosing(disposal.kind).filter((kind) => steps.find((s) => s.kind === kind)?.status !== 'done');
    if (missing.length) {
      throw new DomainError('VALIDATION_FAILED', { steps: `尚未完成：${missing.map((k) => stepNames[k as DisposalStepKind] ?? k).join('、')}` });
    }
    await assertAssistsSettled(tx, id);
    const after = await update({ status: 'pending_approval', closingRequestedAt: new Date() });
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, { action: 'disposal.requestClosing', entityType: 'disposal', entityId: id, before: { status: disposal.status }, after: { status: after.status } });
    await closeSubjectWorkItems(tx, actor, { subjectType: 'disposal', subjectId: id, kind: 'disposal_steps' }, 'done');
    await createWorkItems(tx, actor, [
      {
        kind: 'disposal_approval',
        title: `审批核查处置结案（${disposal.sampleNo}）`,
        subjectType: 'disposal',
        subjectId: id,
        ownerUnitId: disposal.ownerUnitId,
        dueAt: disposal.dueAt,
        links: [{ label: '核查处置', href: `/disposals/${id}` }],
      },
    ]);
    return after;
  });
}
