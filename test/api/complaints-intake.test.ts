import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { complaints, workItems } from '../../src/db/schema/index.js';
import { unitIdForRegion } from '../../src/modules/org/seed-organisation.js';
import { deadlineFor } from '../../src/modules/deadlines/deadline-service.js';

let t: TestApp;
let center: TestClient;
let wuhou: TestClient;
let chengdu: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  [center, wuhou, chengdu] = await Promise.all(['div-complaints', 'county-510107', 'city-510100'].map((u) => t.login(u)));
}, 120_000);
afterAll(() => t.close());

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('转办件');
  sheet.addRow(['四川省12345政务服务便民热线转办件清单']);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('the 12345 import', () => {
  it('imports by header alias, merges repeats and rejects bad rows with their sheet rows', async () => {
    const bytes = await workbook([
      ['工单编号', '诉求类型', '来电人', '来电号码', '事发地址', '被反映单位', '工单内容', '办理时限', '来电时间'],
      ['IMP-001', '投诉', '陈一', '13012340001', '四川省成都市武侯区科华北路1号', '导入店甲', '买到过期牛奶', '2099-01-10 18:00', '2026-12-01 09:30'],
      ['IMP-002', '举报', '', '', '四川省乐山市市中区嘉州大道3号', '导入店乙', '无证生产豆腐', '2099-01-12', '2026-12-02'],
      ['IMP-001', '投诉', '陈一', '13012340001', '四川省成都市武侯区科华北路1号', '导入店甲', '同一工单再次导出', '2099-01-10 18:00', '2026-12-01 09:30'],
      ['IMP-003', '咨询求助', '陈一', '13012340001', '四川省成都市武侯区科华北路1号', '导入店甲', '再次反映过期牛奶', '', '2026-12-03 10:00'],
      ['IMP-004', '投诉', '王五', '13012340005', '四川省成都市武侯区', '导入店丙', '', '', ''],
      ['IMP-005', '表扬', '王六', '13012340006', '四川省成都市武侯区', '导入店丁', '服务很好', '', ''],
      ['IMP-006', '投诉', '王七', '13012340007', '四川省成都市武侯区', '导入店戊', '日期错误', '2026-02-30', ''],
    ]);
    const res = await t.upload(center, '/api/complaints/import', { name: '12345转办件.xlsx', bytes });
    expect(res.statusCode, res.body).toBe(202);
    const job = res.json();
    expect(job).toMatchObject({ status: 'done', progress: 100, summary: { rows: 7, imported: 2, merged: 2, rejected: 3, headerRow: 2 } });
    expect(job.summary.mergedRows.map((r: { row: number }) => r.row)).toEqual([5, 6]);
    expect(job.summary.errors.map((e: { row: number }) => e.row)).toEqual([7, 8, 9]);
    expect(job.summary.errors[0].message).toContain('诉求内容');
    expect(job.summary.mapping).toMatchObject({ hotlineNo: '工单编号', description: '工单内容' });
    // Polled like the sample import; in the importing unit's line only.
    expect((await center.get(`/api/complaints/imports/${job.id}`)).json()).toMatchObject({ id: job.id, status: 'done' });
    expect((await chengdu.get(`/api/complaints/imports/${job.id}`)).statusCode).toBe(404);

    const [first] = await t.database.db.select().from(complaints).where(eq(complaints.hotlineNo, 'IMP-001'));
    expect(first).toMatchObject({ channel: 'hotline', intake: 'import', handlerUnitId: unitIdForRegion('510107'), kind: 'complaint', duplicateCount: 1 });
    expect(first.hotlineDueAt?.toISOString()).toBe('2099-01-10T10:00:00.000Z');
    expect(first.receivedAt.toISOString()).toBe('2026-12-01T01:30:00.000Z');
    const [report] = await t.database.db.select().from(complaints).where(eq(complaints.hotlineNo, 'IMP-002'));
    expect(report).toMatchObject({ kind: 'report', anonymous: true, handlerUnitId: unitIdForRegion('511102') });
    // The rules and calendar read once for the file give each row the deadline a single intake computes.
    expect(first.acceptDueAt?.toISOString()).toBe((await deadlineFor(t.database.db, 'complaint.accept', first.receivedAt)).due.toISOString());
    expect(report.acceptDueAt?.toISOString()).toBe((await deadlineFor(t.database.db, 'report.handle', report.receivedAt)).due.toISOString());
    expect(first.acceptDueAt?.toISOString()).toBe('2026-12-10T15:59:59.999Z');
    const list = (await wuhou.get('/api/complaints?q=导入店甲')).json();
    expect(list.total).toBe(1);
  });

  it('fails a file without the layout and keeps nothing', async () => {
    const before = (await t.database.db.select().from(complaints)).length;
    const bytes = await workbook([['姓名', '年龄'], ['张三', '30']]);
    const res = await t.upload(center, '/api/complaints/import', { name: 'x.xlsx', bytes });
    expect(res.json()).toMatchObject({ status: 'failed' });
    expect(res.json().error).toContain('表头');
    expect((await t.database.db.select().from(complaints)).length).toBe(before);
    expect((await t.upload(center, '/api/complaints/import', { name: 'x.txt', bytes })).statusCode).toBe(400);
  });
});

describe('the portal complaint form', () => {
  const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/public/complaints', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, payload: new URLSearchParams(fields).toString() });
  const token = async (url = '/public/complaints') => /name="token" value="([^"]+)"/.exec((await t.app.inject({ method: 'GET', url })).body)![1];

  it('serves a script-free form under the portal CSP', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/public/complaints' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.body).not.toContain('<script');
    expect(res.body).toContain('name="token"');
  });

  it('takes a complaint, shows its tracking number, routes it to the county inbox; the query page shows its status', async () => {
    const fields = { kind: 'complaint', name: '林一', phone: '13512345678', city: '510100', address: '成都市武侯区人民南路4段1号', enterpriseName: '门户测试店', foodName: '面包' };
    // Markup is refused with the field's message and the form kept; nothing is stored.
    const before = (await t.database.db.select().from(complaints)).length;
    const script = await form({ ...fields, token: await token(), description: '<script>alert(1)</script>面包发霉，要求退款' });
    expect(script.statusCode).toBe(400);
    expect(script.body).toContain('网页代码');
    expect(script.body).not.toContain('<script>alert(1)');
    expect((await t.database.db.select().from(complaints)).length).toBe(before);
    const res = await form({ ...fields, token: await token(), description: '面包发霉，要求退款，店家不予处理' });
    expect(res.statusCode, res.body).toBe(201);
    const trackingNo = /data-testid="tracking-no">([A-Z0-9]+)</.exec(res.body)![1];
    const [row] = await t.database.db.select().from(complaints).where(eq(complaints.trackingNo, trackingNo));
    expect(row).toMatchObject({ channel: 'portal', handlerUnitId: unitIdForRegion('510107'), description: '面包发霉，要求退款，店家不予处理' });
    const items = await t.database.db.select().from(workItems).where(eq(workItems.subjectId, row.id));
    expect(items).toMatchObject([{ kind: 'complaint_accept', ownerUnitId: unitIdForRegion('510107'), status: 'open' }]);

    const query = (fields: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/public/complaints/query', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString() });
    const wrong = await query({ token: await token('/public/complaints/query'), trackingNo, phoneLast4: '0000' });
    expect(wrong.statusCode).toBe(404);
    const ok = await query({ token: await token('/public/complaints/query'), trackingNo, phoneLast4: '5678' });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('已收到，正在审查是否受理');
    expect(ok.body).not.toContain('13512345678');
    expect(ok.body).not.toContain('<script>alert');
  });

  it('refuses a missing or forged token, a cross-site post, and bad fields, storing nothing', async () => {
    const before = (await t.database.db.select().from(complaints)).length;
    const fields = { kind: 'complaint', phone: '13512345679', address: '成都市武侯区', description: '这是一段足够长的描述内容' };
    expect((await form(fields)).statusCode).toBe(400);
    expect((await form({ ...fields, token: 'abc.def.ghi' })).statusCode).toBe(400);
    expect((await form({ ...fields, token: await token() }, { origin: 'https://evil.example' })).statusCode).toBe(400);
    const bad = await form({ ...fields, token: await token(), description: '太短' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('至少10个字');
    expect((await t.database.db.select().from(complaints)).length).toBe(before);
  });

  it('limits how often one client may submit', async () => {
    let limited = 0;
    for (let i = 0; i < 12; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/public/complaints', remoteAddress: '203.0.113.9', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'kind=complaint' });
      if (res.statusCode === 429) limited++;
    }
    expect(limited).toBeGreaterThan(0);
  });
});
