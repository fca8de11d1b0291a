import { endOfLocalDay, toLocalDate } from '../time.js';
import { addDays, yearOf, type StatutoryCalendar } from './calendar.js';

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
 * Computes when a period that starts at `start` (a legal event: receipt, delivery, raising)
 * ends, by the rules of domain-rules.md "Counting periods":
 * - the start day is not counted: n working days from receipt on Monday end on the n-th
 *   working day after Monday;
 * - a calendar-day period whose last day is not a working day (statutory holiday or rest day)
 *   ends on the first working day after it;
 * - hour periods run in real hours, holidays included.
 */
export function computeDeadline(rule: DeadlineRule, start: Date, calendar: StatutoryCalendar): Deadline {
  if (rule.amount < 0 || !Number.isInteger(rule.amount)) throw new RangeError(`invalid amount for ${rule.id}: ${rule.amount}`);
  if (rule.unit === 'hour') {
    const due = new Date(start.getTime() + rule.amount * 3600_000);
    return { due, dueDate: toLocalDate(due), provisional: false };
  }
  const startDate = toLocalDate(start);
  let provisional = !calendar.isConfirmedYear(yearOf(startDate));
  const touch = (date: string) => {
    if (!calendar.isConfirmedYear(yearOf(date))) provisional = true;
    return date;
  };
  let date = startDate;
  if (rule.unit === 'workingDay') {
    for (let counted = 0; counted < rule.amount; ) {
      date = touch(addDays(date, 1));
      if (calendar.isWorkingDay(date)) counted++;
    }
  } else {
    date = touch(addDays(date, rule.amount));
    while (!calendar.isWorkingDay(date)) date = touch(addDays(date, 1));
  }
  return { due: endOfLocalDay(date), dueDate: date, provisional };
}

/** Time left until a deadline (negative when overdue), for countdowns. */
export function remainingMs(due: Date, now: Date): number {
  return due.getTime() - now.getTime();
}
