import { describe, expect, it } from 'vitest';
import { briefingPeriods } from './periods.js';

describe('briefing periods', () => {
  it('compare a quarter with the quarter before (across the year end) and the same quarter last year', () => {
    expect(briefingPeriods('2026-01', '2026-03')).toEqual({
      current: { from: '2026-01-01', to: '2026-03-31' },
      previous: { from: '2025-10-01', to: '2025-12-31' },
      lastYear: { from: '2025-01-01', to: '2025-03-31' },
    });
  });

  it('end months on their last day, February of a leap year included', () => {
    expect(briefingPeriods('2028-02', '2028-02').current).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(briefingPeriods('2026-11', '2026-12').previous).toEqual({ from: '2026-09-01', to: '2026-10-31' });
  });
});
