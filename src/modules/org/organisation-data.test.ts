import { describe, expect, it } from 'vitest';
import { cityBureauDuties, countyBureauDuties } from './organisation-data.js';

describe('the duties of the city and county bureaus cite the articles that name them', () => {
  it('cites art. 18 (各市（州）市场监督管理局联动分工) for the city bureaus only', () => {
    expect(cityBureauDuties.map((d) => d.article)).toContain('第十八条');
    expect(countyBureauDuties.map((d) => d.article)).not.toContain('第十八条');
  });

  it('cites for the county bureaus only articles that bind them: 12(3), 22 and 23', () => {
    expect(countyBureauDuties.map((d) => d.article)).toEqual(['第十二条', '第二十二条', '第二十三条']);
    expect(countyBureauDuties.find((d) => d.article === '第二十三条')?.text).toContain('陪同抽样');
  });
});
