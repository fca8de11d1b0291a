/**
 * Deadlines on screen: the 期限 cell of a list (逾期X天 / 剩余X天), the live countdown of a detail
 * page, and the HH:MM:SS clock of a 24-hour report. The server's `overdue` verdict wins over the
 * browser's clock; the remaining time is counted from `now` so a page left open stays true.
 */
import { messages } from '../messages';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const m = messages.countdown;

/** overdue: past due (red); warning: under 7 days (orange); normal; none: no running deadline. */
export type Tone = 'overdue' | 'warning' | 'normal' | 'none';

export interface DueView {
  tone: Tone;
  text: string;
}

/** Under this much time left a disposal's deadline turns orange. */
export const WARNING_MS = 7 * DAY;

function msLeft(dueAt: string | null | undefined, now: Date): number | null {
  if (!dueAt) return null;
  const due = Date.parse(dueAt);
  return Number.isNaN(due) ? null : due - now.getTime();
}

/** `HH:MM:SS` of a duration's absolute value (hours may run past 24). */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const parts = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  return parts.map((n) => String(n).padStart(2, '0')).join(':');
}

/**
 * A list cell: 逾期3天 (or 逾期5小时) in red; within 7 days 剩余2天4小时 in orange; else 剩余40天.
 * `active` false (closed, voided) has no countdown at all.
 */
export function describeDue(dueAt: string | null | undefined, overdue: boolean, now: Date, active = true): DueView {
  const left = msLeft(dueAt, now);
  if (!active || left === null) return { tone: 'none', text: '' };
  if (overdue || left <= 0) {
    const late = Math.max(0, -left);
    const text = late >= DAY ? m.overdueDays(Math.floor(late / DAY)) : late >= HOUR ? m.overdueHours(Math.floor(late / HOUR)) : m.overdueUnderHour;
    return { tone: 'overdue', text };
  }
  if (left < WARNING_MS) {
    const text = left < HOUR ? m.remainingUnderHour : m.remaining(Math.floor(left / DAY), Math.floor((left % DAY) / HOUR));
    return { tone: 'warning', text };
  }
  return { tone: 'normal', text: m.remainingDays(Math.floor(left / DAY)) };
}

/** The detail page's countdown, to the second: 剩余 12天 03:04:05, or 已逾期 2天 01:00:00. */
export function liveCountdown(dueAt: string | null | undefined, overdue: boolean, now: Date): DueView {
  const left = msLeft(dueAt, now);
  if (left === null) return { tone: 'none', text: '' };
  const late = overdue || left <= 0;
  const span = Math.abs(late ? Math.min(left, 0) : left);
  const days = Math.floor(span / DAY);
  const clock = formatClock(span % DAY);
  if (late) return { tone: 'overdue', text: m.liveOverdue(days, clock) };
  return { tone: left < WARNING_MS ? 'warning' : 'normal', text: m.liveRemaining(days, clock) };
}

export interface ClockView {
  overdue: boolean;
  /** HH:MM:SS left, or since the deadline passed. */
  clock: string;
}

/** A 24-hour report's clock: the time left, or once past, the time since (已超时). */
export function urgentClock(dueAt: string, overdue: boolean, now: Date): ClockView {
  const left = msLeft(dueAt, now) ?? 0;
  const late = overdue || left <= 0;
  return { overdue: late, clock: formatClock(late ? Math.min(left, 0) : left) };
}

/** Ant Design colours of each tone (text and tags). */
export const toneColor: Record<Tone, string | undefined> = { overdue: '#cf1322', warning: '#d46b08', normal: undefined, none: undefined };
