import { describe, expect, it } from 'vitest';
import { expandGroup, mayNotify, receiptState, type ReachUnit } from './notice-rules.js';

const province: ReachUnit = { id: 'p', parentId: null, kind: 'province_bureau' };
const sampling: ReachUnit = { id: 's', parentId: 'p', kind: 'division' };
const institute: ReachUnit = { id: 'i', parentId: 'p', kind: 'lab' };
const chengdu: ReachUnit = { id: 'cd', parentId: 'p', kind: 'city_bureau' };
const mianyang: ReachUnit = { id: 'my', parentId: 'p', kind: 'city_bureau' };
const wuhou: ReachUnit = { id: 'wh', parentId: 'cd', kind: 'county_bureau' };
const jinjiang: ReachUnit = { id: 'jj', parentId: 'cd', kind: 'county_bureau' };
const fucheng: ReachUnit = { id: 'fc', parentId: 'my', kind: 'county_bureau' };
const outside: ReachUnit = { id: 'x', parentId: null, kind: 'external' };

describe('who may notify whom', () => {
  it('a provincial unit reaches every unit but itself and units outside the province', () => {
    for (const sender of [province, sampling, institute]) {
      for (const r of [province, sampling, chengdu, wuhou, fucheng].filter((u) => u.id !== sender.id)) expect(mayNotify(sender, r)).toBe(true);
      expect(mayNotify(sender, sender)).toBe(false);
      expect(mayNotify(sender, outside)).toBe(false);
    }
  });

  it('a city bureau reaches provincial units, the other cities and its own counties only', () => {
    expect([province, sampling, mianyang, wuhou, jinjiang].every((r) => mayNotify(chengdu, r))).toBe(true);
    expect(mayNotify(chengdu, fucheng)).toBe(false);
    expect(mayNotify(chengdu, chengdu)).toBe(false);
  });

  it('a county reaches its own city bureau and its sibling counties, never another city or the province', () => {
    expect(mayNotify(wuhou, chengdu)).toBe(true);
    expect(mayNotify(wuhou, jinjiang)).toBe(true);
    for (const r of [mianyang, fucheng, province, sampling]) expect(mayNotify(wuhou, r)).toBe(false);
  });
});

describe('recipient groups', () => {
  const units = [province, sampling, institute, chengdu, mianyang, wuhou, jinjiang, fucheng];
  it('expands all cities, the provincial divisions and one city’s counties', () => {
    expect(expandGroup({ group: 'allCities' }, units)).toEqual(['cd', 'my']);
    expect(expandGroup({ group: 'provincialDivisions' }, units)).toEqual(['s']);
    expect(expandGroup({ group: 'cityCounties', cityUnitId: 'cd' }, units)).toEqual(['wh', 'jj']);
  });
});

describe('a recipient’s state', () => {
  const at = new Date('2026-12-01T02:00:00Z');
  it('replied wins; overdue after the reply date; else read or unread', () => {
    expect(receiptState({ readAt: null, repliedAt: at }, '2026-11-30', '2026-12-06')).toBe('replied');
    expect(receiptState({ readAt: at, repliedAt: null }, '2026-12-05', '2026-12-06')).toBe('overdue');
    expect(receiptState({ readAt: at, repliedAt: null }, '2026-12-06', '2026-12-06')).toBe('read');
    expect(receiptState({ readAt: null, repliedAt: null }, null, '2026-12-06')).toBe('unread');
  });
});
