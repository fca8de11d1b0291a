import type { Db } from '../../db/client.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { disposalRecord } from './disposal-workflow.js';

/**
 * A leader of the owner unit approves the closing (结案) — or rejects it with a reason, which
 * sends the disposal back to the officers with a new work item.
 */
export async function decideClosing(
  db: Db,
  user: SessionUser,
  id: string,
  input: { version: number; approve: boolean; comment?: string },
  ip: string | null,
) {
  if (!input.approve && !input.comment?.trim()) throw new DomainError('VALIDATION_FAILED', { comment: '退回时请填写理由' });
  return db.transaction(async (tx) => {
    const { row: disposal, update } = await loadForAction(tx, user, disposalRecord, id, input.approve ? 'approveClosing' : 'rejectClosing', input.version);
    const actor = actorOf(user, ip);
    const after = input.approve
      ? await update({ status: 'closed', closedAt: new Date(), closedByUserId: user.id })
      : await update({ status: 'in_progress', closingRequestedAt: null });
    await recordAudit(tx, actor, {
      action: input.approve ? 'disposal.close' : 'disposal.rejectClosing',
      entityType: 'disposal',
      entityId: id,
      before: { status: disposal.status },
      after: { status: after.status, comment: input.comment ?? null },
    });
    await closeSubjectWorkItems(tx, actor, { subjectType: 'disposal', subjectId: id }, 'done');
    if (!input.approve) {
      await createWorkItems(tx, actor, [
        {
          kind: 'disposal_steps',
          title: `结案被退回，请补充处置材料（${disposal.sampleNo}）：${input.comment}`,
          subjectType: 'disposal',
          subjectId: id,
          ownerUnitId: disposal.ownerUnitId,
          dueAt: disposal.dueAt,
          links: [{ label: '核查处置', href: `/disposals/${id}` }],
        },
      ]);
    }
    return after;
  });
}
