import { describe, expect, it } from 'vitest';
import { complianceRates, complianceStatus, meetingPeriod, nextPeriod, periodAt, periodContaining, periodLabel, periodsOfYear, previousPeriod } from './periods.js';

describe('321 periods', () => {
  it('quarters, bimonths and months contain their first and last days', () => {
    expect(periodContaining('2026-01-01', 3)).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(periodContaining('2026-03-31', 3)).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(periodContaining('2026-04-01', 3)).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(periodContaining('2026-12-31', 3)).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(periodContaining('2026-02-28', 2)).toEqual({ start: '2026-01-01', end: '2026-02-28' });
    expect(periodContaining('2028-02-29', 2)).toEqual({ start: '2028-01-01', end: '2028-02-29' });
    expect(periodContaining('2026-03-01', 2)).toEqual({ start: '2026-03-01', end: '2026-04-30' });
    expect(periodContaining('2026-11-15', 2)).toEqual({ start: '2026-11-01', end: '2026-12-31' });
    expect(periodContaining('2026-06-30', 1)).toEqual({ start: '2026-06-01', end: '2026-06-30' });
  });

  it('crosses year ends backwards and forwards', () => {
    expect(previousPeriod(periodContaining('2026-01-10', 3), 3)).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(previousPeriod(periodContaining('2026-02-10', 2), 2)).toEqual({ start: '2025-11-01', end: '2025-12-31' });
    expect(previousPeriod(periodContaining('2026-01-01', 1), 1)).toEqual({ start: '2025-12-01', end: '2025-12-31' });
    expect(nextPeriod(periodContaining('2026-12-31', 1), 1)).toEqual({ start: '2027-01-01', end: '2027-01-31' });
    expect(nextPeriod(periodContaining('2026-11-01', 2), 2)).toEqual({ start: '2027-01-01', end: '2027-02-28' });
  });

  it('lists a year of periods', () => {
    expect(periodsOfYear(2026, 3).map((p) => p.start)).toEqual(['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']);
    expect(periodsOfYear(2026, 2)).toHaveLength(6);
    expect(periodsOfYear(2026, 1)).toHaveLength(12);
    expect(() => periodsOfYear(2026, 5)).toThrow();
  });

  it('takes the local (Asia/Shanghai) date of an instant', () => {
    // 2026-12-31T16:30Z is already 2027-01-01 00:30 in Shanghai.
    expect(periodAt(new Date('2026-12-31T16:30:00Z'), 1).start).toBe('2027-01-01');
    expect(periodAt(new Date('2026-12-31T15:59:59Z'), 1).start).toBe('2026-12-01');
  });

  it('labels periods in Chinese', () => {
    expect(periodLabel(periodContaining('2026-11-02', 3), 3)).toBe('2026年第4季度');
    expect(periodLabel(periodContaining('2026-11-02', 2), 2)).toBe('2026年11—12月');
    expect(periodLabel(periodContaining('2026-11-02', 1), 1)).toBe('2026年11月');
  });

  it('a meeting for the previous period is late', () => {
    expect(meetingPeriod('2026-01-05', 1, false)).toEqual({ start: '2026-01-01', end: '2026-01-31', late: false });
    expect(meetingPeriod('2026-01-05', 1, true)).toEqual({ start: '2025-12-01', end: '2025-12-31', late: true });
    expect(meetingPeriod('2026-03-01', 2, true)).toEqual({ start: '2026-01-01', end: '2026-02-28', late: true });
  });

  it('statuses at the period edges', () => {
    const p = periodContaining('2026-11-15', 1);
    expect(complianceStatus(p, [], '2026-11-30')).toBe('open');
    expect(complianceStatus(p, [], '2026-12-01')).toBe('missing');
    expect(complianceStatus(p, [{ late: true }], '2026-12-01')).toBe('late');
    expect(complianceStatus(p, [{ late: true }, { late: false }], '2026-12-01')).toBe('held');
    expect(complianceRates(['held', 'late', 'missing', 'open'])).toMatchObject({ total: 4, rate: 0.5, timelyRate: 0.25 });
    expect(complianceRates([]).rate).toBeNull();
  });
});
