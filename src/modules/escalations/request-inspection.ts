import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { enterprises, inspections } from '../../db/schema/index.js';
import { inspectionKindNames, type InspectionKind } from '../../domain/escalation/inspection.js';
import { DomainError } from '../../domain/errors.js';
import { eq } from 'drizzle-orm';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { deadlineFor } from '../deadlines/deadline-service.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { escalationRecord } from './escalation-workflow.js';

/**
 * The owning division asks 检查技术中心 for a flight / system / special inspection of the
 * enterprise (seed art. 15): an inspection record and a work item for the centre, due per the
 * 'inspection.complete' rule.
 */
export async function requestInspection(db: Db, user: SessionUser, escalationId: string, input: { kind: InspectionKind; reason: string }, ip: string | null, now = new Date()) {
  const reason = input.reason.trim();
  if (reason.length < 4) throw new DomainError('VALIDATION_FAILED', { reason: '请填写检查事由和重点（不少于4个字）' });
  return db.transaction(async (tx) => {
    const { row: { escalation } } = await loadForAction(tx, user, escalationRecord, escalationId, 'requestInspection', null);
    const [enterprise] = await tx.select({ name: enterprises.name }).from(enterprises).where(eq(enterprises.id, escalation.enterpriseId));
    const due = await deadlineFor(tx, 'inspection.complete', now);
    const actor = actorOf(user, ip);
    const [row] = await tx
      .insert(inspections)
      .values({
        id: randomUUID(),
        escalationId,
        enterpriseId: escalation.enterpriseId,
        kind: input.kind,
        requestedByUnitId: user.unit.id,
        inspectionUnitId: unitIdForSlug('inspection-center'),
        reason,
        dueOn: due.dueDate,
        createdByUserId: user.id,
      })
      .returning();
    await createWorkItems(tx, actor, [
      {
        kind: 'inspection',
        title: `${inspectionKindNames[input.kind]}：${enterprise.name}（${user.unit.name}申请）`,
        subjectType: 'inspection',
        subjectId: row.id,
        ownerUnitId: row.inspectionUnitId,
        dueAt: due.due,
        links: [{ label: '督办详情', href: `/escalations/${escalationId}` }],
      },
    ]);
    await recordAudit(tx, actor, { action: 'inspection.request', entityType: 'inspection', entityId: row.id, after: row });
    return row;
  });
}
