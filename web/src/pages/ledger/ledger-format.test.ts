import { describe, expect, it } from 'vitest';
import { completionRate, defaultPeriod, stepCell, unitSeries } from './ledger-format';

describe('ledger formatting', () => {
  it('defaults to the Shanghai calendar year', () => {
    expect(defaultPeriod(new Date('2026-12-31T17:00:00Z'))).toEqual({ periodFrom: '2027-01-01', periodTo: '2027-12-31' });
    expect(defaultPeriod(new Date('2026-06-01T00:00:00Z'))).toEqual({ periodFrom: '2026-01-01', periodTo: '2026-12-31' });
  });

  it('rounds the completion rate to one decimal and copes with an empty ledger', () => {
    expect(completionRate({ disposals: 3, fiveInPlaceComplete: 1 })).toBe(33.3);
    expect(completionRate({ disposals: 0, fiveInPlaceComplete: 0 })).toBe(0);
  });

  it('reads a step as 到位 with its date or 未到位', () => {
    expect(stepCell({ status: 'done', doneOn: '2026-03-02' })).toEqual({ inPlace: true, label: '到位', date: '2026-03-02' });
    expect(stepCell({ status: 'pending', doneOn: null })).toEqual({ inPlace: false, label: '未到位', date: null });
    expect(stepCell(undefined).label).toBe('未到位');
  });

  it('stacks closed, in progress and overdue to each unit’s total', () => {
    const items = [
      { unitId: 'a', unitName: '成都市市场监督管理局', kind: 'city_bureau', total: 10, closed: 4, overdue: 2, fiveInPlaceComplete: 5 },
      { unitId: 'b', unitName: '绵阳市市场监督管理局', kind: 'city_bureau', total: 0, closed: 0, overdue: 0, fiveInPlaceComplete: 0 },
    ];
    expect(unitSeries(items, (u) => u.unitName.slice(0, 3))).toEqual({ categories: ['成都市', '绵阳市'], closed: [4, 0], inProgress: [4, 0], overdue: [2, 0] });
  });
});
