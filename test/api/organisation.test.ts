import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { seedOrganisation } from '../../src/modules/org/seed-organisation.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the organisation', () => {
  it('holds the province bureau, its 18 units, 21 city bureaus and 183 county bureaus', async () => {
    const client = await t.login('county-510107');
    const units: { kind: string; regionCode: string | null; name: string; parentId: string | null; id: string }[] = (
      await client.get('/api/org-units')
    ).json();
    const byKind = (kind: string) => units.filter((u) => u.kind === kind);
    expect(byKind('province_bureau')).toHaveLength(1);
    expect(byKind('city_bureau')).toHaveLength(21);
    expect(byKind('county_bureau')).toHaveLength(183);
    expect(byKind('division').length + byKind('affiliated_unit').length + byKind('lab').length).toBe(18);
    const province = units.find((u) => u.regionCode === '510000')!;
    expect(province.name).toBe('四川省市场监督管理局');
    const chengdu = units.find((u) => u.regionCode === '510100')!;
    expect(chengdu).toMatchObject({ name: '成都市市场监督管理局', parentId: province.id });
    expect(units.find((u) => u.regionCode === '510107')).toMatchObject({ name: '成都市武侯区市场监督管理局', parentId: chengdu.id });
  });

  it('keeps same-named counties of different cities apart (市中区)', async () => {
    const client = await t.login('admin');
    const units: { regionCode: string | null; name: string }[] = (await client.get('/api/org-units')).json();
    const shizhong = units.filter((u) => u.name.includes('市中区'));
    expect(shizhong.map((u) => u.regionCode).sort()).toEqual(['511002', '511102']);
    expect(new Set(shizhong.map((u) => u.name)).size).toBe(2);
  });

  it('records each unit\'s duties from the source rule', async () => {
    const client = await t.login('admin');
    const units: { id: string; name: string }[] = (await client.get('/api/org-units')).json();
    const enforcement = units.find((u) => u.name === '综合执法稽查局')!;
    const detail = (await client.get(`/api/org-units/${enforcement.id}`)).json();
    expect(detail.duties[0].article).toBe('第十二条');
    expect(detail.duties[0].text).toContain('五个到位');
    expect(detail.parentName).toBe('四川省市场监督管理局');
  });

  it('seeding again changes nothing and writes no audit row', async () => {
    const result = await seedOrganisation(t.database.db);
    expect(result).toEqual({ inserted: 0, updated: 0 });
  });
});
