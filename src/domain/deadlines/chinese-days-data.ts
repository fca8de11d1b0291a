import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { CalendarData } from './calendar.js';

/**
 * The holidays and make-up working days the chinese-days package ships (2004 to its latest
 * year). Years it does not hold are not confirmed: periods reaching them are provisional until
 * an administrator enters that year's calendar.
 */
export function chineseDaysCalendarData(): CalendarData & { holidays: string[]; workdays: string[]; confirmedYears: number[] } {
  const holidays = Object.keys(chineseDays.holidays);
  const workdays = Object.keys(chineseDays.workdays);
  const years = new Set(holidays.map((d) => Number(d.slice(0, 4))));
  return { holidays, workdays, confirmedYears: [...years].sort() };
}
