import { describe, expect, it } from 'vitest';
import { buildCalendar, daysBetween } from './calendar.js';
import { chineseDaysCalendarData } from './chinese-days-data.js';
import { statutoryHolidays } from './statutory-holidays.js';

const data = chineseDaysCalendarData();
const calendar = buildCalendar(data);

/** Every date from..to inclusive. */
function range(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
}

describe('the 2026 calendar (国务院办公厅关于2026年部分节假日安排的通知)', () => {
  it('holds exactly the holidays and make-up working days of the State Council notice', () => {
    const holidays = [
      ...range('2026-01-01', '2026-01-03'),
      ...range('2026-02-15', '2026-02-23'),
      ...range('2026-04-04', '2026-04-06'),
      ...range('2026-05-01', '2026-05-05'),
      ...range('2026-06-19', '2026-06-21'),
      ...range('2026-09-25', '2026-09-27'),
      ...range('2026-10-01', '2026-10-07'),
    ];
    const workdays = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];
    expect(data.holidays.filter((d) => d.startsWith('2026-')).sort()).toEqual(holidays);
    expect(data.workdays.filter((d) => d.startsWith('2026-')).sort()).toEqual(workdays);
    expect(data.confirmedYears).toContain(2026);
    for (const d of holidays) expect(calendar.isWorkingDay(d), d).toBe(false);
    for (const d of workdays) expect(calendar.isWorkingDay(d), d).toBe(true);
  });
});

describe('statutory holidays of 《全国年节及纪念日放假办法》 art. 2 (2024 revision)', () => {
  it('give 13 days a year: 元旦, 春节 (除夕 to 初三), 清明, 1–2 May, 端午, 中秋, 1–3 October', () => {
    expect(statutoryHolidays(2027)).toEqual([
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-02-05', name: '春节（除夕）' },
      { date: '2027-02-06', name: '春节' },
      { date: '2027-02-07', name: '春节' },
      { date: '2027-02-08', name: '春节' },
      { date: '2027-04-05', name: '清明节' },
      { date: '2027-05-01', name: '劳动节' },
      { date: '2027-05-02', name: '劳动节' },
      { date: '2027-06-09', name: '端午节' },
      { date: '2027-09-15', name: '中秋节' },
      { date: '2027-10-01', name: '国庆节' },
      { date: '2027-10-02', name: '国庆节' },
      { date: '2027-10-03', name: '国庆节' },
    ]);
  });

  it('fall inside the official holidays of the years published under the revision (2025, 2026)', () => {
    const official = new Set(data.holidays);
    for (const year of [2025, 2026]) {
      const days = statutoryHolidays(year);
      expect(days).toHaveLength(13);
      for (const h of days) expect(official.has(h.date), `${h.date} ${h.name}`).toBe(true);
    }
  });

  it('take 端午 from the ordinary fifth month in a year with a leap fifth month (2028)', () => {
    expect(statutoryHolidays(2028).find((h) => h.name === '端午节')?.date).toBe('2028-05-28');
  });

  it('are days off in a year the calendar does not confirm, and the weekdays between them are working days', () => {
    expect(calendar.isConfirmedYear(2027)).toBe(false);
    for (const h of statutoryHolidays(2027)) expect(calendar.isWorkingDay(h.date), h.date).toBe(false);
    expect(calendar.isWorkingDay('2027-01-04')).toBe(true);
    expect(calendar.isWorkingDay('2027-02-09')).toBe(true);
    expect(calendar.isWorkingDay('2027-01-02')).toBe(false); // Saturday
  });

  it('give way to what an administrator entered for a year', () => {
    const entered = buildCalendar({ holidays: data.holidays, workdays: [...data.workdays, '2027-10-03'], confirmedYears: data.confirmedYears });
    expect(entered.isWorkingDay('2027-10-03')).toBe(true);
    // A confirmed year uses only its entered calendar.
    const confirmed = buildCalendar({ holidays: data.holidays, workdays: data.workdays, confirmedYears: [...data.confirmedYears, 2027] });
    expect(confirmed.isWorkingDay('2027-01-01')).toBe(true);
  });
});

describe('daysBetween', () => {
  it('counts whole local days across months and years', () => {
    expect(daysBetween('2026-12-28', '2027-01-07')).toBe(10);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
  });
});
