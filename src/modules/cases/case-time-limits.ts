import { randomUUID } from 'node:crypto';
import type { AuditAction } from '../../domain/audit-actions.js';
import type { Db, Tx } from '../../db/client.js';
import { decisionExtensionRefusal, type CasePause, type CaseTimeLimits, type DecisionExtension, type PauseKind } from '../../domain/case-time-limits.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { decisionClockColumns, decisionDeadline, headExtensionDays } from './case-deadlines.js';
import type { CaseRow } from './case-scope.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { caseRecord } from './case-workflow.js';
import { getCase } from './get-case.js';

/** Writes the new time limits with the clock they give, and the audit row, in the caller's transaction. */
async function save(tx: Tx, user: SessionUser, ip: string | null, row: CaseRow, update: (c: Partial<CaseRow>) => Promise<CaseRow>, limits: CaseTimeLimits, action: AuditAction, detail: Record<string, unknown>, now: Date) {
  const clock = await decisionClockColumns(tx, { ...row, timeLimits: limits }, now);
  const after = await update({ timeLimits: limits, ...clock });
  await recordAudit(tx, actorOf(user, ip), {
    action,
    entityType: 'case',
    entityId: row.id,
    before: { dueAt: row.dueAt, clockSuspended: row.clockSuspended, version: row.version },
    after: { ...detail, dueAt: after.dueAt, clockSuspended: after.clockSuspended, version: after.version },
  });
}

export interface ExtensionInput {
  caseId: string;
  version: number;
  kind: DecisionExtension['kind'];
  approvedOn: string;
  approver: string;
  reason: string;
  /** Days, for a collective decision (the head's extension is the rule's `case.decide.extend`). */
  days?: number;
}

/**
 * Records an extension of the decision period (程序规定 art. 64): the head's (once, 30 days by
 * rule `case.decide.extend`), then, if the case still cannot be decided, the heads' collective
 * decision with the length it set. Approved before the period ran out.
 */
export async function extendDecisionPeriod(db: Db, user: SessionUser, input: ExtensionInput, ip: string | null, now = new Date()) {
  if (input.kind === 'collective' && !input.days) throw new DomainError('VALIDATION_FAILED', { days: '请填写集体讨论决定延长的天数' });
  return db.transaction(async (tx) => {
    // The decision period moves only until the decision (the clock stops with it).
    const { row, update } = await loadForAction(tx, user, caseRecord, input.caseId, 'extendDecision', input.version);
    const limits = row.timeLimits ?? {};
    const current = await decisionDeadline(tx, row, now);
    const refusal = decisionExtensionRefusal(limits, input.kind, input.approvedOn, { filedOn: row.filedOn, dueDate: current.dueDate, today: toLocalDate(now) });
    if (refusal) throw new DomainError('VALIDATION_FAILED', { [refusal.field]: refusal.message });
    const days = input.kind === 'head' ? await headExtensionDays(tx) : input.days!;
    const extension: DecisionExtension = { kind: input.kind, days, approvedOn: input.approvedOn, approver: input.approver, reason: input.reason };
    const next: CaseTimeLimits = { ...limits, decisionExtensions: [...(limits.decisionExtensions ?? []), extension] };
    await save(tx, user, ip, row, update, next, 'case.extendDecision', { extension }, now);
    return getCase(tx, user, row.id, now);
  });
}

export interface PauseInput {
  caseId: string;
  version: number;
  kind: PauseKind;
  from: string;
  /** Omitted while it goes on: the clock stops until it is ended. */
  to?: string;
  reason: string;
}

/**
 * Records time not counted in the decision period (程序规定 art. 64: 中止、听证、公告和检测、检验、
 * 检疫、鉴定、权利人辨认或者鉴别): a closed range, or an open one that stops the clock until it is
 * ended. One open pause at a time; not before 立案, not in the future.
 */
export async function pauseDecisionPeriod(db: Db, user: SessionUser, input: PauseInput, ip: string | null, now = new Date()) {
  const today = toLocalDate(now);
  const errors: Record<string, string> = {};
  if (input.from > today) errors.from = '开始日期不能晚于今天';
  if (input.to !== undefined && input.to < input.from) errors.to = '结束日期不能早于开始日期';
  if (input.to !== undefined && input.to > today) errors.to = '结束日期不能晚于今天';
  if (Object.keys(errors).length) throw new DomainError('VALIDATION_FAILED', errors);
  return db.transaction(async (tx) => {
    // One open pause at a time; a range already ended may be recorded beside it.
    const { row, update } = await loadForAction(tx, user, caseRecord, input.caseId, input.to === undefined ? 'pause' : 'pauseRange', input.version);
    if (input.from < row.filedOn) throw new DomainError('VALIDATION_FAILED', { from: `开始日期不能早于立案日期（${row.filedOn}）` });
    const limits = row.timeLimits ?? {};
    const pause: CasePause = { id: randomUUID(), phase: 'decision', kind: input.kind, from: input.from, to: input.to ?? null, reason: input.reason };
    await save(tx, user, ip, row, update, { ...limits, pauses: [...(limits.pauses ?? []), pause] }, 'case.pauseDecision', { pause }, now);
    return getCase(tx, user, row.id, now);
  });
}

/** Ends the open pause on its last day not counted; the clock runs again from the next day. */
export async function endPause(db: Db, user: SessionUser, input: { caseId: string; version: number; pauseId: string; to: string }, ip: string | null, now = new Date()) {
  if (input.to > toLocalDate(now)) throw new DomainError('VALIDATION_FAILED', { to: '结束日期不能晚于今天' });
  return db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, caseRecord, input.caseId, 'endPause', input.version);
    const limits = row.timeLimits ?? {};
    const pause = (limits.pauses ?? []).find((p) => p.id === input.pauseId && p.phase === 'decision');
    if (!pause) throw new DomainError('NOT_FOUND', { entity: 'casePause', id: input.pauseId });
    if (pause.to !== null) throw new DomainError('CASE_PAUSE_ENDED', { state: { to: pause.to } });
    if (input.to < pause.from) throw new DomainError('VALIDATION_FAILED', { to: `结束日期不能早于开始日期（${pause.from}）` });
    const ended: CasePause = { ...pause, to: input.to };
    const pauses = (limits.pauses ?? []).map((p) => (p.id === pause.id ? ended : p));
    await save(tx, user, ip, row, update, { ...limits, pauses }, 'case.endPause', { pause: ended }, now);
    return getCase(tx, user, row.id, now);
  });
}
