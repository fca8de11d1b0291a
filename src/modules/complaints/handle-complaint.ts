import type { Db, Tx } from '../../db/client.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { deadlineFor } from '../deadlines/deadline-service.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { loadForAction } from '../workflow/load-for-action.js';
import type { ComplaintOutcome } from './complaint-names.js';
import { complaintRecord, type Complaint } from './complaint-workflow.js';
import { auditView, COMPLAINT_SUBJECT } from './receive-complaint.js';

const subject = (id: string) => ({ subjectType: COMPLAINT_SUBJECT, subjectId: id });

/**
 * 受理: the acceptance item completes; a handling item opens for the handling unit, due by the
 * 12345 deadline the transfer carried, else for a 投诉 the end of mediation (45 working days from
 * acceptance, art. 21), for a 举报 its 立案 decision (already set at receipt).
 */
export async function acceptComplaint(db: Db, user: SessionUser, input: { id: string; version: number; note?: string }, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, complaintRecord, input.id, 'accept', input.version);
    const actor = actorOf(user, ip);
    const mediation = row.kind === 'complaint' ? await deadlineFor(tx, 'complaint.mediationEnd', now) : null;
    const dueAt = row.hotlineDueAt ?? row.dueAt ?? mediation?.due ?? null;
    const after = await update({ status: 'accepted', acceptedAt: now, dueAt, outcomeNote: input.note?.trim() || null });
    await closeSubjectWorkItems(tx, actor, { ...subject(row.id), kind: 'complaint_accept' }, 'done');
    await createWorkItems(
      tx,
      actor,
      [{ kind: 'complaint_handle', title: `办理${row.kind === 'report' ? '举报' : '投诉'}：${row.enterpriseName ?? row.foodName ?? row.trackingNo}`, ...subject(row.id), ownerUnitId: row.handlerUnitId, dueAt, links: [{ label: '投诉举报', href: `/complaints/${row.id}` }] }],
      [{ action: 'complaint.accept', entityType: COMPLAINT_SUBJECT, entityId: row.id, before: { status: row.status }, after: auditView(after) }],
    );
    return after;
  });
}

/** 不予受理, with the reason (art. 15 lists them): the record ends; the reply tells the complainant. */
export async function rejectComplaint(db: Db, user: SessionUser, input: { id: string; version: number; reason: string }, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, complaintRecord, input.id, 'reject', input.version);
    const actor = actorOf(user, ip);
    const after = await update({ status: 'rejected', outcome: null, outcomeNote: input.reason.trim(), closedAt: now });
    await closeSubjectWorkItems(tx, actor, subject(row.id), 'done');
    await recordAudit(tx, actor, { action: 'complaint.reject', entityType: COMPLAINT_SUBJECT, entityId: row.id, before: { status: row.status }, after: auditView(after) });
    return after;
  });
}

/**
 * 转办 by 投诉举报中心 to another bureau (or back to itself): the open items move with it — the
 * old unit's are cancelled, the new unit gets the same item with the same due date.
 */
export async function reassignComplaint(db: Db, user: SessionUser, input: { id: string; version: number; unitId: string; note?: string }, ip: string | null, isBureau: (tx: Tx, unitId: string) => Promise<boolean>) {
  return db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, complaintRecord, input.id, 'reassign', input.version);
    if (row.handlerUnitId === input.unitId) throw new DomainError('COMPLAINT_REASSIGN_SAME');
    if (!(await isBureau(tx, input.unitId))) throw new DomainError('VALIDATION_FAILED', { unitId: '请选择市（州）局、县（市、区）局或投诉举报中心' });
    const actor = actorOf(user, ip);
    const after = await update({ handlerUnitId: input.unitId, routingNote: input.note?.trim() || row.routingNote });
    const closed = await closeSubjectWorkItems(tx, actor, subject(row.id), 'cancelled');
    await createWorkItems(
      tx,
      actor,
      closed.map((w) => ({ kind: w.kind as 'complaint_accept' | 'complaint_handle', title: w.title.replace('（待转办）', ''), ...subject(row.id), ownerUnitId: input.unitId, dueAt: w.dueAt, links: w.links })),
      [{ action: 'complaint.reassign', entityType: COMPLAINT_SUBJECT, entityId: row.id, before: { handlerUnitId: row.handlerUnitId }, after: { handlerUnitId: input.unitId, note: input.note ?? null } }],
    );
    return after;
  });
}

/**
 * 办结 with an outcome: 调解 ended, 不属实, or verified and followed by an inspection or a
 * 专项抽检 suggestion (the suggestion id, made in the same transaction by the caller). A case goes
 * through `openCaseFromComplaint`, which files it.
 */
export async function closeComplaintIn(tx: Tx, user: SessionUser, input: { id: string; version: number; outcome: ComplaintOutcome; note?: string; caseId?: string; suggestionId?: string }, ip: string | null, now: Date, loaded?: { row: Complaint; update: (c: Partial<Complaint>) => Promise<Complaint> }) {
  const { row, update } = loaded ?? (await loadForAction(tx, user, complaintRecord, input.id, input.outcome === 'case' ? 'openCase' : 'close', input.version));
  const actor = actorOf(user, ip);
  const after = await update({ status: 'closed', outcome: input.outcome, outcomeNote: input.note?.trim() || null, caseId: input.caseId ?? null, suggestionId: input.suggestionId ?? null, closedAt: now });
  await closeSubjectWorkItems(tx, actor, subject(row.id), 'done');
  await recordAudit(tx, actor, { action: 'complaint.close', entityType: COMPLAINT_SUBJECT, entityId: row.id, before: { status: row.status }, after: auditView(after) });
  return after;
}

/** 答复: what the complainant is told (accepting, not accepting, the result). Shown on the public query page. */
export async function replyToComplainant(db: Db, user: SessionUser, input: { id: string; version: number; text: string }, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, complaintRecord, input.id, 'reply', input.version);
    const after = await update({ replyText: input.text.trim(), repliedAt: now });
    await recordAudit(tx, actorOf(user, ip), { action: 'complaint.reply', entityType: COMPLAINT_SUBJECT, entityId: row.id, after: { replyText: after.replyText, repliedAt: now } });
    return after;
  });
}
