/** How a deadline reads: 90日, 5个工作日; the due date with its weekday; which year makes it provisional. */
import { deadlinesMessages } from './messages';
import type { DeadlineResult, DeadlineRule } from './deadlines-api';

const m = deadlinesMessages;

/** 90日, 5个工作日, 24小时. */
export function ruleAmount(rule: Pick<DeadlineRule, 'amount' | 'unit'>): string {
  return m.amount(rule.amount, m.units[rule.unit] ?? rule.unit);
}

/** 周一 … 周日 of a YYYY-MM-DD date (a calendar date: no time zone involved). */
export function weekdayOf(date: string): string {
  const [y, mo, d] = date.split('-').map(Number);
  return m.weekdays[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
}

/** The year whose holidays are not yet published: the due date's (it lies beyond the known calendar). */
export function provisionalYear(result: Pick<DeadlineResult, 'dueDate'>): string {
  return result.dueDate.slice(0, 4);
}
