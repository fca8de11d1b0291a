import type { StatutoryCalendar } from '../deadlines/calendar.js';
import { computeDeadline, type DeadlineRule } from '../deadlines/compute-deadline.js';
import { localDateTime } from '../time.js';
import type { ApplicationKind } from './application.js';

export interface WindowInput {
  kind: ApplicationKind;
  /** The objection's ground; a sampling-process objection counts from the end of sampling. */
  ground?: string | null;
  /** Date the enterprise received the result — or, for a sampling-process objection, sampling ended. The caller picks it. */
  windowStartOn: string;
  appliedOn: string;
  calendar: StatutoryCalendar;
  /**
   * The period from the rule table (retest.apply / objection.apply). Defaults to the law's
   * 7 working days, for callers without a database.
   */
  rule?: DeadlineRule;
}

/**
 * - inTime: made within the window (on a provisional calendar too: admitting is never wrong);
 * - late: late by the official calendar — refused at once, with the reason;
 * - undecided: late only by a provisional calendar (a year whose 调休 the State Council has not
 *   published): a make-up working day could shorten the window and a bridging day off could
 *   lengthen it, so the software does not refuse; a person decides, with this reason shown.
 */
export type WindowResult =
  | { verdict: 'inTime'; lastDay: string; provisional: boolean }
  | { verdict: 'late'; lastDay: string; reason: string }
  | { verdict: 'undecided'; lastDay: string; reason: string };

const unitNames = { workingDay: '个工作日', calendarDay: '日', hour: '小时' } as const;

/**
 * Was the application made in time? 7 working days from receipt of the result (食品安全法
 * art. 88 ¶1 for a retest; 办法 art. 35 for an objection, from the end of sampling when the
 * objection is on the sampling process). The start day is not counted ("Counting periods"), so
 * the last day is the 7th working day after it, and an application on that day is in time.
 */
export function checkApplicationWindow(input: WindowInput): WindowResult {
  const rule = input.rule ?? { id: input.kind === 'retest' ? 'retest.apply' : 'objection.apply', amount: 7, unit: 'workingDay' };
  const { dueDate: lastDay, provisional } = computeDeadline(rule, localDateTime(input.windowStartOn), input.calendar);
  if (input.appliedOn <= lastDay) return { verdict: 'inTime', lastDay, provisional };
  const fromSampling = input.kind === 'objection' && input.ground === 'sampling_process';
  const what = input.kind === 'retest' ? '复检申请' : '异议';
  const from = fromSampling ? `对抽样过程有异议的，应当自抽样结束之日（${input.windowStartOn}）起` : `应当自收到检验结论之日（${input.windowStartOn}）起`;
  const period = `${from}${rule.amount}${unitNames[rule.unit]}内提出`;
  if (!provisional) {
    return { verdict: 'late', lastDay, reason: `${what}逾期提出：${period}，最后一日为${lastDay}，实际提出日期为${input.appliedOn}` };
  }
  const years = unconfirmedYears(input.windowStartOn, lastDay, input.calendar).join('、');
  return {
    verdict: 'undecided',
    lastDay,
    reason:
      `${what}可能逾期，需人工判断：${period}；${years}年的节假日调休安排尚未确认，按法定节假日暂算最后一日为${lastDay}，` +
      `实际提出日期为${input.appliedOn}。系统不自动不予受理，请核实当年放假安排后决定是否受理`,
  };
}

function unconfirmedYears(from: string, to: string, calendar: StatutoryCalendar): number[] {
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) if (!calendar.isConfirmedYear(y)) years.push(y);
  return years;
}
