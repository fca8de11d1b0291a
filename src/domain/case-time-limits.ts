/**
 * The time limits of a case (办案期限), pure:
 * - 立案: decided within 15 working days of discovering the lead (rule `case.file`), 15 more with
 *   the head's approval (`case.file.extend`), testing, appraisal and identification time not
 *   counted (《市场监督管理行政处罚程序规定》 art. 18, level S);
 * - 决定: within 90 days of 立案 (`case.decide`, 行政处罚法 art. 60, level V), 30 more with the
 *   head's approval (`case.decide.extend`), longer only by the heads' collective decision, with
 *   the time of suspension, hearing, public notice, testing, appraisal and identification not
 *   counted (程序规定 art. 64, level S).
 * The periods themselves are counted by the deadline engine (computeDeadline); this file only
 * says how long each period is and which days are excluded.
 */
import { addDays, type StatutoryCalendar } from './deadlines/calendar.js';
import { computeDeadline, type DeadlineUnit } from './deadlines/compute-deadline.js';
import { localDateTime } from './time.js';

/** Why a period is not counted (不计入办案期限). */
export const pauseKinds = ['suspension', 'hearing', 'notice', 'testing', 'identification'] as const;
export type PauseKind = (typeof pauseKinds)[number];
export const pauseKindNames: Record<PauseKind, string> = {
  suspension: '案件中止',
  hearing: '听证',
  notice: '公告',
  testing: '检测、检验、检疫、鉴定',
  identification: '权利人辨认或者鉴别',
};
/** Before 立案 only testing and identification stop the clock (art. 18 ¶2). */
export const filingPauseKinds: readonly PauseKind[] = ['testing', 'identification'];

export interface CasePause {
  id: string;
  /** filing: before 立案 (case.file); decision: after it (case.decide). */
  phase: 'filing' | 'decision';
  kind: PauseKind;
  /** First day not counted (YYYY-MM-DD). */
  from: string;
  /** Last day not counted; null while it goes on (the clock is stopped). */
  to: string | null;
  reason: string;
  /** Derived from a recorded stage (the hearing): not entered, not editable. */
  derived?: boolean;
}

export interface CaseApproval {
  approvedOn: string;
  /** The head who approved (负责人), by name. */
  approver: string;
  reason: string;
}

export interface DecisionExtension extends CaseApproval {
  /** head: 经负责人批准 (once, `case.decide.extend`); collective: 负责人集体讨论决定 (after the head's). */
  kind: 'head' | 'collective';
  /** Days added (the rule's amount for `head`, the decided length for `collective`). */
  days: number;
}

/** What a case records about its time limits (cases.time_limits). */
export interface CaseTimeLimits {
  /** 立案审批: the head who approved filing, and when. */
  filingApproval?: Omit<CaseApproval, 'reason'> | null;
  filingExtension?: CaseApproval | null;
  decisionExtensions?: DecisionExtension[];
  pauses?: CasePause[];
}

export const decisionExtensionKindNames: Record<DecisionExtension['kind'], string> = { head: '经负责人批准延长', collective: '经负责人集体讨论决定延长' };

export interface PeriodRule {
  amount: number;
  unit: DeadlineUnit;
}

export interface LimitResult {
  /** The last day (YYYY-MM-DD); with an open pause, the day it would be if the pause ended today. */
  dueDate: string;
  due: Date;
  provisional: boolean;
  /** An open pause stops the clock: no due date runs, nothing is overdue. */
  suspended: boolean;
  /** Days (in the rule's unit) not counted. */
  excluded: number;
}

/** Merged, sorted day ranges [from, to] (inclusive) of the pauses, clipped to days after `start`. */
export function mergePauses(pauses: readonly Pick<CasePause, 'from' | 'to'>[], start: string, today: string): { from: string; to: string; open: boolean }[] {
  const first = addDays(start, 1);
  const ranges = pauses
    .map((p) => ({ from: p.from < first ? first : p.from, to: p.to ?? today, open: p.to === null }))
    .filter((r) => r.from <= r.to)
    .sort((a, b) => a.from.localeCompare(b.from));
  const merged: { from: string; to: string; open: boolean }[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.from <= addDays(last.to, 1)) {
      if (r.to > last.to) last.to = r.to;
      last.open ||= r.open;
    } else merged.push({ ...r });
  }
  return merged;
}

/** Days of [from, to] that count in the unit: every day, or only working days. */
function daysIn(range: { from: string; to: string }, unit: DeadlineUnit, calendar: StatutoryCalendar): number {
  let n = 0;
  // A pause is bounded by dates the edge has already checked (2000–2100): at most ~36 500 days.
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) if (unit !== 'workingDay' || calendar.isWorkingDay(d)) n++;
  return n;
}

/**
 * The end of a period of `rule.amount + extra` units from `start`, with the paused days not
 * counted: a pause that begins on or before the running last day pushes it on by its length
 * (in the rule's unit), which may bring a later pause into the period; an open pause stops the
 * clock. The counting itself is computeDeadline's.
 */
export function limitDeadline(rule: PeriodRule, start: string, extra: number, pauses: readonly Pick<CasePause, 'from' | 'to'>[], calendar: StatutoryCalendar, today: string): LimitResult {
  const ranges = mergePauses(pauses, start, today);
  let excluded = 0;
  let counted = 0;
  let suspended = false;
  let result = computeDeadline({ id: 'case', amount: rule.amount + extra, unit: rule.unit }, localDateTime(start), calendar);
  while (counted < ranges.length && ranges[counted].from <= result.dueDate) {
    const range = ranges[counted++];
    if (range.open) suspended = true;
    excluded += daysIn(range, rule.unit, calendar);
    result = computeDeadline({ id: 'case', amount: rule.amount + extra + excluded, unit: rule.unit }, localDateTime(start), calendar);
  }
  return { ...result, suspended, excluded };
}

/** Days the decision period was extended by: the head's and the collective decisions' together. */
export function decisionExtensionDays(limits: CaseTimeLimits): number {
  return (limits.decisionExtensions ?? []).reduce((sum, e) => sum + e.days, 0);
}

/** The pauses of one phase, with the hearing (from its request to its holding) added for the decision. */
export function pausesOf(limits: CaseTimeLimits, phase: CasePause['phase'], hearing: { requestedOn: string; heldOn: string } | null): CasePause[] {
  const own = (limits.pauses ?? []).filter((p) => p.phase === phase);
  if (phase !== 'decision' || !hearing) return own;
  return [...own, { id: 'hearing', phase, kind: 'hearing', from: hearing.requestedOn, to: hearing.heldOn, reason: '当事人申请听证至听证举行', derived: true }];
}

/**
 * Why an extension of the decision period cannot be recorded, or null. The head extends once;
 * only after that may the heads' collective decision extend further (art. 64). An extension is
 * approved before the period has run out, not before 立案, and not in the future.
 */
export function decisionExtensionRefusal(limits: CaseTimeLimits, kind: DecisionExtension['kind'], approvedOn: string, ctx: { filedOn: string; dueDate: string; today: string }): { field: string; message: string } | null {
  const done = limits.decisionExtensions ?? [];
  if (kind === 'head' && done.some((e) => e.kind === 'head')) return { field: 'kind', message: '经负责人批准的延长只能一次；仍不能作出决定的，应由负责人集体讨论决定是否继续延长' };
  if (kind === 'collective' && !done.some((e) => e.kind === 'head')) return { field: 'kind', message: '须先经负责人批准延长三十日，仍不能作出决定的，方可由负责人集体讨论决定继续延长' };
  if (approvedOn > ctx.today) return { field: 'approvedOn', message: '批准日期不能晚于今天' };
  if (approvedOn < ctx.filedOn) return { field: 'approvedOn', message: `批准日期不能早于立案日期（${ctx.filedOn}）` };
  if (approvedOn > ctx.dueDate) return { field: 'approvedOn', message: `延长应在办案期限届满（${ctx.dueDate}）前批准` };
  return null;
}
