/** Plan and suggestion years: from two years back to next year, newest first. */
import { plansMessages } from './messages';

export function currentYear(now = new Date()): number {
  // The year in Asia/Shanghai: late on 31 December UTC it is already next year there.
  return new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();
}

export function yearOptions(now = new Date()): { value: number; label: string }[] {
  const y = currentYear(now);
  return [y + 1, y, y - 1, y - 2].map((value) => ({ value, label: plansMessages.yearValue(value) }));
}
