import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { auditLog, foodCategories } from '../../src/db/schema/index.js';

let t: TestApp;
let sampling: TestClient;
let categories: { id: string; name: string; level: number; rootId: string }[];

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
  categories = await t.database.db.select().from(foodCategories);
});
afterAll(() => t.close());

const category = (name: string) => categories.find((c) => c.name === name)!;

function sampleBody(overrides: Record<string, unknown> = {}) {
  return {
    sampleNo: `T${Math.random().toString(36).slice(2, 12).toUpperCase()}`,
    samplingType: 'supervisory',
    foodName: '芹菜',
    categoryId: category('芹菜').id,
    link: 'distribution',
    sampledParty: { name: '成都市武侯区某某生鲜超市', address: '四川省成都市武侯区某某路1号', creditCode: '91350100M000100Y43' },
    samplingDate: '2026-11-20',
    samplers: ['张三', '李四'],
    accompanyingOfficer: '王五',
    items: [{ itemName: '毒死蜱', resultText: '0.12', unit: 'mg/kg' }],
    ...overrides,
  };
}

describe('recording a sample by hand', () => {
  it('judges the items by the catalogue limit and derives the conclusion', async () => {
    const res = await sampling.post('/api/samples', sampleBody());
    expect(res.statusCode).toBe(201);
    const detail = (await sampling.get(`/api/samples/${res.json().id}`)).json();
    expect(detail).toMatchObject({ conclusion: 'unqualified', regionCode: '510107', categoryRootName: '食用农产品' });
    expect(detail.items[0]).toMatchObject({ itemName: '毒死蜱', judgement: 'unqualified', standard: expect.stringContaining('GB 2763') });
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, detail.id));
    expect(audit.map((a) => a.action)).toEqual(['sample.create']);
  });

  it('records 保质期 as entered, and refuses one too long', async () => {
    const res = await sampling.post('/api/samples', sampleBody({ shelfLife: '7天' }));
    expect(res.statusCode).toBe(201);
    expect((await sampling.get(`/api/samples/${res.json().id}`)).json().shelfLife).toBe('7天');
    const long = await sampling.post('/api/samples', sampleBody({ shelfLife: '天'.repeat(51) }));
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details.shelfLife).toBeDefined();
  });

  it('calls a failing risk-monitoring sample 问题 (issue), not 不合格', async () => {
    const res = await sampling.post('/api/samples', sampleBody({ samplingType: 'risk_monitoring' }));
    expect(res.json().conclusion).toBe('issue');
  });

  it('refuses 食用农产品 without an accompanying enforcement officer (art. 23)', async () => {
    const res = await sampling.post('/api/samples', sampleBody({ accompanyingOfficer: null }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.accompanyingOfficer).toContain('第二十三条');
  });

  it('requires an officer for imported cold-chain food too, but not for ordinary 糕点', async () => {
    const cake = { foodName: '蛋糕', categoryId: category('糕点').id, accompanyingOfficer: null, items: [] };
    expect((await sampling.post('/api/samples', sampleBody(cake))).statusCode).toBe(201);
    const cold = await sampling.post('/api/samples', sampleBody({ ...cake, importedColdChain: true }));
    expect(cold.json().error.details.accompanyingOfficer).toBeDefined();
  });

  it('gives field messages for bad credit codes, one sampler, negative values', async () => {
    const res = await sampling.post(
      '/api/samples',
      sampleBody({
        sampledParty: { name: 'x', creditCode: '91350100M000100Y44' },
        samplers: ['张三'],
        items: [{ itemName: '毒死蜱', resultText: '-1' }],
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toMatchObject({
      'sampledParty.creditCode': '统一社会信用代码校验位错误（应为 3）',
      samplers: expect.stringContaining('不少于2人'),
      'items.0.resultText': '检验结果“-1”不能为负数',
    });
  });

  it('refuses a duplicate sample number', async () => {
    const body = sampleBody();
    expect((await sampling.post('/api/samples', body)).statusCode).toBe(201);
    const again = await sampling.post('/api/samples', body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details).toEqual({ sampleNo: '抽样编号已存在' });
  });

  it('keeps one enterprise per credit code', async () => {
    await sampling.post('/api/samples', sampleBody());
    await sampling.post('/api/samples', sampleBody({ sampledParty: { name: '另一个写法的名称', creditCode: '91350100M000100Y43' } }));
    const found = (await sampling.get('/api/enterprises?creditCode=91350100M000100Y43')).json();
    expect(found.total).toBe(1);
  });

  it('a county officer may not record a sample in another county', async () => {
    const county = await t.login('county-510104');
    const res = await county.post('/api/samples', sampleBody());
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details['sampledParty.regionCode']).toContain('管辖范围');
  });
});

describe('results recorded later', () => {
  it('replaces the items, re-derives the conclusion, and refuses a stale version', async () => {
    const created = (await sampling.post('/api/samples', sampleBody({ items: [] }))).json();
    expect(created.conclusion).toBe('pending');
    const lab = await t.login('div-institute');
    const ok = await lab.post(`/api/samples/${created.id}/results`, { version: created.version, items: [{ itemName: '毒死蜱', resultText: '未检出' }] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ conclusion: 'qualified', version: created.version + 1 });
    const stale = await lab.post(`/api/samples/${created.id}/results`, { version: created.version, items: [{ itemName: '毒死蜱', resultText: '1' }] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
  });
});

describe('who reads which sample', () => {
  let chengduSample: string;
  beforeAll(async () => {
    chengduSample = (await sampling.post('/api/samples', sampleBody({ link: 'production' }))).json().id;
  });

  it('a city cannot list or read another city\'s samples', async () => {
    const mianyang = await t.login('city-510700');
    expect((await mianyang.get(`/api/samples/${chengduSample}`)).statusCode).toBe(404);
    const listed = (await mianyang.get('/api/samples?pageSize=200')).json();
    expect(listed.items.every((s: { regionCode: string }) => s.regionCode?.startsWith('5107'))).toBe(true);
    const chengdu = await t.login('city-510100');
    expect((await chengdu.get(`/api/samples/${chengduSample}`)).statusCode).toBe(200);
  });

  it('a link division sees its link across the province, not others', async () => {
    const production = await t.login('div-production');
    const catering = await t.login('div-catering');
    expect((await production.get(`/api/samples/${chengduSample}`)).statusCode).toBe(200);
    expect((await catering.get(`/api/samples/${chengduSample}`)).statusCode).toBe(404);
    const list = (await catering.get('/api/samples?pageSize=200')).json();
    expect(list.items.every((s: { link: string }) => s.link === 'catering')).toBe(true);
  });

  it('filters by city, conclusion and name search', async () => {
    const all = (await sampling.get('/api/samples?regionCode=510100&conclusion=unqualified&pageSize=200')).json();
    expect(all.total).toBeGreaterThan(0);
    expect(all.items.every((s: { regionCode: string; conclusion: string }) => s.regionCode.startsWith('5101') && s.conclusion === 'unqualified')).toBe(true);
    const byName = (await sampling.get(`/api/samples?q=${encodeURIComponent('某某生鲜')}`)).json();
    expect(byName.total).toBeGreaterThan(0);
  });

  it('exports the filtered list to xlsx', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/samples/export.xlsx?regionCode=510107', headers: { cookie: sampling.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const total = (await sampling.get('/api/samples?regionCode=510107&pageSize=1')).json().total;
    expect(sheet.getRow(1).getCell(1).value).toBe('抽样编号');
    expect(sheet.actualRowCount - 1).toBe(total);
  });
});

describe('correcting an enterprise flagged for review', () => {
  it('sets a valid credit code, refuses one that belongs to another enterprise, and clears 待核实', async () => {
    await sampling.post('/api/samples', sampleBody({ sampledParty: { name: '成都市武侯区无代码小超市', address: '四川省成都市武侯区某某路9号' } }));
    const flagged = (await sampling.get(`/api/enterprises?q=${encodeURIComponent('无代码小超市')}`)).json().items[0];
    expect(flagged).toMatchObject({ needsReview: true, creditCode: null, regionCode: '510107' });
    const taken = await sampling.patch(`/api/enterprises/${flagged.id}`, { version: flagged.version, creditCode: '91350100M000100Y43' });
    expect(taken.statusCode).toBe(409);
    // Says only that the code is taken, not whose (the holder may be outside the user's scope).
    expect(taken.json().error.details).toEqual({ creditCode: '该统一社会信用代码已被其他经营者使用，请核对' });
    const bad = await sampling.patch(`/api/enterprises/${flagged.id}`, { version: flagged.version, creditCode: '91110000802100433A' });
    expect(bad.json().error.details.creditCode).toContain('校验位');
    const ok = await sampling.patch(`/api/enterprises/${flagged.id}`, { version: flagged.version, creditCode: '91110000802100433B', reviewed: true });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ creditCode: '91110000802100433B', needsReview: false, version: flagged.version + 1 });
  });
});
