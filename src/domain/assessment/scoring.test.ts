import { describe, expect, it } from 'vitest';
import { periodBounds, previousPeriod } from './periods.js';
import { achievement, indicatorPoints, ranksOf, unitScore } from './scoring.js';
import { visibleToChecked } from './checks.js';

describe('scoring', () => {
  it('caps a higher-is-better achievement at the target and scales below it', () => {
    expect(achievement('higher', 0.95, 1)).toBe(1);
    expect(achievement('higher', 0.8, 0.4)).toBe(0.5);
  });
  it('gives a lower-is-better indicator full marks up to the target, then falls to 0 at 100 %', () => {
    expect(achievement('lower', 0.02, 0.01)).toBe(1);
    expect(achievement('lower', 0.2, 0.6)).toBeCloseTo(0.5);
    expect(achievement('lower', 0.2, 1)).toBe(0);
  });
  it('takes deductions off the weighted score, capped by the deduction indicator\'s weight, and leaves out indicators without data', () => {
    const { score, points } = unitScore([
      { code: 'a', direction: 'higher', target: 1, weight: 30, value: 0.5 },
      { code: 'b', direction: 'higher', target: 1, weight: 10, value: null },
      { code: 'c', direction: 'deduction', target: 0, weight: 5, value: 8 },
    ]);
    expect(points).toEqual([15, null, -5]);
    expect(score).toBe(45);
    expect(unitScore([{ code: 'b', direction: 'higher', target: 1, weight: 10, value: null }]).score).toBeNull();
    expect(indicatorPoints({ code: 'c', direction: 'deduction', target: 0, weight: 5, value: null })).toBe(0);
  });
  it('ranks equal scores alike and skips units without a score', () => {
    const items = [{ s: 90 }, { s: 95 }, { s: 90 }, { s: null }];
    const ranks = ranksOf(items, (i) => i.s);
    expect(items.map((i) => ranks.get(i) ?? null)).toEqual([2, 1, 2, null]);
  });
});

describe('periods', () => {
  it('bounds a quarter in Shanghai time and steps back across the year', () => {
    const q4 = periodBounds(2026, 'Q4');
    expect(q4).toMatchObject({ fromDate: '2026-10-01', toDate: '2026-12-31' });
    expect(q4.toAt.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(previousPeriod(2026, 'Q1')).toEqual({ year: 2025, period: 'Q4' });
    expect(previousPeriod(2026, 'year')).toEqual({ year: 2025, period: 'year' });
  });
});

describe('unannounced checks', () => {
  it('stay hidden from the checked unit until their start date; announced ones do not', () => {
    expect(visibleToChecked({ method: 'unannounced', startOn: '2026-12-10' }, '2026-12-09')).toBe(false);
    expect(visibleToChecked({ method: 'covert', startOn: '2026-12-10' }, '2026-12-10')).toBe(true);
    expect(visibleToChecked({ method: 'open', startOn: '2026-12-10' }, '2026-12-01')).toBe(true);
  });
});
