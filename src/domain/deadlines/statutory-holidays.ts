import chineseDays from 'chinese-days';

/**
 * The statutory holidays (全体公民放假的节日) every year has, from 《全国年节及纪念日放假办法》
 * art. 2 as revised on 2024-11-10 (in force from 2025-01-01; level V): 元旦 1 Jan; 春节 4 days
 * (除夕 and 正月初一 to 初三); 清明 1 day (the solar term); 劳动节 1–2 May; 端午 1 day (五月初五);
 * 中秋 1 day (八月十五); 国庆 1–3 Oct. The lunar and solar-term dates come from chinese-days.
 *
 * Only the 调休 — bridging days off and the weekend days worked instead — waits for the State
 * Council's yearly notice. For a year the calendar does not yet confirm, counting on these days
 * is closer to the law than counting Monday–Friday, and the count stays marked provisional.
 */
export interface StatutoryHoliday {
  date: string;
  name: string;
}

const { getSolarDateFromLunar, getSolarTerms } = chineseDays;

/** chinese-days holds lunar data from 1900 to 2100. */
export const LUNAR_DATA_YEARS = { first: 1901, last: 2100 } as const;

const cache = new Map<number, StatutoryHoliday[]>();

export function statutoryHolidays(year: number): StatutoryHoliday[] {
  if (!Number.isInteger(year) || year < LUNAR_DATA_YEARS.first || year > LUNAR_DATA_YEARS.last) return [];
  const cached = cache.get(year);
  if (cached) return cached;
  const pad = (n: number) => String(n).padStart(2, '0');
  const fixed = (month: number, day: number, name: string) => ({ date: `${year}-${pad(month)}-${pad(day)}`, name });
  const lunar = (month: number, day: number) => getSolarDateFromLunar(`${year}-${pad(month)}-${pad(day)}`).date;
  const springDay1 = lunar(1, 1);
  const qingming = getSolarTerms(`${year}-04-01`, `${year}-04-10`).find((t) => t.term === 'pure_brightness')?.date;
  const holidays: StatutoryHoliday[] = [
    fixed(1, 1, '元旦'),
    { date: shift(springDay1, -1), name: '春节（除夕）' },
    { date: springDay1, name: '春节' },
    { date: shift(springDay1, 1), name: '春节' },
    { date: shift(springDay1, 2), name: '春节' },
    ...(qingming ? [{ date: qingming, name: '清明节' }] : []),
    fixed(5, 1, '劳动节'),
    fixed(5, 2, '劳动节'),
    { date: lunar(5, 5), name: '端午节' },
    { date: lunar(8, 15), name: '中秋节' },
    fixed(10, 1, '国庆节'),
    fixed(10, 2, '国庆节'),
    fixed(10, 3, '国庆节'),
  ];
  const sorted = holidays.sort((a, b) => a.date.localeCompare(b.date));
  cache.set(year, sorted);
  return sorted;
}

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
