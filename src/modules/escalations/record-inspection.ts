import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { inspections } from '../../db/schema/index.js';
import type { InspectionConclusion } from '../../domain/escalation/inspection.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';

export interface InspectionFindings {
  version: number;
  inspectedOn: string;
  inspectors: string;
  findings: string;
  conclusion: InspectionConclusion;
}

/** 检查技术中心 records what it found; the request's work item is done and the division sees the findings on the escalation. */
export async function recordInspection(db: Db, user: SessionUser, id: string, input: InspectionFindings, ip: string | null, now = new Date()) {
  const details: Record<string, string> = {};
  if (input.inspectedOn > toLocalDate(now)) details.inspectedOn = '检查日期不能晚于今天';
  if (input.inspectors.trim().length < 2) details.inspectors = '请填写检查人员';
  if (input.findings.trim().length < 4) details.findings = '请填写检查发现（不少于4个字）';
  if (Object.keys(details).length) throw new DomainError('VALIDATION_FAILED', details);
  return db.transaction(async (tx) => {
    // Only the unit asked to inspect records the findings; anyone else gets "not found".
    const [row] = await tx
      .select()
      .from(inspections)
      .where(and(eq(inspections.id, id), eq(inspections.inspectionUnitId, user.unit.id)))
      .limit(1);
    if (!row) throw new DomainError('NOT_FOUND', { entity: 'inspection', id });
    if (row.status !== 'requested') throw new DomainError('INSPECTION_ALREADY_RECORDED', { status: row.status });
    if (row.version !== input.version) throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: row.version });
    if (input.inspectedOn < toLocalDate(row.createdAt)) throw new DomainError('VALIDATION_FAILED', { inspectedOn: '检查日期不能早于申请日期' });
    const [after] = await tx
      .update(inspections)
      .set({
        status: 'done',
        inspectedOn: input.inspectedOn,
        inspectors: input.inspectors.trim(),
        findings: input.findings.trim(),
        conclusion: input.conclusion,
        doneAt: now,
        doneByUserId: user.id,
        version: row.version + 1,
      })
      .where(and(eq(inspections.id, id), eq(inspections.version, row.version)))
      .returning();
    const actor = actorOf(user, ip);
    await closeSubjectWorkItems(tx, actor, { subjectType: 'inspection', subjectId: id }, 'done');
    await recordAudit(tx, actor, { action: 'inspection.record', entityType: 'inspection', entityId: id, before: { status: row.status }, after });
    return after;
  });
}
