import { describe, expect, it } from 'vitest';
import { describeDue, formatClock, liveCountdown, urgentClock } from './countdown';

const now = new Date('2026-03-10T02:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('formatClock', () => {
  it('pads hours, minutes and seconds and runs past 24 hours', () => {
    expect(formatClock(0)).toBe('00:00:00');
    expect(formatClock(23 * HOUR + 59 * 60_000 + 59_999)).toBe('23:59:59');
    expect(formatClock(-(26 * HOUR + 5_000))).toBe('26:00:05');
  });
});

describe('describeDue (a list cell)', () => {
  it('counts whole days overdue in red', () => {
    expect(describeDue(at(-3 * DAY - HOUR), true, now)).toEqual({ tone: 'overdue', text: '逾期3天' });
  });

  it('counts hours when overdue by less than a day, and trusts the server over the clock', () => {
    expect(describeDue(at(-5 * HOUR), true, now).text).toBe('逾期5小时');
    expect(describeDue(at(10 * 60_000), true, now)).toEqual({ tone: 'overdue', text: '逾期不足1小时' });
  });

  it('turns orange with days and hours under 7 days left', () => {
    expect(describeDue(at(2 * DAY + 4 * HOUR + 60_000), false, now)).toEqual({ tone: 'warning', text: '剩余2天4小时' });
    expect(describeDue(at(5 * HOUR + 60_000), false, now).text).toBe('剩余5小时');
  });

  it('shows whole days when the deadline is far', () => {
    expect(describeDue(at(40 * DAY + 5 * HOUR), false, now)).toEqual({ tone: 'normal', text: '剩余40天' });
  });

  it('has nothing to say for a closed disposal or without a deadline', () => {
    expect(describeDue(at(-DAY), false, now, false)).toEqual({ tone: 'none', text: '' });
    expect(describeDue(null, false, now)).toEqual({ tone: 'none', text: '' });
  });
});

describe('liveCountdown (the detail page)', () => {
  it('shows days and a clock to the second', () => {
    expect(liveCountdown(at(12 * DAY + 3 * HOUR + 4 * 60_000 + 5_000), false, now)).toEqual({ tone: 'normal', text: '剩余 12天 03:04:05' });
    expect(liveCountdown(at(3 * HOUR), false, now)).toEqual({ tone: 'warning', text: '剩余 03:00:00' });
  });

  it('says 已逾期 in red once past', () => {
    expect(liveCountdown(at(-(2 * DAY + HOUR)), true, now)).toEqual({ tone: 'overdue', text: '已逾期 2天 01:00:00' });
  });
});

describe('urgentClock (24-hour reports)', () => {
  it('counts down the time left', () => {
    expect(urgentClock(at(23 * HOUR + 30 * 60_000), false, now)).toEqual({ overdue: false, clock: '23:30:00' });
  });

  it('counts the time since the deadline once past', () => {
    expect(urgentClock(at(-90 * 60_000), true, now)).toEqual({ overdue: true, clock: '01:30:00' });
  });
});
