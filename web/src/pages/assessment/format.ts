/** How the assessment pages print values: a share as a percentage, points as points. */
import { shanghaiYear } from '../../lib/time';

export const thisYear = shanghaiYear();
export const yearOptions = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: `${y}年` }));
export function formatValue(value: number | null, direction: string): string {
  if (value === null) return '—';
  return direction === 'deduction' ? `${value} 分` : `${(value * 100).toFixed(1)}%`;
}
export const formatScore = (s: number | null) => (s === null ? '—' : s.toFixed(2));
