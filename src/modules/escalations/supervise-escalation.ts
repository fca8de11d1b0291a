import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { inspections } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type Actor, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { escalationRecord } from './escalation-workflow.js';

export type SupervisionDecision = 'close' | 'return' | 'withdraw';

/** A flight inspection still requested when its escalation ends is moot: its item leaves the inbox. */
async function cancelInspectionItems(tx: Tx, actor: Actor, escalationId: string) {
  const pending = await tx.select({ id: inspections.id }).from(inspections).where(and(eq(inspections.escalationId, escalationId), eq(inspections.status, 'requested')));
  for (const i of pending) await closeSubjectWorkItems(tx, actor, { subjectType: 'inspection', subjectId: i.id }, 'cancelled');
}

/**
 * The owning division's decisions: close a reported escalation, return it to the bureau with
 * what is missing, or withdraw it with a reason (an overturn took the count below the
 * threshold, a wrong match of the enterprise). Each needs a note; each ends the open work items.
 */
export async function superviseEscalation(
  db: Db,
  user: SessionUser,
  id: string,
  input: { version: number; decision: SupervisionDecision; note: string },
  ip: string | null,
  now = new Date(),
) {
  const note = input.note.trim();
  if (note.length < 2) {
    const field = { close: '请填写结案意见', return: '请填写退回原因及需补充的工作', withdraw: '请填写撤销理由' }[input.decision];
    throw new DomainError('VALIDATION_FAILED', { note: field });
  }
  return db.transaction(async (tx) => {
    const { row: { escalation }, update } = await loadForAction(tx, user, escalationRecord, id, input.decision, input.version);
    const actor = actorOf(user, ip);
    let after;
    if (input.decision === 'close') {
      after = await update({ status: 'closed', closingNote: note, closedAt: now, closedByUserId: user.id });
      await closeSubjectWorkItems(tx, actor, { subjectType: 'escalation', subjectId: id }, 'done');
      await cancelInspectionItems(tx, actor, id);
    } else if (input.decision === 'withdraw') {
      after = await update({ status: 'withdrawn', withdrawReason: note, withdrawnAt: now, withdrawnByUserId: user.id });
      await closeSubjectWorkItems(tx, actor, { subjectType: 'escalation', subjectId: id }, 'cancelled');
      await cancelInspectionItems(tx, actor, id);
    } else {
      after = await update({ status: 'open' });
      await closeSubjectWorkItems(tx, actor, { subjectType: 'escalation', subjectId: id, kind: 'escalation_review' }, 'done');
      await createWorkItems(tx, actor, [
        {
          kind: 'escalation_handle',
          title: `督办退回补充：${note.slice(0, 60)}`,
          subjectType: 'escalation',
          subjectId: id,
          ownerUnitId: escalation.assignedUnitId,
          dueAt: escalation.dueAt,
          links: [{ label: '督办详情', href: `/escalations/${id}` }],
        },
      ]);
    }
    await recordAudit(tx, actor, {
      action: `escalation.${input.decision}`,
      entityType: 'escalation',
      entityId: id,
      before: { status: escalation.status, belowThreshold: escalation.belowThreshold },
      after: { status: after.status, note },
    });
    return after;
  });
}
