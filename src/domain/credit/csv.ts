/**
 * CSV as Excel opens it: UTF-8 with a byte-order mark (without it Excel reads Chinese as GBK and
 * shows mojibake), CRLF line ends, every field quoted when it must be (RFC 4180).
 */
export const UTF8_BOM = '\uFEFF';

/**
 * A cell that starts with = + - @ (or a tab / carriage return) is a formula to a spreadsheet: text
 * typed by a person (a reason, a name) could run as one when the file is opened. Such cells get
 * a leading apostrophe, which spreadsheets show as text. Dates and codes never start that way.
 */
function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
