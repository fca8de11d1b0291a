/** Dates on screen are Asia/Shanghai (UTC+8, no daylight saving), whatever the browser's zone. */
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
