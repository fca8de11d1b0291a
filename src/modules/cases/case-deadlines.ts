import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { caseStages } from '../../db/schema/index.js';
import { decisionExtensionDays, limitDeadline, pausesOf, type CaseTimeLimits, type LimitResult } from '../../domain/case-time-limits.js';
import type { DeadlineUnit } from '../../domain/deadlines/compute-deadline.js';
import { toLocalDate } from '../../domain/time.js';
import { findRule, loadCalendar } from '../deadlines/deadline-service.js';
import type { CaseRow } from './case-scope.js';

const period = async (db: Executor, id: string) => {
  const rule = await findRule(db, id);
  return { amount: rule.amount, unit: rule.unit as DeadlineUnit, name: rule.name, legalBasis: rule.legalBasis, level: rule.level };
};

/** The 立案 period: `case.file` from the lead, `case.file.extend` more when the head approved it, filing-phase pauses not counted. */
export async function filingDeadline(db: Executor, discoveredOn: string, limits: CaseTimeLimits, now = new Date()): Promise<LimitResult & { base: LimitResult }> {
  const rule = await period(db, 'case.file');
  const extra = limits.filingExtension ? (await period(db, 'case.file.extend')).amount : 0;
  const calendar = await loadCalendar(db);
  const pauses = pausesOf(limits, 'filing', null);
  const today = toLocalDate(now);
  return { ...limitDeadline(rule, discoveredOn, extra, pauses, calendar, today), base: limitDeadline(rule, discoveredOn, 0, pauses, calendar, today) };
}

/** The hearing as a pause of the decision period: from the party's request to the day it was held. */
export async function hearingOf(db: Executor, caseId: string): Promise<{ requestedOn: string; heldOn: string } | null> {
  const [hearing] = await db.select().from(caseStages).where(and(eq(caseStages.caseId, caseId), eq(caseStages.stage, 'hearing'))).limit(1);
  const requestedOn = hearing?.details.requestedOn;
  return hearing && typeof requestedOn === 'string' ? { requestedOn, heldOn: hearing.doneOn } : null;
}

/**
 * The decision period of a case as it stands: `case.decide` from 立案, plus the approved
 * extensions, with the pauses (and the hearing) not counted. The result is what the case row
 * stores (`dueAt`, `provisional`, `clockSuspended`), recomputed in every change that moves it.
 */
export async function decisionDeadline(db: Executor, c: Pick<CaseRow, 'id' | 'filedOn' | 'timeLimits'>, now = new Date()): Promise<LimitResult> {
  const rule = await period(db, 'case.decide');
  const calendar = await loadCalendar(db);
  const limits = c.timeLimits ?? {};
  return limitDeadline(rule, c.filedOn, decisionExtensionDays(limits), pausesOf(limits, 'decision', await hearingOf(db, c.id)), calendar, toLocalDate(now));
}

/** The columns of the case row that follow its decision period. */
export async function decisionClockColumns(db: Executor, c: Pick<CaseRow, 'id' | 'filedOn' | 'timeLimits'>, now = new Date()) {
  const d = await decisionDeadline(db, c, now);
  return { dueAt: d.due, provisional: d.provisional, clockSuspended: d.suspended };
}

/** The amount of the head's extension of the decision period (rule `case.decide.extend`). */
export async function headExtensionDays(db: Executor): Promise<number> {
  return (await period(db, 'case.decide.extend')).amount;
}
