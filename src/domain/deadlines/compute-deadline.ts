import { DomainError } from '../errors.js';
import { endOfLocalDay, toLocalDate } from '../time.js';
import { addDays, CALENDAR_RANGE, isInCalendarRange, yearOf, type StatutoryCalendar } from './calendar.js';

export type DeadlineUnit = 'hour' | 'calendarDay' | 'workingDay';

export interface DeadlineRule {
  id: string;
  amount: number;
  unit: DeadlineUnit;
}

export interface Deadline {
  /** The instant the period ends: for day periods, the end (23:59:59.999) of the last day, Asia/Shanghai. */
  due: Date;
  /** The last day (local date) for day periods. */
  dueDate: string;
  /** The period runs into a year whose official holiday calendar is not yet known. */
  provisional: boolean;
}

/**
 * No period scans more days than this (20 years). The longest rule an administrator may set is
 * 3650 units; 3650 working days are about 5,100 calendar days. A count that would go further
 * is refused instead of tying up the server.
 */
export const MAX_SCAN_DAYS = 7305;

/**
 * Computes when a period that starts at `start` (a legal event: receipt, delivery, raising)
 * ends, by the rules of domain-rules.md "Counting periods":
 * - the start day is not counted: n working days from receipt on Monday end on the n-th
 *   working day after Monday;
 * - a calendar-day period whose last day is not a working day (statutory holiday or rest day)
 *   ends on the first working day after it;
 * - hour periods run in real hours, holidays included.
 * The start must lie in CALENDAR_RANGE and a count may scan at most MAX_SCAN_DAYS days: both
 * are refused with VALIDATION_FAILED (400), never an endless loop.
 */
export function computeDeadline(rule: DeadlineRule, start: Date, calendar: StatutoryCalendar): Deadline {
  if (rule.amount < 0 || !Number.isInteger(rule.amount)) throw new RangeError(`invalid amount for ${rule.id}: ${rule.amount}`);
  const startDate = Number.isNaN(start.getTime()) ? '' : toLocalDate(start);
  if (!isInCalendarRange(startDate)) {
    throw new DomainError('VALIDATION_FAILED', { start: `期限起算日期应在${CALENDAR_RANGE.first}至${CALENDAR_RANGE.last}之间` });
  }
  if (rule.unit === 'hour') {
    const due = new Date(start.getTime() + rule.amount * 3600_000);
    return { due, dueDate: toLocalDate(due), provisional: false };
  }
  let provisional = !calendar.isConfirmedYear(yearOf(startDate));
  let scanned = 0;
  const step = (date: string, days: number) => {
    scanned += days;
    if (scanned > MAX_SCAN_DAYS) throw new DomainError('VALIDATION_FAILED', { rule: `该期限超出可计算的范围（${MAX_SCAN_DAYS}天），请核对起算日期` });
    const next = addDays(date, days);
    if (!calendar.isConfirmedYear(yearOf(next))) provisional = true;
    return next;
  };
  let date = startDate;
  if (rule.unit === 'workingDay') {
    for (let counted = 0; counted < rule.amount; ) {
      date = step(date, 1);
      if (calendar.isWorkingDay(date)) counted++;
    }
  } else {
    date = step(date, rule.amount);
    while (!calendar.isWorkingDay(date)) date = step(date, 1);
  }
  return { due: endOfLocalDay(date), dueDate: date, provisional };
}

/** Time left until a deadline (negative when overdue), for countdowns. */
export function remainingMs(due: Date, now: Date): number {
  return due.getTime() - now.getTime();
}
