import { describe, expect, it } from 'vitest';
import { menuFor } from './menu.js';

const division = (...businesses: string[]) => ({ kind: 'division', businesses });

describe('the menu follows what the role and the unit can do', () => {
  it('does not offer 数据导入 or the disposal pages to 新闻宣传处, whose business reaches neither', () => {
    const menu = menuFor({ roles: ['division_officer', 'news_reviewer'], unit: division('publication') });
    expect(menu).toContain('samples');
    expect(menu).not.toContain('imports');
    expect(menu).not.toContain('disposals');
    expect(menu).not.toContain('ledger');
    expect(menu).not.toContain('urgent');
    expect(menu).not.toContain('cases');
  });

  it('offers 数据导入 to 抽检监测处 but not to a link division, and the link division its disposals', () => {
    expect(menuFor({ roles: ['division_officer'], unit: division('sampling') })).toContain('imports');
    const production = menuFor({ roles: ['division_officer'], unit: division('production') });
    expect(production).not.toContain('imports');
    expect(production).toEqual(expect.arrayContaining(['disposals', 'urgent', 'escalations', 'samples']));
  });

  it('gives a division without a business (办公室) no record pages, only the shared ones and its own 321 meetings', () => {
    expect(menuFor({ roles: ['division_officer'], unit: division() })).toEqual(['workbench', 'notices', 'riskMeetings', 'assessment', 'credit', 'deadlines', 'plans', 'catalogue', 'org']);
  });

  it('gives city and county bureaus every page their roles allow', () => {
    const county = menuFor({ roles: ['bureau_officer', 'enforcement_officer'], unit: { kind: 'county_bureau', businesses: [] } });
    expect(county).toEqual(['workbench', 'province', 'briefing', 'analytics', 'samples', 'imports', 'disposals', 'urgent', 'notices', 'ledger', 'reconciliations', 'escalations', 'cases', 'complaints', 'riskMeetings', 'assessment', 'signals', 'credit', 'publications', 'explainers', 'opinion', 'deadlines', 'enterprises', 'plans', 'catalogue', 'org']);
  });

  it('still needs the permission: a leader of the province bureau reads disposals but imports nothing', () => {
    const leader = menuFor({ roles: ['leader'], unit: { kind: 'province_bureau', businesses: [] } });
    expect(leader).not.toContain('imports');
    expect(leader).toContain('disposals');
  });
});

describe('the 投诉举报 menu entries', () => {
  it('offers 投诉举报 to 投诉举报中心 and the bureaus, not to a division without reach, and the key page to administrators', () => {
    expect(menuFor({ roles: ['division_officer'], unit: { kind: 'affiliated_unit', businesses: ['complaints'] } })).toContain('complaints');
    expect(menuFor({ roles: ['bureau_officer'], unit: { kind: 'county_bureau', businesses: [] } })).toContain('complaints');
    expect(menuFor({ roles: ['division_officer'], unit: { kind: 'division', businesses: ['lab_qualification'] } })).not.toContain('complaints');
    expect(menuFor({ roles: ['admin'], unit: { kind: 'province_bureau', businesses: [] } })).toContain('intakeKeys');
    expect(menuFor({ roles: ['bureau_officer'], unit: { kind: 'county_bureau', businesses: [] } })).not.toContain('intakeKeys');
  });
});
