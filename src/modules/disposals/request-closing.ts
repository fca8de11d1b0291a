import type { Db } from '../../db/client.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { disposalRecord } from './disposal-workflow.js';

/**
 * Closing requires every step done (all five in place) and every 协查 replied or closed with a
 * reason (the guards of requestClosing in src/domain/workflow/disposal.ts); a leader of the
 * owner unit approves it.
 */
export async function requestClosing(db: Db, user: SessionUser, id: string, version: number, ip: string | null) {
  return db.transaction(async (tx) => {
    const { row: disposal, update } = await loadForAction(tx, user, disposalRecord, id, 'requestClosing', version);
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
