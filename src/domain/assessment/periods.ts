import { localDateTime } from '../time.js';

/** An assessment period: the year, or one of its quarters. */
export const assessmentPeriods = ['year', 'Q1', 'Q2', 'Q3', 'Q4'] as const;
export type AssessmentPeriod = (typeof assessmentPeriods)[number];

export const periodNames: Record<AssessmentPeriod, string> = { year: '全年', Q1: '第一季度', Q2: '第二季度', Q3: '第三季度', Q4: '第四季度' };

export interface PeriodBounds {
  year: number;
  period: AssessmentPeriod;
  /** First and last local dates, inclusive. */
  fromDate: string;
  toDate: string;
  /** The same as instants in Asia/Shanghai: [fromAt, toAt), toAt the next period's first midnight. */
  fromAt: Date;
  toAt: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function periodBounds(year: number, period: AssessmentPeriod): PeriodBounds {
  const q = period === 'year' ? 0 : Number(period.slice(1));
  const firstMonth = q ? (q - 1) * 3 + 1 : 1;
  const lastMonth = q ? q * 3 : 12;
  const fromDate = `${year}-${pad(firstMonth)}-01`;
  const toDate = `${year}-${pad(lastMonth)}-${pad(lastDay(year, lastMonth))}`;
  const next = lastMonth === 12 ? `${year + 1}-01-01` : `${year}-${pad(lastMonth + 1)}-01`;
  return { year, period, fromDate, toDate, fromAt: localDateTime(fromDate), toAt: localDateTime(next) };
}

/** The period before: the previous year, or the previous quarter (Q1's is last year's Q4). */
export function previousPeriod(year: number, period: AssessmentPeriod): { year: number; period: AssessmentPeriod } {
  if (period === 'year') return { year: year - 1, period: 'year' };
  const q = Number(period.slice(1));
  return q === 1 ? { year: year - 1, period: 'Q4' } : { year, period: `Q${q - 1}` as AssessmentPeriod };
}
