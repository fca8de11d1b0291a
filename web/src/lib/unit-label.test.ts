import { describe, expect, it } from 'vitest';
import { unitLabel } from './unit-label';

describe('unitLabel', () => {
  it('uses the short name, with 局 for a bureau', () => {
    expect(unitLabel({ name: '成都市武侯区市场监督管理局', shortName: '武侯区', kind: 'county_bureau' }, '')).toBe('武侯区局');
    expect(unitLabel({ name: '四川省市场监督管理局', shortName: '省局', kind: 'province_bureau' }, '')).toBe('省局');
    expect(unitLabel({ name: '食品安全抽检监测处', shortName: '抽检监测处', kind: 'division' }, '')).toBe('抽检监测处');
  });

  it('shortens the full name of a unit it does not know', () => {
    expect(unitLabel(undefined, '成都市武侯区市场监督管理局')).toBe('成都市武侯区局');
    expect(unitLabel(undefined, '四川省食品检验研究院')).toBe('四川省食品检验研究院');
  });
});
