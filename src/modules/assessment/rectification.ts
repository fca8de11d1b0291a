import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assessmentFindings } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { endOfLocalDay, toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { isCheckingSide } from './assessment-scope.js';
import { FINDING_SUBJECT, loadFinding } from './finding-rules.js';

async function bump(tx: Parameters<Parameters<Db['transaction']>[0]>[0], id: string, version: number, set: Partial<typeof assessmentFindings.$inferInsert>) {
  const [after] = await tx
    .update(assessmentFindings)
    .set({ ...set, version: sql`${assessmentFindings.version} + 1` })
    .where(sql`${assessmentFindings.id} = ${id} AND ${assessmentFindings.version} = ${version}`)
    .returning();
  if (!after) throw new DomainError('VERSION_CONFLICT');
  return after;
}

/** The checked unit reports its rectification (evidence as attachments); the checking side gets an acceptance work item. */
export async function reportRectification(db: Db, user: SessionUser, id: string, input: { version: number; report: string }, ip: string | null) {
  return db.transaction(async (tx) => {
    const { finding, check } = await loadFinding(tx, user, id, true);
    if (finding.unitId !== user.unit.id) throw new DomainError('ASSESSMENT_CHECKED_UNIT_ONLY');
    if (finding.status !== 'open') throw new DomainError('ASSESSMENT_FINDING_STATE');
    const after = await bump(tx, id, input.version, { status: 'reported', report: input.report, reportedAt: new Date() });
    const actor = actorOf(user, ip);
    await closeSubjectWorkItems(tx, actor, { subjectType: FINDING_SUBJECT, subjectId: id, kind: 'assessment_rectification' }, 'done');
    await createWorkItems(
      tx,
      actor,
      [{ kind: 'assessment_acceptance', title: `验收整改：${check.title}——${finding.description.slice(0, 40)}`, subjectType: FINDING_SUBJECT, subjectId: id, ownerUnitId: check.createdByUnitId, dueAt: endOfLocalDay(toLocalDate(new Date(Date.now() + 7 * 86_400_000))), links: [{ label: '考核检查', href: `/assessment/checks/${check.id}` }] }],
      [{ action: 'assessmentFinding.report', entityType: 'assessmentFinding', entityId: id, before: finding, after }],
    );
    return after;
  });
}

/** The checking side accepts the rectification, or returns it (back to open, with a new work item for the checked unit). */
export async function reviewRectification(db: Db, user: SessionUser, id: string, input: { version: number; accepted: boolean; note?: string | null }, ip: string | null) {
  return db.transaction(async (tx) => {
    const { finding, check } = await loadFinding(tx, user, id, true);
    if (!isCheckingSide(user, check)) throw new DomainError('ASSESSMENT_CHECKING_SIDE_ONLY');
    if (finding.status !== 'reported') throw new DomainError('ASSESSMENT_FINDING_STATE');
    const actor = actorOf(user, ip);
    await closeSubjectWorkItems(tx, actor, { subjectType: FINDING_SUBJECT, subjectId: id, kind: 'assessment_acceptance' }, 'done');
    if (input.accepted) {
      const after = await bump(tx, id, input.version, { status: 'accepted', acceptedAt: new Date(), reviewNote: input.note ?? null });
      await recordAudit(tx, actor, { action: 'assessmentFinding.accept', entityType: 'assessmentFinding', entityId: id, before: finding, after });
      return after;
    }
    const after = await bump(tx, id, input.version, { status: 'open', reviewNote: input.note ?? null });
    const due = finding.dueOn < toLocalDate(new Date()) ? toLocalDate(new Date(Date.now() + 7 * 86_400_000)) : finding.dueOn;
    await createWorkItems(
      tx,
      actor,
      [{ kind: 'assessment_rectification', title: `重新整改：${check.title}——${finding.description.slice(0, 40)}`, subjectType: FINDING_SUBJECT, subjectId: id, ownerUnitId: finding.unitId, dueAt: endOfLocalDay(due), links: [{ label: '考核检查', href: `/assessment/checks/${check.id}` }] }],
      [{ action: 'assessmentFinding.return', entityType: 'assessmentFinding', entityId: id, before: finding, after }],
    );
    return after;
  });
}
