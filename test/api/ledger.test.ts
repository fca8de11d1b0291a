import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { createUnqualifiedSample } from '../helpers/samples.js';
import { disposals, foodCategories, orgUnits } from '../../src/db/schema/index.js';
import { exportLedger } from '../../src/modules/ledger/export-ledger.js';
import type { SessionUser } from '../../src/modules/access/actor.js';
import { unitIdForRegion } from '../../src/modules/org/seed-organisation.js';

let t: TestApp;
let sampling: TestClient;
let wuhou: TestClient;
let chengdu: TestClient;
let mianyang: TestClient;

async function importFile(client: TestClient, path: string, fields: Record<string, string>) {
  return (await t.importFile(client, path, fields)).job;
}

async function createUnqualified(sampleNo: string, county: string) {
  await createUnqualifiedSample(t, sampling, sampleNo, county);
}

/**
 * The ledger counts by the day the result reached the owner (openedAt). Our disposals are moved
 * to March 2023, far from the demo data, around the period's edges.
 */
const opened: Record<string, string> = {
  DBJ2551000028300101: '2023-03-01T09:00:00+08:00', // 成都市武侯区
  DBJ2551000028300102: '2023-03-10T09:00:00+08:00', // 自贡市自流井区
  DBJ2551000028300103: '2023-03-15T09:00:00+08:00', // 内江市市中区
  DBJ2551000028300104: '2023-03-31T23:30:00+08:00', // 乐山市市中区: the last day, late at night
  'LEDGER-0001': '2023-04-01T00:10:00+08:00', // 成都市锦江区: just after the period
  'LEDGER-0002': '2023-02-28T23:59:00+08:00', // 成都市武侯区: just before it
};
const MARCH = 'periodFrom=2023-03-01&periodTo=2023-03-31';
const FEB_TO_APRIL = 'periodFrom=2023-02-01&periodTo=2023-04-30';
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
  wuhou = await t.login('county-510107');
  chengdu = await t.login('city-510100');
  mianyang = await t.login('city-510700');
  const job = await importFile(sampling, 'test/fixtures/imports/national-notice.xlsx', { defaultSamplingDate: '2026-11-20' });
  expect(job.summary.disposalsOpened).toBe(4);
  await createUnqualified('LEDGER-0001', '锦江区');
  await createUnqualified('LEDGER-0002', '武侯区');
  for (const [sampleNo, at] of Object.entries(opened)) {
    const openedAt = new Date(at);
    const dueAt = new Date(openedAt.getTime() + 90 * 86_400_000);
    const [d] = await t.database.db.update(disposals).set({ openedAt, dueAt, originalDueAt: dueAt }).where(eq(disposals.sampleNo, sampleNo)).returning();
    ids[sampleNo] = d.id;
  }
  // Times with microseconds, which a JS Date cannot hold: the export's keyset must not trip on them.
  await t.database.db.execute(sql`UPDATE disposals SET opened_at = opened_at + interval '123 microseconds' WHERE sample_no IN ('LEDGER-0001', 'LEDGER-0002')`);
  // 武侯区 works its March disposal to closure; 自贡 has only begun.
  const step = async (client: TestClient, id: string, kind: string, details: Record<string, unknown>, doneOn: string) => {
    const d = (await client.get(`/api/disposals/${id}`)).json();
    const res = await client.post(`/api/disposals/${id}/steps`, { kind, version: d.version, doneOn, text: '已按要求处置', details });
    expect(res.statusCode).toBe(200);
  };
  const wh = ids.DBJ2551000028300101;
  await step(wuhou, wh, 'notice', { deliveredTo: '成都市武侯区某某超市有限公司', method: '直接送达' }, '2023-03-02');
  await step(wuhou, wh, 'riskControl', { measures: ['下架', '封存'], sealedQuantity: 12, quantityUnit: 'kg' }, '2023-03-03');
  await step(wuhou, wh, 'causeInvestigation', { cause: '种植环节违规使用农药' }, '2023-03-10');
  await step(wuhou, wh, 'rectification', { measures: '建立进货查验制度', verified: true }, '2023-03-20');
  await step(wuhou, wh, 'penalty', { caseNo: '武市监罚〔2023〕88号', amount: 5000 }, '2023-04-10');
  await step(wuhou, wh, 'disclosure', { channel: '成都市市场监督管理局网站' }, '2023-04-15');
  // The 协查 to 彭州 is answered first: a disposal closes only with its 协查 settled.
  const assist = (await wuhou.get(`/api/disposals/${wh}`)).json().assists[0];
  const pengzhou = await t.login('county-510182');
  expect((await pengzhou.post(`/api/assist-requests/${assist.id}/reply`, { version: assist.version, reply: '经核查，涉事批次已召回，企业已整改。' })).statusCode).toBe(200);
  const requested = await wuhou.post(`/api/disposals/${wh}/request-closing`, { version: (await wuhou.get(`/api/disposals/${wh}`)).json().version });
  expect(requested.statusCode).toBe(200);
  const admin = await t.login('admin');
  const created = await admin.post('/api/users', { username: 'wh.leader', displayName: '武侯区局局长', unitId: unitIdForRegion('510107'), roles: ['leader'] });
  const leader = await t.login('wh.leader', created.json().initialPassword);
  await leader.post('/api/auth/change-password', { currentPassword: created.json().initialPassword, newPassword: 'Leader#2026' });
  expect((await leader.post(`/api/disposals/${wh}/closing-decision`, { version: requested.json().version, approve: true })).statusCode).toBe(200);
  const zigong = await t.login('county-510302');
  await step(zigong, ids.DBJ2551000028300102, 'notice', { deliveredTo: '自贡市自流井区某某商贸有限公司', method: '直接送达' }, '2023-03-11');
  await step(zigong, ids.DBJ2551000028300102, 'riskControl', { measures: ['下架'] }, '2023-03-12');
});
afterAll(() => t.close());

type Row = { sampleNo: string; [k: string]: unknown };
const sampleNos = (body: { items: Row[] }) => body.items.map((r) => r.sampleNo);

describe('the ledger (台账)', () => {
  it('lists every disposal of the period in the order opened, with its five in place', async () => {
    const res = await sampling.get(`/api/ledger?${MARCH}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(sampleNos(body)).toEqual(['DBJ2551000028300101', 'DBJ2551000028300102', 'DBJ2551000028300103', 'DBJ2551000028300104']);
    expect(body.items[0]).toMatchObject({
      disposalId: ids.DBJ2551000028300101,
      foodName: '芹菜',
      sampledPartyName: '成都市武侯区某某超市有限公司',
      nominalProducerName: '四川某某农业科技有限公司',
      failedItems: '毒死蜱 0.12mg/kg（≤0.02）；克百威 0.05mg/kg（≤0.02）',
      ownerUnitName: '成都市武侯区市场监督管理局',
      openedAt: '2023-03-01T01:00:00.000Z',
      status: 'closed',
      overdue: false,
      riskControl: { status: 'done', doneOn: '2023-03-03' },
      causeInvestigation: { status: 'done', doneOn: '2023-03-10' },
      rectification: { status: 'done', doneOn: '2023-03-20' },
      penalty: { status: 'done', doneOn: '2023-04-10' },
      disclosure: { status: 'done', doneOn: '2023-04-15' },
      fiveInPlace: true,
      penaltyCaseNo: '武市监罚〔2023〕88号',
    });
    expect(body.items[1]).toMatchObject({
      status: 'in_progress',
      overdue: true,
      notice: { status: 'done', doneOn: '2023-03-11' },
      riskControl: { status: 'done', doneOn: '2023-03-12' },
      causeInvestigation: { status: 'pending', doneOn: null },
      fiveInPlace: false,
      penaltyCaseNo: null,
    });
  });

  it('summarises all filtered rows, not just the page', async () => {
    const body = (await sampling.get(`/api/ledger?${MARCH}&pageSize=1`)).json();
    expect(body.items).toHaveLength(1);
    expect(body.total).toBe(4);
    expect(body.summary).toEqual({
      disposals: 4,
      closed: 1,
      overdue: 3,
      fiveInPlaceComplete: 1,
      byStep: { riskControl: 2, causeInvestigation: 1, rectification: 1, penalty: 1, disclosure: 1 },
    });
  });

  it('counts the period by the local (Asia/Shanghai) day the result arrived: the last day at 23:30 is inside', async () => {
    expect(sampleNos((await sampling.get(`/api/ledger?${MARCH}`)).json())).toContain('DBJ2551000028300104');
    expect(sampleNos((await sampling.get('/api/ledger?periodFrom=2023-03-01&periodTo=2023-03-30')).json())).not.toContain('DBJ2551000028300104');
    expect(sampleNos((await sampling.get('/api/ledger?periodFrom=2023-04-01&periodTo=2023-04-01')).json())).toEqual(['LEDGER-0001']);
    expect(sampleNos((await sampling.get('/api/ledger?periodFrom=2023-02-28&periodTo=2023-02-28')).json())).toEqual(['LEDGER-0002']);
  });

  it('filters by unit (with its subtree), status, link and five-in-place state', async () => {
    const q = async (filter: string) => sampleNos((await sampling.get(`/api/ledger?${FEB_TO_APRIL}&${filter}`)).json());
    expect(await q(`ownerUnitId=${unitIdForRegion('510100')}`)).toEqual(['LEDGER-0002', 'DBJ2551000028300101', 'LEDGER-0001']);
    expect(await q(`ownerUnitId=${unitIdForRegion('510107')}`)).toEqual(['LEDGER-0002', 'DBJ2551000028300101']);
    expect(await q('status=closed')).toEqual(['DBJ2551000028300101']);
    expect(await q('link=catering')).toEqual(['DBJ2551000028300104']);
    expect(await q('fiveInPlace=complete')).toEqual(['DBJ2551000028300101']);
    expect(await q('fiveInPlace=incomplete')).toHaveLength(5);
    expect(await q('overdue=true')).toHaveLength(5);
  });

  it('rejects a period that ends before it starts, on the field', async () => {
    const res = await sampling.get('/api/ledger?periodFrom=2023-03-31&periodTo=2023-03-01');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.periodTo).toBe('结束日期不能早于开始日期');
  });

  it('is scoped: a city sees its own bureaus only; another city sees nothing', async () => {
    const own = (await chengdu.get(`/api/ledger?${FEB_TO_APRIL}`)).json();
    expect(sampleNos(own)).toEqual(['LEDGER-0002', 'DBJ2551000028300101', 'LEDGER-0001']);
    expect(own.summary).toMatchObject({ disposals: 3, closed: 1, fiveInPlaceComplete: 1 });
    const other = (await mianyang.get(`/api/ledger?${FEB_TO_APRIL}`)).json();
    expect(other).toMatchObject({ items: [], total: 0, summary: { disposals: 0, closed: 0, overdue: 0, fiveInPlaceComplete: 0 } });
    // Asking for another city's unit does not widen the scope.
    expect((await mianyang.get(`/api/ledger?${FEB_TO_APRIL}&ownerUnitId=${unitIdForRegion('510100')}`)).json().total).toBe(0);
  });

  it('needs disposal.read', async () => {
    const admin = await t.login('admin');
    expect((await admin.get('/api/ledger')).statusCode).toBe(403);
  });
});

describe('the ledger by unit (for the chart)', () => {
  it('rolls the province up per city, listing cities without disposals as zeros', async () => {
    const leader = await t.login('leader');
    const body = (await leader.get(`/api/ledger/by-unit?${MARCH}`)).json();
    expect(body.unit.name).toBe('四川省市场监督管理局');
    const byName = new Map(body.items.map((i: { unitName: string }) => [i.unitName, i]));
    expect(body.items.length).toBe(21);
    expect(byName.get('成都市市场监督管理局')).toMatchObject({
      total: 1,
      closed: 1,
      overdue: 0,
      fiveInPlaceComplete: 1,
      byStep: { riskControl: 1, causeInvestigation: 1, rectification: 1, penalty: 1, disclosure: 1 },
    });
    expect(byName.get('自贡市市场监督管理局')).toMatchObject({ total: 1, closed: 0, overdue: 1, fiveInPlaceComplete: 0, byStep: { riskControl: 1, causeInvestigation: 0 } });
    expect(byName.get('乐山市市场监督管理局')).toMatchObject({ total: 1, overdue: 1 });
    expect(byName.get('绵阳市市场监督管理局')).toMatchObject({ total: 0, closed: 0, overdue: 0 });
    // A provincial division sees the province the same way (within its disposal scope).
    const fromDivision = (await sampling.get(`/api/ledger/by-unit?${MARCH}`)).json();
    expect(fromDivision.items).toEqual(body.items);
  });

  it('rolls a city up per county', async () => {
    const body = (await chengdu.get(`/api/ledger/by-unit?${FEB_TO_APRIL}`)).json();
    expect(body.unit.name).toBe('成都市市场监督管理局');
    const byName = new Map(body.items.map((i: { unitName: string }) => [i.unitName, i]));
    expect(byName.get('成都市武侯区市场监督管理局')).toMatchObject({ total: 2, closed: 1, overdue: 1, fiveInPlaceComplete: 1 });
    expect(byName.get('成都市锦江区市场监督管理局')).toMatchObject({ total: 1, closed: 0, overdue: 1, fiveInPlaceComplete: 0 });
    expect(body.items.reduce((n: number, i: { total: number }) => n + i.total, 0)).toBe(3);
    // Drilling down from the province to a city gives the same counts.
    const leader = await t.login('leader');
    const drilled = (await leader.get(`/api/ledger/by-unit?${FEB_TO_APRIL}&ownerUnitId=${unitIdForRegion('510100')}`)).json();
    expect(drilled.items).toEqual(body.items);
  });

  it('shows a county its own bar, even when empty', async () => {
    const own = (await wuhou.get(`/api/ledger/by-unit?${FEB_TO_APRIL}`)).json();
    expect(own.items).toHaveLength(1);
    expect(own.items[0]).toMatchObject({ unitName: '成都市武侯区市场监督管理局', total: 2, closed: 1 });
    const empty = (await wuhou.get('/api/ledger/by-unit?periodFrom=2023-05-01&periodTo=2023-05-31')).json();
    expect(empty.items).toMatchObject([{ unitName: '成都市武侯区市场监督管理局', total: 0 }]);
  });
});

describe('the ledger export (xlsx)', () => {
  async function download(client: TestClient, query: string) {
    const res = await t.app.inject({ method: 'GET', url: `/api/ledger/export.xlsx?${query}`, headers: { cookie: client.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('不合格食品核查处置台账'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return workbook.worksheets[0];
  }

  it('has the officials\' layout: merged title, frozen header, one row per disposal, totals', async () => {
    const sheet = await download(chengdu, FEB_TO_APRIL);
    expect(sheet.getCell('A1').value).toBe('成都市市场监督管理局不合格食品核查处置台账（2023-02-01至2023-04-30）');
    expect(sheet.getCell('Q1').isMerged).toBe(true);
    expect(sheet.getCell('Q1').master.address).toBe('A1');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      ...['序号', '抽样编号', '食品名称', '被抽样单位', '标称生产企业', '不合格项目', '承办单位', '收到结论日期', '处置期限'],
      ...['风险控制', '原因排查', '整改落实', '行政处罚', '信息公开', '五个到位', '状态', '备注'],
    ]);
    expect(sheet.getColumn(2).width).toBeGreaterThan(15);
    expect(sheet.rowCount).toBe(2 + 3 + 1);
    const closed = sheet.getRow(4);
    expect(closed.getCell(1).value).toBe(2);
    expect(closed.getCell(2).value).toBe('DBJ2551000028300101');
    expect(closed.getCell(6).value).toBe('毒死蜱 0.12mg/kg（≤0.02）；克百威 0.05mg/kg（≤0.02）');
    expect(closed.getCell(8).value).toBe('2023-03-01');
    expect(closed.getCell(10).value).toBe('到位（2023-03-03）');
    expect(closed.getCell(13).value).toBe('到位（2023-04-10）\n武市监罚〔2023〕88号');
    expect(closed.getCell(15).value).toBe('到位');
    expect(closed.getCell(16).value).toBe('已结案');
    const open = sheet.getRow(3);
    expect(open.getCell(2).value).toBe('LEDGER-0002');
    expect(open.getCell(10).value).toBe('未到位');
    expect(open.getCell(16).value).toBe('待处置（逾期）');
    const footer = sheet.getRow(6);
    expect(footer.getCell(1).value).toBe('合计：3件');
    expect(footer.getCell('I').master.address).toBe('A6');
    expect([10, 11, 12, 13, 14, 15].map((c) => footer.getCell(c).value)).toEqual(['到位1件', '到位1件', '到位1件', '到位1件', '到位1件', '到位1件']);
    expect(footer.getCell(16).value).toBe('已结案1件，逾期2件');
  });

  it('exports exactly the filtered, scoped rows', async () => {
    const sheet = await download(sampling, `${MARCH}&fiveInPlace=incomplete`);
    expect(sheet.getCell('A1').value).toBe('四川省市场监督管理局食品安全抽检监测处不合格食品核查处置台账（2023-03-01至2023-03-31）');
    expect(sheet.rowCount).toBe(2 + 3 + 1);
    expect(sheet.getRow(6).getCell(1).value).toBe('合计：3件');
    const empty = await download(mianyang, FEB_TO_APRIL);
    expect(empty.rowCount).toBe(3);
    expect(empty.getRow(3).getCell(1).value).toBe('合计：0件');
  });

  it('reads the rows in keyset pages without losing or repeating one', async () => {
    const [unit] = await t.database.db.select().from(orgUnits).where(eq(orgUnits.id, unitIdForRegion('510100')));
    const user = {
      id: chengdu.me.id,
      username: 'city-510100',
      displayName: '成都',
      unit: { id: unit.id, name: unit.name, kind: unit.kind, regionCode: unit.regionCode, path: unit.path, businesses: [] },
      roles: chengdu.me.roles,
      mustChangePassword: false,
      scope: { pathPrefix: unit.path },
      sessionId: '',
      csrfToken: '',
    } satisfies SessionUser;
    const chunks: Buffer[] = [];
    for await (const chunk of await exportLedger(t.database.db, user, { periodFrom: '2023-02-01', periodTo: '2023-04-30' }, { batch: 1 })) chunks.push(chunk as Buffer);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect([3, 4, 5].map((r) => sheet.getRow(r).getCell(2).value)).toEqual(['LEDGER-0002', 'DBJ2551000028300101', 'LEDGER-0001']);
    expect(sheet.getRow(6).getCell(1).value).toBe('合计：3件');
  });
});
