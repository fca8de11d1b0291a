import type { Db } from '../../db/client.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { escalationRecord } from './escalation-workflow.js';

/**
 * The assigned bureau reports what it did (investigation, inspection, measures): its work item
 * is done and the owning division gets one to review — close, or return for more work.
 */
export async function reportHandling(db: Db, user: SessionUser, id: string, input: { version: number; report: string }, ip: string | null, now = new Date()) {
  const report = input.report.trim();
  if (report.length < 10) throw new DomainError('VALIDATION_FAILED', { report: '请填写办理情况（不少于10个字）：调查核实、监督检查、处理措施等' });
  return db.transaction(async (tx) => {
    const { row: { escalation }, update } = await loadForAction(tx, user, escalationRecord, id, 'report', input.version);
    const actor = actorOf(user, ip);
    const after = await update({ status: 'reported', report, reportedAt: now, reportedByUserId: user.id });
    await closeSubjectWorkItems(tx, actor, { subjectType: 'escalation', subjectId: id, kind: 'escalation_handle' }, 'done');
    await createWorkItems(tx, actor, [
      {
        kind: 'escalation_review',
        title: `审核督办办理情况：${user.unit.name}已报送`,
        subjectType: 'escalation',
        subjectId: id,
        ownerUnitId: escalation.ownerUnitId,
        links: [{ label: '督办详情', href: `/escalations/${id}` }],
      },
    ]);
    await recordAudit(tx, actor, { action: 'escalation.report', entityType: 'escalation', entityId: id, before: { status: escalation.status }, after: { status: after.status, report } });
    return after;
  });
}
