import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { and, eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { auditLog, disposals, foodCategories, workItems } from '../../src/db/schema/index.js';
import { chineseDate } from '../../src/modules/documents/chinese-date.js';
import { toLocalDate } from '../../src/domain/time.js';

let t: TestApp;
let sampling: TestClient;
let wuhou: TestClient;
let pengzhou: TestClient;
let mianyang: TestClient;
/** DBJ…0101: sampled in 武侯区, nominal producer in 彭州市 (an assist request in Sichuan). */
let local: { id: string; version: number };
/** OUT-0001: sampled in 武侯区, producer in 广东 (an assist letter to send). */
let outside: { id: string };

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const today = () => chineseDate(toLocalDate(new Date()));

/** The text of one part of a .docx (a zip): enough of a reader to check what Word will show. */
function zipEntry(zip: Buffer, name: string): string | null {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) return null;
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    if (entryName === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return null;
}

/** Checks the reply is a Word document and returns its visible text (runs joined). */
function docxText(res: LightMyRequestResponse): string {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe(DOCX);
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
  const bytes = res.rawPayload;
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  const xml = zipEntry(bytes, 'word/document.xml');
  expect(xml).toBeTruthy();
  return xml!.replace(/<[^>]+>/g, '');
}

/** 出具: POST, which takes the number the first time and is audited. */
const issue = (client: TestClient, id: string, kind: string, assistId?: string) =>
  client.post(`/api/disposals/${id}/documents/${kind}`, assistId ? { assistId } : {});
/** Downloads an issued document: GET, which changes nothing. */
const download = (client: TestClient, id: string, kind: string, assistId?: string) =>
  client.get(`/api/disposals/${id}/documents/${kind}${assistId ? `?assistId=${assistId}` : ''}`);

const documentNo = (res: LightMyRequestResponse) => decodeURIComponent(String(res.headers['x-document-no']));
const generated = (id: string) =>
  t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'document.generate'), eq(auditLog.entityId, id)))
    .orderBy(auditLog.seq);

async function importFile(client: TestClient, path: string, fields: Record<string, string>) {
  return (await t.importFile(client, path, fields)).job;
}

const disposalOf = async (client: TestClient, sampleNo: string) => (await client.get(`/api/disposals?sampleNo=${sampleNo}`)).json().items[0];
const detail = async (id: string) => (await wuhou.get(`/api/disposals/${id}`)).json();

async function leaderOf(regionCode: string, username: string) {
  const admin = await t.login('admin');
  const units = (await admin.get('/api/org-units')).json() as { id: string; regionCode: string }[];
  const created = await admin.post('/api/users', { username, displayName: '局长', unitId: units.find((u) => u.regionCode === regionCode)!.id, roles: ['leader'] });
  const first = await t.login(username, created.json().initialPassword);
  await first.post('/api/auth/change-password', { currentPassword: created.json().initialPassword, newPassword: 'Leader#2026' });
  return t.login(username, 'Leader#2026');
}

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
  wuhou = await t.login('county-510107');
  pengzhou = await t.login('county-510182');
  mianyang = await t.login('city-510700');
  const job = await importFile(sampling, 'test/fixtures/imports/national-notice.xlsx', { defaultSamplingDate: '2026-11-20' });
  expect(job.summary.disposalsOpened).toBe(4);
  local = await disposalOf(wuhou, 'DBJ2551000028300101');
  const [category] = await t.database.db.select().from(foodCategories).where(eq(foodCategories.name, '糕点'));
  const created = await sampling.post('/api/samples', {
    sampleNo: 'OUT-0001',
    samplingType: 'supervisory',
    foodName: '蛋黄酥',
    categoryId: category.id,
    link: 'distribution',
    sampledParty: { name: '成都市武侯区某某食品店', address: '四川省成都市武侯区某某路5号' },
    nominalProducer: { name: '广州某某食品有限公司', address: '广东省广州市白云区某某路' },
    samplingDate: '2026-11-20',
    samplers: ['张三', '李四'],
    items: [{ itemName: '脱氢乙酸及其钠盐(以脱氢乙酸计)', resultText: '0.9', limitText: '≤0.5', unit: 'g/kg' }],
  });
  expect(created.statusCode).toBe(201);
  outside = await disposalOf(wuhou, 'OUT-0001');
});
afterAll(() => t.close());

describe('检验结果通知书 (result notice)', () => {
  it('is issued by POST only: a GET before issuing answers 404 and takes no number, writes no audit row', async () => {
    const res = await download(wuhou, local.id, 'resultNotice');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('检验结果通知书尚未出具');
    expect(await generated(local.id)).toEqual([]);
    const listed = (await wuhou.get(`/api/disposals/${local.id}/documents`)).json().items[0];
    expect(listed).toMatchObject({ kind: 'resultNotice', documentNo: null, issued: false });
  });

  it('is a Word document with the sample, the failed items, the unit, its number and the date in Chinese', async () => {
    const res = await issue(wuhou, local.id, 'resultNotice');
    const text = docxText(res);
    expect(documentNo(res)).toMatch(/^武侯市监抽通〔\d{4}〕1号$/);
    expect(text).toContain('DBJ2551000028300101');
    expect(text).toContain('成都市武侯区市场监督管理局');
    expect(text).toContain(documentNo(res));
    expect(text).toContain(today());
    expect(text).toContain('检验结果通知书');
    expect(text).toContain('第八十八条');
    expect(text).toContain('七个工作日');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('检验结果通知书-DBJ2551000028300101.docx');
  });

  it('keeps its number when generated again, and audits every generation', async () => {
    const again = await issue(wuhou, local.id, 'resultNotice');
    expect(documentNo(again)).toMatch(/〔\d{4}〕1号$/);
    const rows = (await generated(local.id)).filter((r) => (r.after as { kind: string }).kind === 'resultNotice');
    expect(rows.map((r) => r.after)).toEqual([
      expect.objectContaining({ kind: 'resultNotice', documentNo: documentNo(again), firstIssue: true }),
      expect.objectContaining({ kind: 'resultNotice', documentNo: documentNo(again), firstIssue: false }),
    ]);
    expect(rows[0].actorUsername).toBe('county-510107');
  });

  it('once issued, downloads by GET with the same number and date, changing nothing', async () => {
    const before = await generated(local.id);
    const res = await download(wuhou, local.id, 'resultNotice');
    expect(docxText(res)).toContain(documentNo(res));
    expect(documentNo(res)).toBe((before[0].after as { documentNo: string }).documentNo);
    expect(await generated(local.id)).toHaveLength(before.length);
    const listed = (await wuhou.get(`/api/disposals/${local.id}/documents`)).json().items[0];
    expect(listed).toMatchObject({ documentNo: documentNo(res), issued: true });
  });

  it('numbers per unit and kind: the next disposal of the unit gets the next number', async () => {
    const res = await issue(wuhou, outside.id, 'resultNotice');
    expect(docxText(res)).toContain('OUT-0001');
    expect(documentNo(res)).toMatch(/^武侯市监抽通〔\d{4}〕2号$/);
  });

  it('gives two officers generating at once the same, single number', async () => {
    const zigong = await t.login('city-510300');
    const d = await disposalOf(zigong, 'DBJ2551000028300102');
    const both = await Promise.all([1, 2].map(() => issue(zigong, d.id, 'resultNotice')));
    expect(both.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(documentNo(both[0])).toBe(documentNo(both[1]));
    expect(documentNo(both[0])).toMatch(/〔\d{4}〕1号$/);
    const rows = await generated(d.id);
    expect(rows.filter((r) => (r.after as { firstIssue: boolean }).firstIssue)).toHaveLength(1);
  });

  it('is answered 404 to another city, and 403 to a unit that reads but does not own the disposal', async () => {
    for (const [kind, assistId] of [['resultNotice'], ['extension'], ['supervision'], ['assistRequest', local.id]]) {
      const res = await issue(mianyang, local.id, kind, assistId);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    const res = await issue(pengzhou, local.id, 'resultNotice');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('检验结果通知书由承办单位出具');
  });

  it('rejects an unknown kind with a field message', async () => {
    const res = await issue(wuhou, local.id, 'nope');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.kind).toBe('未知的文书类型');
  });
});

describe('协查函 (assist request letter)', () => {
  it('goes to the producer\'s bureau in Sichuan, numbered in its own sequence', async () => {
    const assist = (await detail(local.id)).assists[0];
    const before = await issue(pengzhou, local.id, 'assistRequest', assist.id);
    expect(before.statusCode).toBe(409); // the bureau asked cannot number the owner's letter
    const res = await issue(wuhou, local.id, 'assistRequest', assist.id);
    const text = docxText(res);
    expect(documentNo(res)).toMatch(/^武侯市监协〔\d{4}〕1号$/);
    expect(text).toContain('成都市彭州市市场监督管理局：');
    expect(text).toContain('核查');
    expect(text).toContain(today());
    expect((await detail(local.id)).assists[0].documentNo).toBe(documentNo(res));
    // Once numbered, the bureau asked reads the same letter.
    const read = await download(pengzhou, local.id, 'assistRequest', assist.id);
    expect(documentNo(read)).toBe(documentNo(res));
  });

  it('goes to the other province\'s bureau for an out-of-province producer', async () => {
    const assist = (await detail(outside.id)).assists[0];
    const res = await issue(wuhou, outside.id, 'assistRequest', assist.id);
    expect(docxText(res)).toContain('广东省市场监督管理局：');
    expect(documentNo(res)).toMatch(/^武侯市监协〔\d{4}〕2号$/);
  });

  it('needs the assist request, and one of this disposal', async () => {
    expect((await issue(wuhou, local.id, 'assistRequest')).json().error.details.assistId).toBe('请指定协查请求');
    const other = (await detail(outside.id)).assists[0];
    expect((await issue(wuhou, local.id, 'assistRequest', other.id)).statusCode).toBe(404);
  });
});

describe('延期审批表 (extension approval)', () => {
  it('exists only after an approved extension, and carries that approval\'s number', async () => {
    expect((await issue(wuhou, local.id, 'extension')).statusCode).toBe(409);
    const leader = await leaderOf('510107', 'wh.doc.leader');
    const d = await detail(local.id);
    const ok = await leader.post(`/api/disposals/${local.id}/extension`, { version: d.version, days: 30, reason: '标称生产者协查尚未回复', approvedBy: '王局长' });
    expect(ok.statusCode).toBe(200);
    const number = ok.json().extension.documentNo;
    const res = await issue(wuhou, local.id, 'extension');
    const text = docxText(res);
    expect(documentNo(res)).toBe(number);
    expect(text).toContain(number);
    expect(text).toContain('王局长');
    expect(text).toContain('30日');
    expect(text).toContain('标称生产者协查尚未回复');
    expect(text).toContain('DBJ2551000028300101');
    expect(text).toContain(today());
    expect(documentNo(await download(wuhou, local.id, 'extension'))).toBe(number);
  });
});

describe('督办函 (supervision letter)', () => {
  it('is refused before the deadline passes, and to the owner bureau', async () => {
    expect((await issue(sampling, outside.id, 'supervision')).json().error.message).toBe('该核查处置未逾期，无需督办');
    expect((await issue(wuhou, outside.id, 'supervision')).statusCode).toBe(403);
  });

  it('comes from 抽检监测处 or the guiding division once overdue, each with its own number', async () => {
    await t.database.db.update(disposals).set({ dueAt: new Date(Date.now() - 3 * 86_400_000) }).where(eq(disposals.id, outside.id));
    const res = await issue(sampling, outside.id, 'supervision');
    const text = docxText(res);
    expect(documentNo(res)).toMatch(/^川市监抽督〔\d{4}〕1号$/);
    expect(text).toContain('四川省市场监督管理局食品安全抽检监测处');
    expect(text).toContain('成都市武侯区市场监督管理局：');
    expect(text).toContain('OUT-0001');
    expect(text).toContain('已超过办结期限3日');
    expect(text).toContain(today());
    const distribution = await t.login('div-distribution');
    expect(documentNo(await issue(distribution, outside.id, 'supervision'))).toMatch(/^川市监经督〔\d{4}〕1号$/);
    expect(documentNo(await download(sampling, outside.id, 'supervision'))).toBe(documentNo(res));
    const catering = await t.login('div-catering');
    expect((await issue(catering, outside.id, 'supervision')).statusCode).toBe(404);
  });
});

describe('the documents a user may have', () => {
  it('lists exactly what each unit may generate, with the numbers taken so far', async () => {
    const own = (await wuhou.get(`/api/disposals/${local.id}/documents`)).json().items;
    expect(own.map((d: { kind: string }) => d.kind)).toEqual(['resultNotice', 'assistRequest', 'extension']);
    expect(own[0].documentNo).toMatch(/1号$/);
    expect(own[1]).toMatchObject({ addressee: '成都市彭州市市场监督管理局', href: expect.stringContaining('assistId=') });
    const asked = (await pengzhou.get(`/api/disposals/${local.id}/documents`)).json().items;
    expect(asked.map((d: { kind: string }) => d.kind)).toEqual(['assistRequest']);
    const overseer = (await sampling.get(`/api/disposals/${outside.id}/documents`)).json().items;
    expect(overseer.map((d: { kind: string }) => d.kind)).toEqual(['assistRequest', 'supervision']);
    expect((await mianyang.get(`/api/disposals/${local.id}/documents`)).statusCode).toBe(404);
  });
});

describe('协查 replies and letters', () => {
  it('lets the bureau asked reply, which closes its work item', async () => {
    const assist = (await detail(local.id)).assists[0];
    expect((await pengzhou.get('/api/work-items?kind=assist_request')).json().total).toBe(1);
    const short = await pengzhou.post(`/api/assist-requests/${assist.id}/reply`, { version: assist.version, reply: '已核查' });
    expect(short.json().error.details.reply).toContain('不少于10个字');
    // The requesting bureau sees the request (on its disposal) but does not answer it: 403 with the reason.
    const byRequester = await wuhou.post(`/api/assist-requests/${assist.id}/reply`, { version: assist.version, reply: '经核查，该批次产品确为该合作社生产。' });
    expect(byRequester.statusCode).toBe(403);
    expect(byRequester.json().error).toMatchObject({ code: 'ASSIST_ASKED_ONLY', message: '协查由被请求协查的单位回复' });
    const res = await pengzhou.post(`/api/assist-requests/${assist.id}/reply`, { version: assist.version, reply: '经核查，该批次芹菜确为该合作社种植，已责令其整改并立案调查。' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'replied', version: assist.version + 1, repliedAt: expect.any(String) });
    expect((await pengzhou.get('/api/work-items?kind=assist_request')).json().total).toBe(0);
    const again = await pengzhou.post(`/api/assist-requests/${assist.id}/reply`, { version: assist.version + 1, reply: '补充说明：企业已完成整改。' });
    expect(again.statusCode).toBe(409);
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'assist.reply'), eq(auditLog.entityId, local.id)));
    expect(audit).toMatchObject({ entityType: 'disposal', actorUsername: 'county-510182', after: expect.objectContaining({ assistRequestId: assist.id, status: 'replied' }) });
  });

  it('records an out-of-province letter as sent with the generated number, closing the letter item', async () => {
    const assist = (await detail(outside.id)).assists[0];
    const open = () => t.database.db.select({ n: sql<number>`count(*)::int` }).from(workItems).where(and(eq(workItems.subjectId, assist.id), eq(workItems.kind, 'assist_letter'), eq(workItems.status, 'open')));
    expect((await open())[0].n).toBe(1);
    expect((await mianyang.post(`/api/assist-requests/${assist.id}/letter-sent`, { version: assist.version })).statusCode).toBe(404);
    const res = await wuhou.post(`/api/assist-requests/${assist.id}/letter-sent`, { version: assist.version, sentOn: '2026-11-29' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ documentNo: assist.documentNo, status: 'requested' });
    expect((await open())[0].n).toBe(0);
    expect((await wuhou.post(`/api/assist-requests/${assist.id}/letter-sent`, { version: res.json().version })).statusCode).toBe(409);
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'assist.letterSent'), eq(auditLog.entityId, outside.id)));
    expect(audit.after).toMatchObject({ documentNo: assist.documentNo, sentOn: '2026-11-29', to: '广东' });
  });

  it('has no letter to send for a request inside Sichuan', async () => {
    const assist = (await detail(local.id)).assists[0];
    const res = await wuhou.post(`/api/assist-requests/${assist.id}/letter-sent`, { version: assist.version });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('省内协查通过平台办理，无需寄送协查函');
  });
});
