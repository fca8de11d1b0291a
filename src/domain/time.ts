/** The platform's time zone: all dates in replies and documents are Asia/Shanghai (UTC+8, no DST). */
export const TIME_ZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3600_000;

/** YYYY-MM-DD of an instant in Asia/Shanghai. */
export function toLocalDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant at which a local (Asia/Shanghai) date and time occurs. */
export function localDateTime(date: string, time = '00:00:00'): Date {
  return new Date(`${date}T${time}+08:00`);
}

/** End of a local day (23:59:59.999 Asia/Shanghai): deadlines expressed as dates end then. */
export function endOfLocalDay(date: string): Date {
  return new Date(localDateTime(date).getTime() + 86_400_000 - 1);
}
