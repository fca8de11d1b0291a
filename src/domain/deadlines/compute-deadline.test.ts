import { describe, expect, it } from 'vitest';
import { addDays, buildCalendar } from './calendar.js';
import { computeDeadline, MAX_SCAN_DAYS } from './compute-deadline.js';
import { DomainError } from '../errors.js';
import { localDateTime } from '../time.js';
import { chineseDaysCalendarData } from './chinese-days-data.js';

const calendar = buildCalendar(chineseDaysCalendarData());
const at = (date: string, time = '10:00:00') => localDateTime(date, time);
const wd = (amount: number) => ({ id: 'test', amount, unit: 'workingDay' as const });
const cd = (amount: number) => ({ id: 'test', amount, unit: 'calendarDay' as const });

describe('working-day periods', () => {
  it('do not count the start day: 7 working days from a Monday end the next Tuesday', () => {
    // 2026-11-23 is a Monday; no holidays that fortnight.
    expect(computeDeadline(wd(7), at('2026-11-23'), calendar).dueDate).toBe('2026-12-02');
  });

  it('end at 23:59:59.999 Asia/Shanghai of the last day', () => {
    expect(computeDeadline(wd(1), at('2026-11-23'), calendar).due.toISOString()).toBe('2026-11-24T15:59:59.999Z');
  });

  it('skip the National Day week and count the 调休 Saturday as a working day', () => {
    // 2026-09-30 (Wed) → 10-01..10-07 holiday; 10-08 Thu, 10-09 Fri, 10-10 Sat (make-up workday), 10-12 Mon.
    expect(computeDeadline(wd(1), at('2026-09-30'), calendar).dueDate).toBe('2026-10-08');
    expect(computeDeadline(wd(3), at('2026-09-30'), calendar).dueDate).toBe('2026-10-10');
    expect(computeDeadline(wd(4), at('2026-09-30'), calendar).dueDate).toBe('2026-10-12');
  });

  it('skip the Spring Festival (2026-02-15..23) and count the make-up working Saturday 02-28', () => {
    // From Friday 02-13: 02-14 is a make-up working Saturday.
    expect(computeDeadline(wd(1), at('2026-02-13'), calendar).dueDate).toBe('2026-02-14');
    expect(computeDeadline(wd(2), at('2026-02-13'), calendar).dueDate).toBe('2026-02-24');
  });

  it('a start late in the evening still counts from that local day (time zone, not UTC)', () => {
    // 23:30 in Shanghai on Monday is 15:30 UTC Monday; 00:30 Tuesday Shanghai is Monday in UTC.
    expect(computeDeadline(wd(1), at('2026-11-23', '23:30:00'), calendar).dueDate).toBe('2026-11-24');
    expect(computeDeadline(wd(1), at('2026-11-24', '00:30:00'), calendar).dueDate).toBe('2026-11-25');
  });

  it('run into an unknown year on the statutory holidays of art. 2 and say the result is provisional', () => {
    const from = at('2026-12-25'); // Friday
    const result = computeDeadline(wd(20), from, calendar);
    expect(result.provisional).toBe(true);
    // 2026-12-28..31 (4); 2027-01-01 (Fri) is 元旦 even before the State Council's notice;
    // 01-04..08 (9), 11..15 (14), 18..22 (19), 25 (20).
    expect(result.dueDate).toBe('2027-01-25');
    expect(computeDeadline(wd(3), at('2026-12-21'), calendar).provisional).toBe(false);
  });

  it('cross the year boundary into an unknown year: 31 December to the first working days of January', () => {
    // Thursday 2026-12-31: 2027-01-01 (Fri) is 元旦, the weekend follows → Monday 01-04.
    expect(computeDeadline(wd(1), at('2026-12-31'), calendar)).toMatchObject({ dueDate: '2027-01-04', provisional: true });
    // Wednesday 2026-12-30: 12-31 (1), 01-04 (2), 01-05 (3).
    expect(computeDeadline(wd(3), at('2026-12-30'), calendar)).toMatchObject({ dueDate: '2027-01-05', provisional: true });
    // From New Year's Day of an unknown year itself: 01-04 is the first working day after it.
    expect(computeDeadline(wd(1), at('2027-01-01'), calendar)).toMatchObject({ dueDate: '2027-01-04', provisional: true });
    // Within the known years the boundary follows the package: 2025-12-31 (Wed) → 2026-01-01..03 off, 01-04 a make-up Sunday.
    expect(computeDeadline(wd(1), at('2025-12-31'), calendar)).toMatchObject({ dueDate: '2026-01-04', provisional: false });
    expect(computeDeadline(wd(2), at('2025-12-31'), calendar).dueDate).toBe('2026-01-05');
  });

  it('stop being provisional once an administrator confirms the next year', () => {
    const data = chineseDaysCalendarData();
    const confirmed = buildCalendar({
      holidays: [...data.holidays, '2027-01-01', '2027-01-04'],
      workdays: data.workdays,
      confirmedYears: [...data.confirmedYears, 2027],
    });
    const result = computeDeadline(wd(20), at('2026-12-25'), confirmed);
    // The entered 01-04 no longer counts: one working day later.
    expect(result).toMatchObject({ provisional: false, dueDate: '2027-01-26' });
  });
});

describe('bounded counting (a far date once froze the server)', () => {
  it('refuses a start outside 2000-01-01..2100-12-31 with a validation error instead of looping', () => {
    for (const date of ['9999-12-31', '1999-12-31', '2101-01-01']) {
      expect(() => computeDeadline(wd(7), at(date), calendar)).toThrow(DomainError);
    }
    expect(() => computeDeadline(wd(7), new Date(Number.NaN), calendar)).toThrow(DomainError);
    try {
      computeDeadline(wd(7), at('9999-12-31'), calendar);
    } catch (error) {
      expect((error as DomainError).code).toBe('VALIDATION_FAILED');
    }
  });

  it('refuses a period that would scan more than MAX_SCAN_DAYS days', () => {
    expect(() => computeDeadline(cd(MAX_SCAN_DAYS + 1), at('2026-01-05'), calendar)).toThrow(DomainError);
    expect(() => computeDeadline(wd(MAX_SCAN_DAYS), at('2026-01-05'), calendar)).toThrow(DomainError);
    // The longest period an administrator may set still counts.
    expect(computeDeadline(wd(3650), at('2026-01-05'), calendar).dueDate > '2040-01-01').toBe(true);
  });

  it('addDays throws instead of returning a date that no longer advances', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('not-a-date', 1)).toThrow(RangeError);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('calendar-day periods', () => {
  it('90 days from 2026-06-01 end on 2026-08-30, a Sunday, so on Monday 08-31', () => {
    expect(computeDeadline(cd(90), at('2026-06-01'), calendar).dueDate).toBe('2026-08-31');
  });

  it('a last day inside the National Day holiday moves to the first working day after it', () => {
    // 2026-09-03 + 30 = 2026-10-03 (holiday) → 10-08.
    expect(computeDeadline(cd(30), at('2026-09-03'), calendar).dueDate).toBe('2026-10-08');
  });

  it('a last day on a make-up working Saturday stays', () => {
    // 2026-09-30 + 10 = 2026-10-10, a 调休 working Saturday.
    expect(computeDeadline(cd(10), at('2026-09-30'), calendar).dueDate).toBe('2026-10-10');
  });

  it('crosses the year boundary and is provisional while 2027 is unknown', () => {
    const result = computeDeadline(cd(90), at('2026-11-29'), calendar);
    // 2026-11-29 + 90 days = 2027-02-27, a Saturday → Monday 2027-03-01.
    expect(result).toMatchObject({ dueDate: '2027-03-01', provisional: true });
  });
});

describe('hour periods', () => {
  it('run in real hours through holidays (24-hour report raised on National Day)', () => {
    const result = computeDeadline({ id: 'lab.urgent', amount: 24, unit: 'hour' }, at('2026-10-01', '09:15:00'), calendar);
    expect(result.due.toISOString()).toBe(at('2026-10-02', '09:15:00').toISOString());
    expect(result.provisional).toBe(false);
  });
});
