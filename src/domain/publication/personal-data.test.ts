import { describe, expect, it } from 'vitest';
import { MASKED_INDIVIDUAL, publicPartyName } from './personal-data.js';

describe('public names of sampled parties', () => {
  it('keeps registered business names, masks a bare personal name and a keeper-named stall', () => {
    expect(publicPartyName('成都市武侯区某某食品店')).toBe('成都市武侯区某某食品店');
    expect(publicPartyName('张记卤菜店')).toBe('张记卤菜店');
    expect(publicPartyName('张三')).toBe(MASKED_INDIVIDUAL);
    expect(publicPartyName('个体户李四')).toBe(MASKED_INDIVIDUAL);
    expect(publicPartyName('王小明（个体工商户）')).toBe(MASKED_INDIVIDUAL);
    expect(publicPartyName('青羊区农贸市场张三摊位')).toBe('青羊区农贸市场某摊位（经营者姓名不予公开）');
    expect(publicPartyName(null)).toBeNull();
  });

  it('masks the keeper named after a market, as national files name stalls, but keeps a market\'s own businesses', () => {
    expect(publicPartyName('南充市阆中市佳诚农贸市场吴芳静')).toBe('南充市阆中市佳诚农贸市场某摊位（经营者姓名不予公开）');
    expect(publicPartyName('青羊区农贸市场张三')).toBe('青羊区农贸市场某摊位（经营者姓名不予公开）');
    expect(publicPartyName('青羊区农贸市场')).toBe('青羊区农贸市场');
    expect(publicPartyName('青羊区农贸市场老王卤菜店')).toBe('青羊区农贸市场老王卤菜店');
    expect(publicPartyName('成都市农产品批发市场管理有限公司')).toBe('成都市农产品批发市场管理有限公司');
  });
});
