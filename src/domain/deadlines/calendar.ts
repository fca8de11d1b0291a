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
  /** Years whose official calendar is known; other years fall back to Monday–Friday. */
  confirmedYears: Iterable<number>;
}

export interface StatutoryCalendar {
  isWorkingDay(date: string): boolean;
  isConfirmedYear(year: number): boolean;
}

export function buildCalendar(data: CalendarData): StatutoryCalendar {
  const holidays = new Set(data.holidays);
  const workdays = new Set(data.workdays);
  const confirmed = new Set(data.confirmedYears);
  return {
    isWorkingDay(date) {
      if (workdays.has(date)) return true;
      if (holidays.has(date)) return false;
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    },
    isConfirmedYear: (year) => confirmed.has(year),
  };
}

/** YYYY-MM-DD plus n calendar days (UTC arithmetic on a date: no time zone can shift it). */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export const yearOf = (date: string) => Number(date.slice(0, 4));
