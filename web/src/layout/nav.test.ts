import { describe, expect, it } from 'vitest';
import { landsOnProvinceView, menuKeyForPath, menuKeys, menuPath, navItems, selectedMenuKey } from './nav';

describe('the side menu', () => {
  it('lists sampling and disposal work after 工作台, then planning, reference data, 组织机构 and administration', () => {
    expect(menuKeys.map((k) => navItems[k].label)).toEqual([
      '工作台', '态势总览', '研判材料', '风险分析', '抽检数据', '数据导入', '核查处置', '24小时限时报告', '信息通报', '处置台账', '对账检查', '督办', '稽查案件', '投诉举报', '风险研判', '考核评价', '风险信号', '信用监管', '信息公布', '标准解读', '舆情事件', '期限与规则',
      '抽检计划', '生产经营者', '分类与检验项目', '组织机构', '用户管理', '角色权限', '审计日志', '接入密钥',
    ]);
  });

  it('highlights the list page on its detail pages', () => {
    expect(menuKeyForPath('/samples/0e26cd44')).toBe('samples');
    expect(menuKeyForPath('/plans/x')).toBe('plans');
    expect(menuKeyForPath('/enterprises')).toBe('enterprises');
    expect(menuKeyForPath('/disposals/4f1c')).toBe('disposals');
    expect(menuKeyForPath('/urgent/4f1c')).toBe('urgent');
    expect(menuKeyForPath('/reconciliations/4f1c')).toBe('reconciliations');
    expect(menuKeyForPath('/')).toBe('workbench');
  });

  it('opens the workbench at /workbench and highlights 态势总览 on / for the province bureau\'s leader', () => {
    const leader = { roles: ['leader'], unit: { kind: 'province_bureau' }, menu: ['workbench', 'province'] };
    const cityLeader = { roles: ['leader'], unit: { kind: 'city_bureau' }, menu: ['workbench', 'province'] };
    expect(landsOnProvinceView(leader)).toBe(true);
    expect(landsOnProvinceView(cityLeader)).toBe(false);
    expect(menuPath('workbench', true)).toBe('/workbench');
    expect(menuPath('workbench', false)).toBe('/');
    expect(selectedMenuKey('/', true)).toBe('province');
    expect(selectedMenuKey('/workbench', true)).toBe('workbench');
    expect(selectedMenuKey('/', false)).toBe('workbench');
  });
});
