/**
 * Dates as publishers write them: Excel serial numbers, 2025-04-12, 2025/4/12, 2025.4.12,
 * 20250412, 2025年4月12日, often behind a label (购进日期：, 生产日期：, 加工日期, 检疫日期).
 * Text that holds no date (a batch number) is not an error: it stays text. A date-shaped text
 * that cannot exist (2025-02-30, month 13) is an error, because someone mistyped a real date.
 */

export interface DateResult {
  /** YYYY-MM-DD, or null when the text holds no (valid) date. */
  date: string | null;
  /** "日期不存在：…" when the text is date-shaped but impossible. */
  error: string | null;
}

const NONE: DateResult = { date: null, error: null };
const DAY_MS = 86_400_000;
/** Excel's day 0 is 1899-12-31, but it also counts a 1900-02-29 that never was (serial 60). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 31);

const SEPARATED = /(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/;
/** 8 digits count as a date only when month and day are in range; otherwise it is a batch number. */
const COMPACT = /^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
/** A leading label such as "购进日期：" or "加工日期". */
const LABEL = /^[\u4e00-\u9fa5]{1,8}\s*[:：]?\s*/;

export function formatDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function build(y: number, m: number, d: number, original: string): DateResult {
  const ok = y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
  if (!ok) return { date: null, error: `日期不存在：${original}` };
  return { date: `${y}-${pad(m)}-${pad(d)}`, error: null };
}

/** An Excel (1900 date system) serial number as a date. */
export function fromExcelSerial(serial: number): DateResult {
  const day = Math.floor(serial);
  if (day === 60) return { date: null, error: '日期不存在：1900-02-29（Excel 序列号 60）' };
  if (day < 1 || day > 2_958_465) return { date: null, error: `日期不存在：Excel 序列号 ${serial}` };
  const ms = EXCEL_EPOCH_MS + (day > 60 ? day - 1 : day) * DAY_MS;
  return { date: formatDate(new Date(ms)), error: null };
}

/**
 * @param serial true when the cell was a number in an xlsx sheet, so "45759" means a serial
 *   date; in csv files (or text cells) a bare number is a batch number.
 */
export function parseDate(text: string | null, serial = false): DateResult {
  const t = (text ?? '').trim();
  if (t === '') return NONE;
  if (serial && /^\d+(\.\d+)?$/.test(t)) return fromExcelSerial(Number(t));
  const separated = SEPARATED.exec(t);
  if (separated) return build(+separated[1], +separated[2], +separated[3], t);
  const compact = COMPACT.exec(t.replace(LABEL, ''));
  if (compact) return build(+compact[1], +compact[2], +compact[3], t);
  return NONE;
}
