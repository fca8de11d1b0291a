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
    expect(menuFor({ roles: ['division_officer'], unit: division() })).toEqual(['workbench', 'notices', 'riskMeetings', 'credit', 'deadlines', 'plans', 'catalogue', 'org']);
  });

  it('gives city and county bureaus every page their roles allow', () => {
    const county = menuFor({ roles: ['bureau_officer', 'enforcement_officer'], unit: { kind: 'county_bureau', businesses: [] } });
    expect(county).toEqual(['workbench', 'province', 'briefing', 'samples', 'imports', 'disposals', 'urgent', 'notices', 'ledger', 'reconciliations', 'escalations', 'cases', 'riskMeetings', 'signals', 'credit', 'publications', 'explainers', 'deadlines', 'enterprises', 'plans', 'catalogue', 'org']);
  });

  it('still needs the permission: a leader of the province bureau reads disposals but imports nothing', () => {
    const leader = menuFor({ roles: ['leader'], unit: { kind: 'province_bureau', businesses: [] } });
    expect(leader).not.toContain('imports');
    expect(leader).toContain('disposals');
  });
});
