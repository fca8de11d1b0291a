import { statutoryHolidays } from './statutory-holidays.js';

/**
 * The statutory working-day calendar (法定节假日 and 调休 make-up working days). Built from
 * data — the chinese-days package plus any year an administrator entered by hand — so a
 * year's calendar can be added without a release. Dates are local (Asia/Shanghai) YYYY-MM-DD.
 */
export interface CalendarData {
  /** Statutory holidays (days off even if they fall Monday–Friday). */
  holidays: Iterable<string>;
  /** 调休: weekend days that are working days. */
  workdays: Iterable<string>;
  /**
   * Years whose official calendar is known. Other years are provisional: they count the
   * statutory holidays of 《全国年节及纪念日放假办法》 art. 2 (statutory-holidays.ts) and
   * Monday–Friday, without the 调休 only the State Council's yearly notice can give.
   */
  confirmedYears: Iterable<number>;
}

export interface StatutoryCalendar {
  isWorkingDay(date: string): boolean;
  isConfirmedYear(year: number): boolean;
}

/**
 * The dates every period may touch. Inputs are validated against it at the edge
 * (src/http/dates.ts) and again by the counting, so no count can run away: an unbounded
 * date once let a working-day loop spin forever (issue 9, B2.1).
 */
export const CALENDAR_RANGE = { first: '2000-01-01', last: '2100-12-31' } as const;

export const isInCalendarRange = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= CALENDAR_RANGE.first && date <= CALENDAR_RANGE.last;

export function buildCalendar(data: CalendarData): StatutoryCalendar {
  const holidays = new Set(data.holidays);
  const workdays = new Set(data.workdays);
  const confirmed = new Set(data.confirmedYears);
  const provisional = new Map<number, Set<string>>();
  const provisionalHolidays = (year: number) => {
    let days = provisional.get(year);
    if (!days) provisional.set(year, (days = new Set(statutoryHolidays(year).map((h) => h.date))));
    return days;
  };
  return {
    isWorkingDay(date) {
      if (workdays.has(date)) return true;
      if (holidays.has(date)) return false;
      const year = yearOf(date);
      if (!confirmed.has(year) && provisionalHolidays(year).has(date)) return false;
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    },
    isConfirmedYear: (year) => confirmed.has(year),
  };
}

/**
 * YYYY-MM-DD plus n calendar days (UTC arithmetic on a date: no time zone can shift it). Throws
 * on anything that is not a four-digit-year date: years past 9999 print as "+010000-…", which
 * sliced to ten characters stops advancing.
 */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  const result = Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(result)) throw new RangeError(`date out of range: ${date} + ${n}`);
  return result;
}

/** Whole days from one local date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const yearOf = (date: string) => Number(date.slice(0, 4));
