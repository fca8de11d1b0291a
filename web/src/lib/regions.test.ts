import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '../api/types';
import { buildRegionTree, regionNames } from './regions';

const unit = (id: string, kind: string, regionCode: string | null, shortName: string, parentId: string | null = 'p'): OrgUnit => ({
  id,
  name: `${shortName}市场监督管理局`,
  shortName,
  kind,
  kindName: '',
  regionCode,
  parentId,
  slug: id,
});

const units = [
  unit('p', 'province_bureau', '510000', '省局', null),
  unit('d', 'division', null, '抽检处'),
  unit('cd', 'city_bureau', '510100', '成都市'),
  unit('wh', 'county_bureau', '510107', '武侯区', 'cd'),
  unit('zg', 'city_bureau', '510300', '自贡市'),
  unit('lost', 'county_bureau', '519999', '某县', 'nowhere'),
];

describe('regions from the org units', () => {
  it('nests counties under their cities below the province, leaving out units without a region', () => {
    expect(buildRegionTree(units)).toEqual([
      {
        value: '510000',
        title: '四川省（全省）',
        children: [
          { value: '510100', title: '成都市', children: [{ value: '510107', title: '武侯区' }] },
          { value: '510300', title: '自贡市' },
          { value: '519999', title: '某县' },
        ],
      },
    ]);
  });

  it('names a county with its city', () => {
    const names = regionNames(units);
    expect(names.get('510107')).toBe('成都市武侯区');
    expect(names.get('510100')).toBe('成都市');
    expect(names.get('510000')).toBe('四川省（全省）');
    expect(names.get('519999')).toBe('某县');
  });
});
