import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { auditLog, complaints, workItems } from '../../src/db/schema/index.js';
import { unitIdForRegion, unitIdForSlug } from '../../src/modules/org/seed-organisation.js';
import { toLocalDate } from '../../src/domain/time.js';

let t: TestApp;
let center: TestClient;
let wuhou: TestClient;
let chengdu: TestClient;
let leshanCity: TestClient;
let shizhong: TestClient;
let admin: TestClient;

const WUHOU = unitIdForRegion('510107');
const CENTER = unitIdForSlug('complaints');

const complaint = (extra: Record<string, unknown> = {}) => ({
  channel: 'phone',
  kind: 'complaint',
  complainantName: '张三丰',
  complainantPhone: '13812345678',
  address: '四川省成都市武侯区科华北路1号',
  enterpriseName: '测试武侯食品店',
  foodName: '月饼',
  description: '月饼过期仍在销售',
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  [center, wuhou, chengdu, leshanCity, shizhong, admin] = await Promise.all(
    ['div-complaints', 'county-510107', 'city-510100', 'city-511100', 'county-511102', 'admin'].map((u) => t.login(u)),
  );
}, 120_000);
afterAll(() => t.close());

describe('routing by address', () => {
  it('sends a complaint to the county bureau of its address, with an acceptance item due in 7 working days', async () => {
    const res = await center.post('/api/complaints', complaint());
    expect(res.statusCode, res.body).toBe(201);
    const detail = (await wuhou.get(`/api/complaints/${res.json().id}`)).json();
    expect(detail).toMatchObject({ status: 'received', handlerUnit: { id: WUHOU }, regionCode: '510107', kind: 'complaint' });
    const [item] = await t.database.db.select().from(workItems).where(and(eq(workItems.subjectId, res.json().id), eq(workItems.kind, 'complaint_accept')));
    expect(item.ownerUnitId).toBe(WUHOU);
    expect(item.dueAt?.toISOString()).toBe(detail.acceptDueAt);
  });

  it('settles 市中区 by the city in the address, and sends it to 投诉举报中心 without one', async () => {
    const leshan = (await center.post('/api/complaints', complaint({ address: '四川省乐山市市中区嘉州大道3号', complainantPhone: '13900000001', enterpriseName: '乐山测试店' }))).json();
    expect((await center.get(`/api/complaints/${leshan.id}`)).json()).toMatchObject({ handlerUnit: { id: unitIdForRegion('511102') }, regionCode: '511102' });
    const neijiang = (await center.post('/api/complaints', complaint({ address: '内江市市中区玉溪路12号', complainantPhone: '13900000002', enterpriseName: '内江测试店' }))).json();
    expect((await center.get(`/api/complaints/${neijiang.id}`)).json()).toMatchObject({ handlerUnit: { id: unitIdForRegion('511002') } });
    const unclear = (await center.post('/api/complaints', complaint({ address: '市中区人民路18号', complainantPhone: '13900000003', enterpriseName: '某小吃店' }))).json();
    const detail = (await center.get(`/api/complaints/${unclear.id}`)).json();
    expect(detail).toMatchObject({ handlerUnit: { id: CENTER }, regionCode: null });
    expect(detail.routingNote).toContain('市中区');
    expect(detail.actions).toContain('reassign');
    // The city chosen with the complaint settles it.
    const chosen = (await center.post('/api/complaints', complaint({ address: '市中区人民路18号', cityCode: '511100', complainantPhone: '13900000004', enterpriseName: '另一小吃店' }))).json();
    expect((await center.get(`/api/complaints/${chosen.id}`)).json()).toMatchObject({ handlerUnit: { id: unitIdForRegion('511102') } });
  });

  it('lets 投诉举报中心 reassign, moving the open item to the new unit; a bureau may not', async () => {
    const created = (await center.post('/api/complaints', complaint({ address: '市中区滨河路1号', complainantPhone: '13900000005', enterpriseName: '待转办店' }))).json();
    const before = (await center.get(`/api/complaints/${created.id}`)).json();
    const refused = await wuhou.post(`/api/complaints/${created.id}/reassign`, { version: before.version, unitId: WUHOU });
    expect(refused.statusCode).toBe(404); // not in 武侯区's scope at all
    const res = await center.post(`/api/complaints/${created.id}/reassign`, { version: before.version, unitId: unitIdForRegion('511102'), note: '经电话核实为乐山市市中区' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().handlerUnit.id).toBe(unitIdForRegion('511102'));
    const items = await t.database.db.select().from(workItems).where(eq(workItems.subjectId, created.id));
    expect(items.map((i) => [i.ownerUnitId, i.status]).sort()).toEqual([[CENTER, 'cancelled'], [unitIdForRegion('511102'), 'open']].sort());
    expect((await shizhong.get(`/api/complaints/${created.id}`)).statusCode).toBe(200);
  });
});

describe('duplicates', () => {
  it('merges the same complainant and enterprise within 7 days, counting it once', async () => {
    const first = (await wuhou.post('/api/complaints', complaint({ complainantPhone: '13711112222', enterpriseName: '重复测试店' }))).json();
    const second = await wuhou.post('/api/complaints', complaint({ complainantPhone: '137 1111 2222', enterpriseName: '重复测试店', description: '又去看了，还是过期' }));
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ result: 'merged', mergedIntoId: first.id });
    const list = (await wuhou.get('/api/complaints?q=重复测试店')).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ id: first.id, duplicateCount: 1 });
    const detail = (await wuhou.get(`/api/complaints/${first.id}`)).json();
    expect(detail.duplicates.map((d: { id: string }) => d.id)).toEqual([second.json().id]);
    // A week later it is a new complaint.
    const later = await wuhou.post('/api/complaints', complaint({ complainantPhone: '13711112222', enterpriseName: '重复测试店', receivedAt: new Date(Date.now() - 9 * 86_400_000).toISOString() }));
    expect(later.json().result).toBe('created');
  });

  it('stores a 12345 number once: the same transfer again answers the first record', async () => {
    const first = await center.post('/api/complaints', complaint({ channel: 'hotline', hotlineNo: 'SC12345-0001', complainantPhone: '13600000001', enterpriseName: '热线店' }));
    expect(first.json().result).toBe('created');
    const again = await center.post('/api/complaints', complaint({ channel: 'hotline', hotlineNo: 'SC12345-0001', complainantPhone: '13600000009', enterpriseName: '别的店' }));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ result: 'duplicate', id: first.json().id, trackingNo: first.json().trackingNo });
    expect(await t.database.db.select().from(complaints).where(eq(complaints.hotlineNo, 'SC12345-0001'))).toHaveLength(1);
  });
});

describe('deadlines on the statutory calendar', () => {
  it('counts 7 working days to accept across the National Day holiday and its make-up Saturday', async () => {
    const res = await wuhou.post('/api/complaints', complaint({ complainantPhone: '13500000001', enterpriseName: '国庆店', receivedAt: '2026-09-30T10:00:00+08:00' }));
    const detail = (await wuhou.get(`/api/complaints/${res.json().id}`)).json();
    // 10/1–7 holidays; 10/8, 10/9, 10/10 (make-up), 10/12–10/15.
    expect(detail.acceptDueAt).toBe('2026-10-15T15:59:59.999Z');
    expect(detail.overdue).toBe(true);
  });

  it('keeps the deadline a 12345 transfer carries for its handling', async () => {
    const res = await center.post('/api/complaints', complaint({ channel: 'hotline', hotlineNo: 'SC12345-0002', hotlineDueAt: '2099-01-05T18:00:00+08:00', complainantPhone: '13500000002', enterpriseName: '时限店' }));
    const detail = (await wuhou.get(`/api/complaints/${res.json().id}`)).json();
    const accepted = await wuhou.post(`/api/complaints/${res.json().id}/accept`, { version: detail.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', dueAt: '2099-01-05T10:00:00.000Z' });
    const [item] = await t.database.db.select().from(workItems).where(and(eq(workItems.subjectId, res.json().id), eq(workItems.kind, 'complaint_handle')));
    expect(item.dueAt?.toISOString()).toBe('2099-01-05T10:00:00.000Z');
  });
});

describe('personal data', () => {
  let id: string;
  beforeAll(async () => {
    id = (await center.post('/api/complaints', complaint({ complainantName: '欧阳娜娜', complainantPhone: '13699998888', enterpriseName: '隐私店' }))).json().id;
  });

  it('is encrypted at rest and masked in lists and details for everyone', async () => {
    const [row] = await t.database.db.select().from(complaints).where(eq(complaints.id, id));
    expect(JSON.stringify(row)).not.toContain('13699998888');
    expect(JSON.stringify(row)).not.toContain('欧阳娜娜');
    const detail = (await wuhou.get(`/api/complaints/${id}`)).json();
    expect(detail.complainant).toEqual({ name: '欧***', phone: '136****8888' });
    const list = await chengdu.get('/api/complaints?regionCode=510107');
    expect(list.body).not.toContain('13699998888');
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(JSON.stringify(audit)).not.toContain('13699998888');
  });

  it('is revealed to the handling unit only, and each reveal is audited', async () => {
    expect((await wuhou.get(`/api/complaints/${id}`)).json().actions).toContain('reveal');
    expect((await chengdu.get(`/api/complaints/${id}`)).json().actions).not.toContain('reveal');
    const refused = await chengdu.post(`/api/complaints/${id}/reveal`, {});
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('COMPLAINT_PERSONAL_DATA_HIDDEN');
    const res = await wuhou.post(`/api/complaints/${id}/reveal`, { reason: '电话联系投诉人' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ name: '欧阳娜娜', phone: '13699998888' });
    const reveals = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'complaint.reveal')));
    expect(reveals).toHaveLength(1);
    expect(reveals[0].actorUsername).toBe('county-510107');
    expect(JSON.stringify(reveals[0].after)).not.toContain('13699998888');
  });

  it('reaches the 12345 feedback export only for the rows the exporting unit handles', async () => {
    const res = await center.post('/api/complaints', complaint({ channel: 'hotline', hotlineNo: 'SC12345-0100', complainantName: '钱多多', complainantPhone: '13011112222', enterpriseName: '导出店' }));
    expect(res.statusCode).toBe(201);
    const ExcelJS = (await import('exceljs')).default;
    const cells = async (client: TestClient) => {
      const file = await client.get('/api/complaints/feedback.xlsx');
      expect(file.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
      const rows: string[] = [];
      book.worksheets[0].eachRow((r) => rows.push(JSON.stringify(r.values)));
      return rows.join('\n');
    };
    const handled = await cells(wuhou);
    expect(handled).toContain('SC12345-0100');
    expect(handled).toContain('13011112222');
    const above = await cells(chengdu);
    expect(above).toContain('SC12345-0100');
    expect(above).not.toContain('13011112222');
    expect(above).not.toContain('钱多多');
  });

  it('refuses HTML or script in a description, with the field named, and stores nothing', async () => {
    const before = (await center.get('/api/complaints')).json().total;
    const res = await center.post('/api/complaints', complaint({ complainantPhone: '13400000001', enterpriseName: '脚本店', description: '<script>alert(1)</script><b>x</b>' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.description).toMatch(/网页代码/);
    expect((await center.get('/api/complaints')).json().total).toBe(before);
    // A less-than sign in words is text, not markup.
    const plain = await center.post('/api/complaints', complaint({ complainantPhone: '13400000002', enterpriseName: '冷柜店', description: '冷柜温度<4℃的标示不实' }));
    expect(plain.statusCode, plain.body).toBe(201);
    expect((await wuhou.get(`/api/complaints/${plain.json().id}`)).json().description).toBe('冷柜温度<4℃的标示不实');
  });
});

describe('scope', () => {
  it('a city-510100 user gets 404 on another city\'s complaint and cannot act on it', async () => {
    const leshan = (await center.post('/api/complaints', complaint({ address: '四川省乐山市市中区嘉州大道9号', complainantPhone: '13300000001', enterpriseName: '乐山范围店' }))).json();
    expect((await leshanCity.get(`/api/complaints/${leshan.id}`)).statusCode).toBe(200);
    expect((await chengdu.get(`/api/complaints/${leshan.id}`)).statusCode).toBe(404);
    expect((await chengdu.post(`/api/complaints/${leshan.id}/accept`, { version: 1 })).statusCode).toBe(404);
    expect((await chengdu.post(`/api/complaints/${leshan.id}/reveal`, {})).statusCode).toBe(404);
    const list = (await chengdu.get('/api/complaints?pageSize=200')).json();
    expect(list.items.every((c: { regionCode: string | null }) => c.regionCode?.startsWith('5101'))).toBe(true);
    expect((await chengdu.get('/api/complaints?regionCode=511102')).json().total).toBe(0);
  });
});

describe('outcomes', () => {
  it('not accepted with a reason, then answered', async () => {
    const id = (await wuhou.post('/api/complaints', complaint({ complainantPhone: '13200000001', enterpriseName: '不受理店' }))).json().id;
    const rejected = await wuhou.post(`/api/complaints/${id}/reject`, { version: 1, reason: '不属于本部门职责' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', outcomeName: '不予受理', outcomeNote: '不属于本部门职责' });
    const replied = await wuhou.post(`/api/complaints/${id}/reply`, { version: rejected.json().version, text: '已告知向有关部门反映' });
    expect(replied.json().replyText).toBe('已告知向有关部门反映');
    const items = await t.database.db.select().from(workItems).where(eq(workItems.subjectId, id));
    expect(items.every((i) => i.status !== 'open')).toBe(true);
  });

  it('verified into a case: the case names the complaint, the complaint links the case', async () => {
    const created = (await wuhou.post('/api/complaints', complaint({ kind: 'report', complainantPhone: '13200000002', enterpriseName: '立案店' }))).json();
    const accepted = (await wuhou.post(`/api/complaints/${created.id}/accept`, { version: 1 })).json();
    const res = await wuhou.post(`/api/complaints/${created.id}/case`, { version: accepted.version, title: '涉嫌销售过期食品', partyName: '立案店', facts: '经核查属实' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'closed', outcome: 'case', case: { id: expect.any(String) } });
    const kase = (await wuhou.get(`/api/cases/${res.json().case.id}`)).json();
    expect(kase).toMatchObject({ source: 'complaint', complaintRef: created.trackingNo });
  });

  it('verified into a targeted sampling suggestion for 抽检监测处', async () => {
    const created = (await wuhou.post('/api/complaints', complaint({ complainantPhone: '13200000003', enterpriseName: '建议店' }))).json();
    const accepted = (await wuhou.post(`/api/complaints/${created.id}/accept`, { version: 1 })).json();
    const res = await wuhou.post(`/api/complaints/${created.id}/close`, { version: accepted.version, outcome: 'suggestion', suggestion: { title: '月饼专项抽检', content: '多起投诉反映过期月饼' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'closed', outcome: 'suggestion', suggestionId: expect.any(String) });
  });
});

describe('intake keys and the Open311 API', () => {
  const post = (key: string | undefined, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', headers: { ...(key ? { 'x-api-key': key } : {}), ...headers }, payload: payload as object });
  const body = { service_code: 'food_complaint', description: '散装白酒无标签', address_string: '四川省成都市武侯区人民南路4段', phone: '13100000001', last_name: '周', hotline_no: 'SC12345-9001', hotline_due: '2099-01-01T18:00:00+08:00' };
  const count = async () => (await t.database.db.select().from(complaints)).length;

  it('lists the services without a key', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/open311/v2/services.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().map((s: { service_code: string }) => s.service_code)).toEqual(['food_complaint', 'food_report']);
  });

  it('creates a key for administrators only, shows it once, and stores only its hash', async () => {
    expect((await center.post('/api/intake-keys', { name: '12345' })).statusCode).toBe(403);
    const res = await admin.post('/api/intake-keys', { name: '12345' });
    expect(res.statusCode).toBe(201);
    const { id, key } = res.json();
    const list = await admin.get('/api/intake-keys');
    expect(list.body).not.toContain(key);
    expect(JSON.stringify(await t.database.db.select().from((await import('../../src/db/schema/index.js')).intakeKeys))).not.toContain(key);

    const before = await count();
    expect((await post(undefined, body)).statusCode).toBe(401);
    expect((await post('jjld_wrong', body)).statusCode).toBe(401);
    expect((await post(undefined, { junk: true })).statusCode).toBe(401);
    expect(await count()).toBe(before);

    const unknown = await post(key, { ...body, service_code: 'parking' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('INTAKE_SERVICE_UNKNOWN');
    const huge = await post(key, { ...body, description: 'x'.repeat(40_000) });
    expect(huge.statusCode).toBe(413);
    expect(await count()).toBe(before);

    const script = await post(key, { ...body, description: '<img src=x onerror=alert(1)>散装白酒无标签' });
    expect(script.statusCode).toBe(400);
    expect(await count()).toBe(before);

    const created = await post(key, body, { 'x-request-id': 'req-1' });
    expect(created.statusCode, created.body).toBe(201);
    const [{ service_request_id }] = created.json();
    expect(await count()).toBe(before + 1);
    const replay = await post(key, body, { 'x-request-id': 'req-1' });
    expect(replay.statusCode).toBe(200);
    expect(replay.json()[0].service_request_id).toBe(service_request_id);
    const sameOrder = await post(key, { ...body, description: '再次转办' });
    expect(sameOrder.json()[0].service_request_id).toBe(service_request_id);
    expect(await count()).toBe(before + 1);

    const status = await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${service_request_id}.json`, headers: { 'x-api-key': key } });
    expect(status.statusCode, status.body).toBe(200);
    expect(status.json()[0]).toMatchObject({ service_request_id, status: 'open', agency_responsible: expect.stringContaining('武侯') });
    expect((await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${service_request_id}.json` })).statusCode).toBe(401);
    const stored = (await wuhou.get(`/api/complaints?q=${service_request_id}`)).json().items[0];
    expect(stored).toMatchObject({ channel: 'hotline', hotlineNo: 'SC12345-9001' });
    expect((await wuhou.get(`/api/complaints/${stored.id}`)).json().description).toBe(body.description);

    const revoke = await t.app.inject({ method: 'DELETE', url: `/api/intake-keys/${id}`, headers: { cookie: admin.cookie } });
    expect(revoke.statusCode).toBe(204);
    expect((await post(key, { ...body, hotline_no: 'SC12345-9002' })).statusCode).toBe(401);
    expect(await count()).toBe(before + 1);
    expect((await admin.get('/api/intake-keys')).json().items.find((k: { id: string }) => k.id === id).revokedAt).not.toBeNull();
  });

  it('documents the intake API in OpenAPI with its key', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs' })).json();
    expect(doc.paths['/open311/v2/requests.json'].post.security).toEqual([{ intakeKey: [] }]);
    expect(doc.paths['/open311/v2/requests/{id}.json'].get).toBeDefined();
    expect(doc.components.securitySchemes.intakeKey).toMatchObject({ in: 'header', name: 'X-Api-Key' });
  });
});

describe('the 321 briefing pack', () => {
  it('counts the region\'s complaints of the period once each, and each figure equals the list it opens', async () => {
    // Asia/Shanghai's month and day, as the platform counts them (from 16:00 UTC it is already tomorrow there).
    const to = toLocalDate(new Date());
    const month = to.slice(0, 7);
    const res = await wuhou.get(`/api/briefing?regionCode=510107&from=${month}&to=${month}`);
    expect(res.statusCode, res.body).toBe(200);
    const section = res.json().sections.find((s: { key: string }) => s.key === 'complaints');
    expect(section.available).toBe(true);
    const [received, , , , overdue] = section.rows;
    expect(received.value).toBeGreaterThan(0);
    const from = `${month}-01`;
    expect(received.value).toBe((await wuhou.get(`/api/complaints?regionCode=510107&from=${from}&to=${to}`)).json().total);
    expect(received.href).toContain('/complaints');
    expect(overdue.label).toBe('超期未办结');
  });
});

describe('demo data', () => {
  it('holds complaints across the channels and states, made by the use cases', async () => {
    const rows = await t.database.db.select().from(complaints).where(eq(complaints.description, '12345转办：购买的散装白酒无标签，商家拒绝退货。'));
    expect(rows).toMatchObject([{ channel: 'hotline', status: 'accepted', handlerUnitId: unitIdForRegion('511102') }]);
    const all = await t.database.db.select({ channel: complaints.channel, status: complaints.status }).from(complaints);
    for (const channel of ['portal', 'hotline', 'phone', 'letter', 'visit']) expect(all.some((c) => c.channel === channel), channel).toBe(true);
    for (const status of ['received', 'accepted', 'closed', 'rejected', 'merged']) expect(all.some((c) => c.status === status), status).toBe(true);
    const demoAudit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'complaint.receive'));
    expect(demoAudit.some((a) => a.actorUsername === 'demo:投诉举报')).toBe(true);
  });
});
