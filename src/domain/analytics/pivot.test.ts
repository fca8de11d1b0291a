import { describe, expect, it } from 'vitest';
import { cellRates, cellSampleQuery, failedQuery, monthEnd, periodOfKey, pivotRefusal, SMALL_DENOMINATOR } from './pivot.js';

describe('cellRates', () => {
  it('shows a rate over 3 samples as the counts, not as 33%', () => {
    expect(cellRates({ samples: 3, unqualified: 1, issue: 0 })).toEqual({ rate: 33.33, issueRate: 0, small: true, display: '1/3' });
  });
  it('shows a percentage from the threshold on', () => {
    const c = cellRates({ samples: SMALL_DENOMINATOR, unqualified: 1, issue: 2 });
    expect(c.small).toBe(false);
    expect(c.display).toBe('5.00%');
    expect(c.issueRate).toBe(10);
  });
  it('gives 0 without samples', () => {
    expect(cellRates({ samples: 0, unqualified: 0, issue: 0 }).rate).toBe(0);
  });
});

describe('cellSampleQuery', () => {
  const year = { from: '2026-01', to: '2026-12' };
  it('narrows the period to a month, a quarter or a year key, within the pivot’s period', () => {
    expect(cellSampleQuery(year, { month: '2026-02' })).toMatchObject({ dateFrom: '2026-02-01', dateTo: '2026-02-28' });
    expect(cellSampleQuery(year, { quarter: '2026-Q4' })).toMatchObject({ dateFrom: '2026-10-01', dateTo: '2026-12-31' });
    expect(cellSampleQuery({ from: '2025-07', to: '2026-03' }, { year: '2026' })).toMatchObject({ dateFrom: '2026-01-01', dateTo: '2026-03-31' });
  });
  it('drills down: a 大类 key is the root filter, a lower level the subtree filter', () => {
    expect(cellSampleQuery(year, { category: 'r' })).toMatchObject({ categoryRootId: 'r' });
    expect(cellSampleQuery({ ...year, categoryLevel: 3, categoryId: 'p' }, { category: 'c' })).toMatchObject({ categoryId: 'c' });
  });
  it('maps region, link (unknown for none), item, lab and kind to the list’s filters', () => {
    expect(cellSampleQuery({ ...year, regionCode: '510000' }, { city: '510100', link: null })).toEqual({ regionCode: '510100', link: 'unknown', dateFrom: '2026-01-01', dateTo: '2026-12-31' });
    expect(cellSampleQuery(year, { item: '毒死蜱', lab: '某检验所' })).toMatchObject({ testItem: '毒死蜱', labName: '某检验所' });
    expect(cellSampleQuery(year, { enterpriseKind: 'caterer' })).toMatchObject({ enterpriseKind: 'caterer' });
  });
  it('has no list for an empty region, lab or category level', () => {
    expect(cellSampleQuery(year, { county: null })).toBeNull();
    expect(cellSampleQuery(year, { lab: null })).toBeNull();
  });
  it('links an item’s failures to the samples that failed it with the conclusion', () => {
    expect(failedQuery({ testItem: 'x', dateFrom: 'a' }, 'unqualified')).toEqual({ failedItem: 'x', conclusion: 'unqualified', dateFrom: 'a' });
    expect(failedQuery({ regionCode: '510100' }, 'issue')).toEqual({ regionCode: '510100', conclusion: 'issue' });
  });
});

describe('pivotRefusal', () => {
  const f = { from: '2026-01', to: '2026-12' };
  it('refuses the same dimension twice and a reversed period', () => {
    expect(pivotRefusal('city', 'city', f)?.field).toBe('columns');
    expect(pivotRefusal('city', undefined, { from: '2026-05', to: '2026-01' })?.field).toBe('from');
  });
  it('pairs the item only with the dimensions its counts are kept by', () => {
    expect(pivotRefusal('item', 'county', f)).toBeNull();
    expect(pivotRefusal('item', 'lab', f)?.reason).toContain('承检机构');
    expect(pivotRefusal('city', 'month', { ...f, item: 'x', labName: 'y' })?.field).toBe('item');
    expect(pivotRefusal('item', 'category', { ...f, categoryLevel: 2 })?.field).toBe('item');
    expect(pivotRefusal('lab', 'enterpriseKind', f)).toBeNull();
  });
});

describe('periods', () => {
  it('knows month ends and quarter months', () => {
    expect(monthEnd('2028-02')).toBe('2028-02-29');
    expect(periodOfKey('quarter', '2026-Q2')).toEqual({ from: '2026-04', to: '2026-06' });
  });
});
