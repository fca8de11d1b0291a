/** How close a work item is to its deadline: the Tag colour and the remaining-time text. */
import { workbenchMessages } from './messages';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const m = workbenchMessages;

export type Urgency = 'overdue' | 'dueSoon' | 'normal' | 'none';

export interface DeadlineView {
  urgency: Urgency;
  text: string;
}

/**
 * `overdue` is the server's verdict and wins; the text counts whole days and hours from `now`.
 * "Due soon" means within 24 hours.
 */
export function describeDeadline(dueAt: string | null, overdue: boolean, now: Date): DeadlineView {
  if (!dueAt) return { urgency: overdue ? 'overdue' : 'none', text: '' };
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return { urgency: overdue ? 'overdue' : 'none', text: '' };
  const diff = due - now.getTime();

  if (overdue || diff <= 0) {
    const late = Math.max(0, -diff);
    const text = late < HOUR ? m.overdueUnderHour : m.overdueBy(Math.floor(late / DAY), Math.floor((late % DAY) / HOUR));
    return { urgency: 'overdue', text };
  }
  const text = diff < HOUR ? m.remainingUnderHour : m.remaining(Math.floor(diff / DAY), Math.floor((diff % DAY) / HOUR));
  return { urgency: diff <= DAY ? 'dueSoon' : 'normal', text };
}
