import { describe, expect, it } from 'vitest';
import { fillYears, sortEntries } from './credit-history.js';

describe('the years of the history chart', () => {
  it('is empty without samples', () => {
    expect(fillYears([])).toEqual([]);
  });
  it('fills the years without samples between the first and the last', () => {
    expect(
      fillYears([
        { year: 2024, sampled: 3, unqualified: 1, overturned: 0 },
        { year: 2021, sampled: 2, unqualified: 0, overturned: 1 },
      ]),
    ).toEqual([
      { year: 2021, sampled: 2, unqualified: 0, overturned: 1 },
      { year: 2022, sampled: 0, unqualified: 0, overturned: 0 },
      { year: 2023, sampled: 0, unqualified: 0, overturned: 0 },
      { year: 2024, sampled: 3, unqualified: 1, overturned: 0 },
    ]);
  });
});

describe('the order of the timeline', () => {
  it('puts the newest first', () => {
    const sorted = sortEntries([
      { id: 'a', at: '2024-03-01', kind: 'unqualified' as const },
      { id: 'b', at: '2025-01-09', kind: 'penalty' as const },
      { id: 'c', at: '2024-11-30', kind: 'interview' as const },
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['b', 'c', 'a']);
  });
  it('shows what followed a result above the result on the same day', () => {
    const sorted = sortEntries([
      { id: 'r', at: '2024-03-01', kind: 'unqualified' as const },
      { id: 'd', at: '2024-03-01', kind: 'disposal' as const },
      { id: 'p', at: '2024-03-01', kind: 'penalty' as const },
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['p', 'd', 'r']);
  });
  it('is stable for entries of the same day and kind', () => {
    const entries = [
      { id: 'y', at: '2024-03-01', kind: 'unqualified' as const },
      { id: 'x', at: '2024-03-01', kind: 'unqualified' as const },
    ];
    expect(sortEntries(entries).map((e) => e.id)).toEqual(['x', 'y']);
    expect(sortEntries([...entries].reverse()).map((e) => e.id)).toEqual(['x', 'y']);
  });
});
