/** Dates on screen are Asia/Shanghai (UTC+8, no daylight saving), whatever the browser's zone. */
import dayjs, { type Dayjs } from 'dayjs';

const OFFSET_MS = 8 * 3600_000;

function shanghaiIso(value: string | Date): string | null {
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(ms)) return null;
  return new Date(ms + OFFSET_MS).toISOString();
}

/** `YYYY-MM-DD HH:mm` in Asia/Shanghai; '' for no value, the raw text when it is not a date. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  const iso = shanghaiIso(value);
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : String(value);
}

/** `YYYY-MM-DD HH:mm:ss` in Asia/Shanghai, for audit records. */
export function formatDateTimeSeconds(value: string | Date | null | undefined): string {
  if (!value) return '';
  const iso = shanghaiIso(value);
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : String(value);
}

/** Today's date in Asia/Shanghai as `YYYY-MM-DD`: the day an official is working in, whatever the browser's zone. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Date(now.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** This year in Asia/Shanghai: a page's default year (already the new one in Chengdu at 1 am on 1 January). */
export function shanghaiYear(now: Date = new Date()): number {
  return Number(shanghaiToday(now).slice(0, 4));
}

/**
 * Today (Asia/Shanghai) for a DatePicker: every form's default date and its "not after today"
 * limit use this, never `dayjs()`, which is the browser's day (still yesterday in Europe at 7 am
 * in Chengdu). The Dayjs holds that calendar date at the browser's midnight, as the picker expects.
 */
export function todayForPicker(now: Date = new Date()): Dayjs {
  return dayjs(shanghaiToday(now));
}

/** For DatePicker `disabledDate`: a day after today in Asia/Shanghai. */
export function isAfterToday(day: Dayjs, now: Date = new Date()): boolean {
  return day.format('YYYY-MM-DD') > shanghaiToday(now);
}
