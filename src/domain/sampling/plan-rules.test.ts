import { describe, expect, it } from 'vitest';
import { progressPercent, quotaRegionRange, suggestionReviewDue } from './plan-rules.js';

describe('quota regions', () => {
  it.each([
    ['510107', '510107', '510107'],
    ['510100', '510100', '510199'],
    ['511000', '511000', '511099'],
    ['510000', '510000', '519999'],
  ])('%s covers %s to %s', (code, from, to) => {
    expect(quotaRegionRange(code)).toEqual({ from, to });
  });
});

describe('progress', () => {
  it('is a whole percentage, rounded down and capped at 100', () => {
    expect(progressPercent(0, 10)).toBe(0);
    expect(progressPercent(199, 200)).toBe(99);
    expect(progressPercent(3, 3)).toBe(100);
    expect(progressPercent(5, 3)).toBe(100);
    expect(progressPercent(5, 0)).toBe(0);
  });
});

describe('suggestion review deadline', () => {
  it('ends at the end of the 30th calendar day, Asia/Shanghai', () => {
    // 2026-01-31 23:30 in Shanghai is still the 31st there.
    expect(suggestionReviewDue(new Date('2026-01-31T15:30:00Z')).toISOString()).toBe('2026-03-02T15:59:59.999Z');
    expect(suggestionReviewDue(new Date('2026-12-15T02:00:00Z')).toISOString()).toBe('2027-01-14T15:59:59.999Z');
  });
});
