/** A holiday period (春节 02-06 ~ 02-12) as the one-row-per-date list the calendar API takes. */
import type { Dayjs } from 'dayjs';

export interface DayRow {
  range?: [Dayjs, Dayjs] | null;
  name?: string;
}

export function expandDays(rows: DayRow[] | undefined): { date: string; name: string }[] {
  const out: { date: string; name: string }[] = [];
  for (const row of rows ?? []) {
    if (!row?.range?.[0] || !row.range[1] || !row.name?.trim()) continue;
    const [from, to] = row.range[0].isAfter(row.range[1]) ? [row.range[1], row.range[0]] : row.range;
    for (let d = from.startOf('day'); !d.isAfter(to, 'day'); d = d.add(1, 'day')) out.push({ date: d.format('YYYY-MM-DD'), name: row.name.trim() });
  }
  return out;
}
