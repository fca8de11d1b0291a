/** Periods of a briefing pack: whole months, YYYY-MM. */
export interface Period {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD. */
  to: string;
}

const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
const ymOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
const lastDay = (ym: string) => {
  const y = Number(ym.slice(0, 4));
  const m = Number(ym.slice(5, 7));
  return `${ym}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};
const periodOf = (fromIndex: number, toIndex: number): Period => ({ from: `${ymOf(fromIndex)}-01`, to: lastDay(ymOf(toIndex)) });

/**
 * The period from month `from` to month `to` (inclusive), the period of the same length just
 * before it (环比), and the same months a year earlier (同比).
 */
export function briefingPeriods(from: string, to: string): { current: Period; previous: Period; lastYear: Period } {
  const a = monthIndex(from);
  const b = monthIndex(to);
  const length = b - a + 1;
  return { current: periodOf(a, b), previous: periodOf(a - length, b - length), lastYear: periodOf(a - 12, b - 12) };
}
