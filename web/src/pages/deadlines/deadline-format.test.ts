import { describe, expect, it } from 'vitest';
import { provisionalYear, ruleAmount, weekdayOf } from './deadline-format';

describe('deadline formatting', () => {
  it('says a rule’s period in words', () => {
    expect(ruleAmount({ amount: 90, unit: 'calendarDay' })).toBe('90日');
    expect(ruleAmount({ amount: 5, unit: 'workingDay' })).toBe('5个工作日');
    expect(ruleAmount({ amount: 24, unit: 'hour' })).toBe('24小时');
  });

  it('names the weekday of a date', () => {
    expect(weekdayOf('2026-10-08')).toBe('周四');
    expect(weekdayOf('2027-01-03')).toBe('周日');
  });

  it('takes the due date’s year as the one awaiting its calendar', () => {
    expect(provisionalYear({ dueDate: '2027-02-18' })).toBe('2027');
  });
});
