import { describe, expect, it } from 'vitest';
import { addMonths, authorityName, isReviewDue, mayManageCredit, reviewableOn } from './credit-rules.js';

describe('who manages credit publication and the dishonest list', () => {
  it('is the Credit Division with the permission', () => {
    expect(mayManageCredit({ permissions: ['credit.read', 'credit.manage'], businesses: ['credit'] })).toBe(true);
  });
  it('is not another division holding the same permission through its role', () => {
    expect(mayManageCredit({ permissions: ['credit.manage'], businesses: ['sampling'] })).toBe(false);
  });
  it('is not a Credit Division account without the permission', () => {
    expect(mayManageCredit({ permissions: ['credit.read'], businesses: ['credit'] })).toBe(false);
  });
});

describe('adding months to a listing date', () => {
  it.each([
    ['2025-03-15', 12, '2026-03-15'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-12-01', 1, '2026-01-01'],
    ['2025-05-20', 0, '2025-05-20'],
    ['2025-05-20', 36, '2028-05-20'],
  ])('%s + %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('the review date of a listing', () => {
  it('is the listing date plus the configured months', () => {
    expect(reviewableOn('2025-06-10', 12)).toBe('2026-06-10');
  });
  it('is unknown when the setting is missing or not a whole number of months', () => {
    expect(reviewableOn('2025-06-10', null)).toBeNull();
    expect(reviewableOn('2025-06-10', 1.5)).toBeNull();
    expect(reviewableOn('2025-06-10', -1)).toBeNull();
  });
  it('is due on the day itself, for listed entries only', () => {
    expect(isReviewDue({ status: 'listed', reviewableOn: '2026-06-10' }, '2026-06-09')).toBe(false);
    expect(isReviewDue({ status: 'listed', reviewableOn: '2026-06-10' }, '2026-06-10')).toBe(true);
    expect(isReviewDue({ status: 'removed', reviewableOn: '2026-06-10' }, '2026-07-01')).toBe(false);
    expect(isReviewDue({ status: 'listed', reviewableOn: null }, '2026-07-01')).toBe(false);
  });
});

describe('the authority a publication names', () => {
  const province = '四川省市场监督管理局';
  it('is a bureau itself', () => {
    expect(authorityName({ name: '成都市武侯区市场监督管理局', kind: 'county_bureau' }, province)).toBe('成都市武侯区市场监督管理局');
    expect(authorityName({ name: '绵阳市市场监督管理局', kind: 'city_bureau' }, province)).toBe('绵阳市市场监督管理局');
  });
  it('is the province bureau for a division or affiliated unit, which are not organs of their own', () => {
    expect(authorityName({ name: '信用监督管理处', kind: 'division' }, province)).toBe(province);
    expect(authorityName({ name: '四川省食品安全检查技术中心', kind: 'affiliated_unit' }, province)).toBe(province);
  });
});
