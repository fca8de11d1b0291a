import { describe, expect, it } from 'vitest';
import { buildCalendar } from './calendar.js';
import { computeDeadline } from './compute-deadline.js';
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

  it('run into an unknown year on weekdays only and say the result is provisional', () => {
    const from = at('2026-12-25'); // Friday
    const result = computeDeadline(wd(20), from, calendar);
    expect(result.provisional).toBe(true);
    // 2026-12-28..31 (4), then 2027 weekdays: 01-01 (Fri) counts (5) because 2027 is not known
    // yet; 01-04..08 (10), 11..15 (15), 18..22 (20).
    expect(result.dueDate).toBe('2027-01-22');
    expect(computeDeadline(wd(3), at('2026-12-21'), calendar).provisional).toBe(false);
  });

  it('stop being provisional once an administrator confirms the next year', () => {
    const data = chineseDaysCalendarData();
    const confirmed = buildCalendar({
      holidays: [...data.holidays, '2027-01-01'],
      workdays: data.workdays,
      confirmedYears: [...data.confirmedYears, 2027],
    });
    const result = computeDeadline(wd(20), at('2026-12-25'), confirmed);
    // New Year's Day no longer counts: one working day later, skipping the weekend.
    expect(result).toMatchObject({ provisional: false, dueDate: '2027-01-25' });
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
