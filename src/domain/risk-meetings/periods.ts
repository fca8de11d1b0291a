import { toLocalDate } from '../time.js';

/**
 * Calendar periods of the "321" risk-analysis rhythm (seed art. 22): a period of `months` months
 * starts on the first day of a month whose index (0-based from January) is a multiple of
 * `months`, so 3 gives quarters (Jan–Mar …), 2 bimonths (Jan–Feb, Mar–Apr …), 1 months. Periods
 * never cross a year end: 12 must be divisible by `months`. All dates are local Asia/Shanghai
 * dates as YYYY-MM-DD strings; pure, no time zone arithmetic beyond `toLocalDate`.
 */
export interface Period {
  start: string;
  end: string;
}

export const allowedPeriodMonths = [1, 2, 3, 4, 6, 12] as const;

export function isAllowedPeriodMonths(months: number): boolean {
  return (allowedPeriodMonths as readonly number[]).includes(months);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Last day of month `month` (1–12) of `year`. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parse(date: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function check(months: number) {
  if (!isAllowedPeriodMonths(months)) throw new Error(`period of ${months} months does not divide a year`);
}

/** The period of `months` months that contains `date`. */
export function periodContaining(date: string, months: number): Period {
  check(months);
  const { year, month } = parse(date);
  const first = Math.floor((month - 1) / months) * months + 1;
  const last = first + months - 1;
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}` };
}

/** The period right before `period` (across a year end when it is the first of its year). */
export function previousPeriod(period: Period, months: number): Period {
  const { year, month } = parse(period.start);
  const prevMonth = month === 1 ? 12 : month - 1;
  const prevYear = month === 1 ? year - 1 : year;
  return periodContaining(`${prevYear}-${pad(prevMonth)}-01`, months);
}

export function nextPeriod(period: Period, months: number): Period {
  const { year, month } = parse(period.end);
  return periodContaining(month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`, months);
}

/** The periods of a calendar year, in order. */
export function periodsOfYear(year: number, months: number): Period[] {
  check(months);
  const out: Period[] = [];
  for (let m = 1; m <= 12; m += months) out.push(periodContaining(`${year}-${pad(m)}-01`, months));
  return out;
}

/** The period containing an instant, in Asia/Shanghai. */
export function periodAt(instant: Date, months: number): Period {
  return periodContaining(toLocalDate(instant), months);
}

/** A short Chinese label: 2026年第4季度, 2026年11—12月, 2026年12月. */
export function periodLabel(period: Period, months: number): string {
  const { year, month } = parse(period.start);
  const last = month + months - 1;
  if (months === 12) return `${year}年`;
  if (months === 3) return `${year}年第${(month + 2) / 3}季度`;
  if (months === 6) return `${year}年${month === 1 ? '上' : '下'}半年`;
  if (months === 1) return `${year}年${month}月`;
  return `${year}年${month}—${last}月`;
}

/**
 * Which period a meeting counts for and whether it is late: by default the period containing
 * `heldOn`; a meeting may instead be recorded for the previous period (it was due then and not
 * held), and then counts as late (逾期补开). Any other period is not offered.
 */
export function meetingPeriod(heldOn: string, months: number, forPrevious: boolean): Period & { late: boolean } {
  const own = periodContaining(heldOn, months);
  if (!forPrevious) return { ...own, late: false };
  return { ...previousPeriod(own, months), late: true };
}

export type ComplianceStatus = 'held' | 'late' | 'missing' | 'open';

/**
 * A unit's status for one period (DHIS2-style reporting): held in the period, recorded late,
 * none and the period is over, none and the period still runs on `today`. A unit with both a
 * timely and a late record counts as held.
 */
export function complianceStatus(period: Period, meetings: readonly { late: boolean }[], today: string): ComplianceStatus {
  if (meetings.some((m) => !m.late)) return 'held';
  if (meetings.length > 0) return 'late';
  return today > period.end ? 'missing' : 'open';
}

/** Reporting rate: held (timely or late) over the obliged units whose period has started. */
export function complianceRates(statuses: readonly ComplianceStatus[]) {
  const count = (s: ComplianceStatus) => statuses.filter((x) => x === s).length;
  const held = count('held');
  const late = count('late');
  const missing = count('missing');
  const open = count('open');
  const total = statuses.length;
  return {
    total,
    held,
    late,
    missing,
    open,
    /** Share of units that held the meeting at all (late included). */
    rate: total === 0 ? null : (held + late) / total,
    /** Share held on time. */
    timelyRate: total === 0 ? null : held / total,
  };
}
