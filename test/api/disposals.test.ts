import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { auditLog, disposals, foodCategories, workItems } from '../../src/db/schema/index.js';

let t: TestApp;
let sampling: TestClient;
let wuhou: TestClient;

async function importFile(client: TestClient, path: string, fields: Record<string, string>) {
  return (await t.importFile(client, path, fields)).job;
}

const disposalOf = async (client: TestClient, sampleNo: string) => (await client.get(`/api/disposals?sampleNo=${sampleNo}`)).json().items[0];

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
  wuhou = await t.login('county-510107');
  const job = await importFile(sampling, 'test/fixtures/imports/national-notice.xlsx', { defaultSamplingDate: '2026-11-20' });
  expect(job.summary.disposalsOpened).toBe(4);
});
afterAll(() => t.close());

describe('a disposal opens with every unqualified result', () => {
  it('routes it to the county bureau of the sampled party, with the legal deadline and six steps', async () => {
    const d = await disposalOf(wuhou, 'DBJ2551000028300101');
    expect(d).toMatchObject({ sampleNo: 'DBJ2551000028300101', status: 'open', ownerUnitId: wuhou.me.unit.id, overdue: false });
    expect(d.steps.map((s: { kind: string }) => s.kind)).toEqual(['notice', 'riskControl', 'causeInvestigation', 'rectification', 'penalty', 'disclosure']);
    const opened = new Date(d.openedAt);
    const days = (new Date(d.dueAt).getTime() - opened.getTime()) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(90);
    expect(days).toBeLessThan(94); // 90 calendar days, moved off a rest day at most a few days
  });

  it('is idempotent: re-importing opens nothing new', async () => {
    const count = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(disposals))[0].n;
    const before = await count();
    const job = await importFile(sampling, 'test/fixtures/imports/national-notice.xlsx', { defaultSamplingDate: '2026-11-20' });
    expect(job.summary.disposalsOpened).toBe(0);
    expect(await count()).toBe(before);
    const fixture = await t.database.db.select().from(disposals).where(sql`${disposals.sampleNo} LIKE 'DBJ25510000283001%'`);
    expect(fixture).toHaveLength(4);
  });

  it('puts the result notice in the owner bureau\'s inbox', async () => {
    const inbox = (await wuhou.get('/api/work-items?kind=disposal_notice')).json();
    expect(inbox.items[0].title).toContain('DBJ2551000028300101');
  });

  it('sends an assist request (协查) to the bureau of a producer in another Sichuan county', async () => {
    const d = await disposalOf(wuhou, 'DBJ2551000028300101');
    const detail = (await wuhou.get(`/api/disposals/${d.id}`)).json();
    expect(detail.assists).toHaveLength(1);
    expect(detail.assists[0].toUnitName).toBe('成都市彭州市市场监督管理局');
    const pengzhou = await t.login('county-510182');
    const inbox = (await pengzhou.get('/api/work-items?kind=assist_request')).json();
    expect(inbox.total).toBe(1);
    expect((await pengzhou.get(`/api/disposals/${d.id}`)).statusCode).toBe(200);
  });

  it('the guiding division of the link sees it; another city does not', async () => {
    const d = await disposalOf(wuhou, 'DBJ2551000028300101');
    const distribution = await t.login('div-distribution');
    expect((await distribution.get(`/api/disposals/${d.id}`)).statusCode).toBe(200);
    const catering = await t.login('div-catering');
    expect((await catering.get(`/api/disposals/${d.id}`)).statusCode).toBe(404);
    const mianyang = await t.login('city-510700');
    expect((await mianyang.get(`/api/disposals/${d.id}`)).statusCode).toBe(404);
    expect((await mianyang.get('/api/disposals?sampleNo=DBJ2551000028300101')).json().total).toBe(0);
  });

  it('records an out-of-province producer as an assist letter to send', async () => {
    const [category] = await t.database.db.select().from(foodCategories).where(eq(foodCategories.name, '糕点'));
    const res = await sampling.post('/api/samples', {
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
    expect(res.statusCode).toBe(201);
    const d = await disposalOf(wuhou, 'OUT-0001');
    const detail = (await wuhou.get(`/api/disposals/${d.id}`)).json();
    expect(detail.assists[0]).toMatchObject({ toUnitId: null, outsideProvince: '广东' });
    expect((await wuhou.get('/api/work-items?kind=assist_letter')).json().total).toBe(1);
  });
});

describe('working a disposal to closure', () => {
  let id: string;
  beforeAll(async () => {
    id = (await disposalOf(wuhou, 'DBJ2551000028300101')).id;
  });
  const current = async () => (await wuhou.get(`/api/disposals/${id}`)).json();
  const step = async (kind: string, details: Record<string, unknown>, text = '已按要求处置') => {
    const d = await current();
    return wuhou.post(`/api/disposals/${id}/steps`, { kind, version: d.version, doneOn: '2026-11-25', text, details });
  };

  it('requires the result notice before the five in place', async () => {
    const res = await step('riskControl', { measures: ['下架'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.kind).toContain('送达');
  });

  it('records the notice, which swaps the notice work item for the five-in-place one', async () => {
    expect((await step('notice', { deliveredTo: '成都市武侯区某某超市有限公司', method: '直接送达' })).statusCode).toBe(200);
    expect((await wuhou.get(`/api/work-items?kind=disposal_notice&subjectId=${id}`)).json().total).toBe(0);
    expect((await wuhou.get(`/api/work-items?kind=disposal_steps&subjectId=${id}`)).json().total).toBe(1);
    expect((await current()).status).toBe('in_progress');
  });

  it('checks step facts: a recall needs its level; a penalty needs a case or a reason', async () => {
    const recall = await step('riskControl', { measures: ['召回'] });
    expect(recall.json().error.details['details.recallLevel']).toContain('召回级别');
    const penalty = await step('penalty', {});
    expect(penalty.json().error.details['details.caseNo']).toContain('二者选一');
  });

  it('refuses closing until all five are in place', async () => {
    const res = await wuhou.post(`/api/disposals/${id}/request-closing`, { version: (await current()).version });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.steps).toBe('尚未完成：风险控制到位、原因排查到位、整改落实到位、行政处罚到位、信息公开到位');
  });

  it('refuses a stale version (no lost update between two officers)', async () => {
    const d = await current();
    const first = wuhou.post(`/api/disposals/${id}/steps`, { kind: 'riskControl', version: d.version, doneOn: '2026-11-25', text: '下架封存', details: { measures: ['下架', '封存'], sealedQuantity: 12, quantityUnit: 'kg' } });
    const second = wuhou.post(`/api/disposals/${id}/steps`, { kind: 'causeInvestigation', version: d.version, doneOn: '2026-11-25', text: '原因', details: { cause: '种植环节违规使用农药' } });
    const codes = (await Promise.all([first, second])).map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409]);
  });

  it('closes after all five, with a leader\'s approval; a county officer cannot approve', async () => {
    const d0 = await current();
    for (const [kind, details] of [
      ['riskControl', { measures: ['下架', '封存'], sealedQuantity: 12, quantityUnit: 'kg' }],
      ['causeInvestigation', { cause: '种植环节违规使用农药' }],
      ['rectification', { measures: '建立进货查验制度', verified: true }],
      ['penalty', { caseNo: '武市监罚〔2026〕88号', amount: 5000 }],
      ['disclosure', { channel: '成都市市场监督管理局网站' }],
    ] as const) {
      const done = d0.steps.find((s: { kind: string; status: string }) => s.kind === kind)?.status === 'done';
      if (!done) expect((await step(kind, details)).statusCode).toBe(200);
    }
    // The 协查 to 彭州 is still unanswered: no closing over it (issue 9 A4).
    const early = await wuhou.post(`/api/disposals/${id}/request-closing`, { version: (await current()).version });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details).toEqual({ assistRequests: expect.stringContaining('尚有协查未回复') });
    const pengzhou = await t.login('county-510182');
    const assist = (await current()).assists[0];
    // Each 协查 says who may do what on it: the owner closes it, the bureau asked replies.
    expect(assist.actions).toEqual(['close']);
    expect((await pengzhou.get(`/api/disposals/${id}`)).json().assists[0].actions).toEqual(['reply']);
    const replied = await pengzhou.post(`/api/assist-requests/${assist.id}/reply`, { version: assist.version, reply: '经现场核查，涉事批次已全部召回，企业已整改。' });
    expect(replied.statusCode).toBe(200);
    expect((await pengzhou.get('/api/work-items?kind=assist_request')).json().total).toBe(0);

    const requested = await wuhou.post(`/api/disposals/${id}/request-closing`, { version: (await current()).version });
    expect(requested.statusCode).toBe(200);
    expect(requested.json().status).toBe('pending_approval');
    const denied = await wuhou.post(`/api/disposals/${id}/closing-decision`, { version: requested.json().version, approve: true });
    expect(denied.statusCode).toBe(403);

    const admin = await t.login('admin');
    const units = (await admin.get('/api/org-units')).json() as { id: string; regionCode: string }[];
    const created = await admin.post('/api/users', { username: 'wh.leader', displayName: '武侯区局局长', unitId: units.find((u) => u.regionCode === '510107')!.id, roles: ['leader'] });
    const leader = await t.login('wh.leader', created.json().initialPassword);
    await leader.post('/api/auth/change-password', { currentPassword: created.json().initialPassword, newPassword: 'Leader#2026' });
    const closed = await leader.post(`/api/disposals/${id}/closing-decision`, { version: requested.json().version, approve: true });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closedByUserId: leader.me.id });
    const open = await t.database.db.select().from(workItems).where(and(eq(workItems.subjectId, id), eq(workItems.status, 'open')));
    expect(open).toHaveLength(0);
    const actions = (await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['disposal.open', 'disposal.recordStep', 'disposal.requestClosing', 'disposal.close']));
  });
});

describe('closing a 协查 that will not be answered', () => {
  it('is done by the requesting bureau with a reason, audited, and cancels the 协查函 item', async () => {
    const d = await disposalOf(wuhou, 'OUT-0001');
    const assist = (await wuhou.get(`/api/disposals/${d.id}`)).json().assists[0];
    expect(assist.status).toBe('requested');
    const short = await wuhou.post(`/api/assist-requests/${assist.id}/close`, { version: assist.version, reason: '无' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details.reason).toContain('理由');
    // The bureau asked (here none: out of province) and other units cannot close it; 404 outside the owner's scope.
    const mianyang = await t.login('city-510700');
    expect((await mianyang.post(`/api/assist-requests/${assist.id}/close`, { version: assist.version, reason: '对方未复函，已另行核实' })).statusCode).toBe(404);

    const closed = await wuhou.post(`/api/assist-requests/${assist.id}/close`, { version: assist.version, reason: '已向广东省发函，逾期未复函，企业已召回涉事批次' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closedReason: '已向广东省发函，逾期未复函，企业已召回涉事批次', closedByUserId: wuhou.me.id, version: assist.version + 1 });
    const items = await t.database.db.select().from(workItems).where(eq(workItems.subjectId, assist.id));
    expect(items.map((w) => [w.kind, w.status])).toEqual([['assist_letter', 'cancelled']]);
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'assist.close'), eq(auditLog.entityId, d.id)));
    expect(audit.after).toMatchObject({ assistRequestId: assist.id, status: 'closed', reason: '已向广东省发函，逾期未复函，企业已召回涉事批次' });

    const again = await wuhou.post(`/api/assist-requests/${assist.id}/close`, { version: assist.version + 1, reason: '再次关闭试试看' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'ASSIST_CLOSED', message: '该协查已关闭' });
    const detail = (await wuhou.get(`/api/disposals/${d.id}`)).json();
    expect(detail.assists[0]).toMatchObject({ status: 'closed', closedReason: expect.any(String) });
  });
});

describe('extension and voiding', () => {
  it('extends once with the head\'s written approval, keeping the legal deadline on record', async () => {
    const d = await disposalOf(sampling, 'DBJ2551000028300102');
    const city = await t.login('city-510300');
    expect((await city.post(`/api/disposals/${d.id}/extension`, { version: d.version, days: 30, reason: '需跨省协查', approvedBy: '张局长' })).statusCode).toBe(403);
    const admin = await t.login('admin');
    const units = (await admin.get('/api/org-units')).json() as { id: string; regionCode: string }[];
    const created = await admin.post('/api/users', { username: 'zg.leader', displayName: '自贡市局局长', unitId: units.find((u) => u.regionCode === '510300')!.id, roles: ['leader'] });
    const leader = await t.login('zg.leader', created.json().initialPassword);
    await leader.post('/api/auth/change-password', { currentPassword: created.json().initialPassword, newPassword: 'Leader#2026' });
    const bad = await leader.post(`/api/disposals/${d.id}/extension`, { version: d.version, days: 0, reason: '', approvedBy: '' });
    expect(Object.keys(bad.json().error.details).sort()).toEqual(['approvedBy', 'days', 'reason']);
    const ok = await leader.post(`/api/disposals/${d.id}/extension`, { version: d.version, days: 30, reason: '需跨省协查', approvedBy: '张局长' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().extension).toMatchObject({ days: 30, approvedBy: '张局长', documentNo: expect.stringMatching(/〔\d{4}〕1号$/) });
    expect(new Date(ok.json().dueAt).getTime()).toBeGreaterThan(new Date(ok.json().originalDueAt).getTime());
    const again = await leader.post(`/api/disposals/${d.id}/extension`, { version: ok.json().version, days: 10, reason: '协查尚未回复', approvedBy: '张局长' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('该处置已延期一次，不能再次延期');
  });

  it('voids the disposal when corrected results are no longer unqualified', async () => {
    const d = await disposalOf(sampling, 'DBJ2551000028300103');
    const sample = (await sampling.get(`/api/samples?sampleNo=DBJ2551000028300103`)).json().items[0];
    const lab = await t.login('div-institute');
    const res = await lab.post(`/api/samples/${sample.id}/results`, { version: sample.version, items: [{ itemName: '恩诺沙星', resultText: '20', unit: 'μg/kg', limitText: '≤100' }] });
    expect(res.statusCode).toBe(200);
    const after = (await sampling.get(`/api/disposals/${d.id}`)).json();
    expect(after).toMatchObject({ status: 'voided', voidReason: expect.stringContaining('不再为不合格') });
  });
});

describe('the deadline calculator', () => {
  it('answers any rule of the table from a date or time', async () => {
    const res = await wuhou.get('/api/deadlines?rule=retest.apply&from=2026-09-30');
    expect(res.json()).toMatchObject({ rule: 'retest.apply', dueDate: '2026-10-15', provisional: false });
    const urgent = (await wuhou.get('/api/deadlines?rule=lab.urgent&from=2026-10-01T09:15:00%2B08:00')).json();
    expect(urgent.due).toBe('2026-10-02T01:15:00.000Z');
    const next = (await wuhou.get('/api/deadlines?rule=disposal.complete&from=2026-11-29')).json();
    expect(next).toMatchObject({ dueDate: '2027-03-01', provisional: true });
  });

  it('shows unverified rules as such, and an administrator can correct one with audit', async () => {
    const rules = (await wuhou.get('/api/deadline-rules')).json().rules as { id: string; unverified: boolean; version: number }[];
    const notify = rules.find((r) => r.id === 'result.notify')!;
    expect(notify.unverified).toBe(true);
    expect((await wuhou.patch('/api/deadline-rules/result.notify', { version: notify.version, amount: 7 })).statusCode).toBe(403);
    const admin = await t.login('admin');
    const res = await admin.patch('/api/deadline-rules/result.notify', { version: notify.version, amount: 7, level: 'V' });
    expect(res.json()).toMatchObject({ amount: 7, level: 'V', version: notify.version + 1 });
  });

  it('lets an administrator enter 2027, after which periods into it are no longer provisional', async () => {
    const admin = await t.login('admin');
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar-years/2027',
      headers: { cookie: admin.cookie },
      payload: { holidays: [{ date: '2027-01-01', name: '元旦' }], workdays: [] },
    });
    expect(res.statusCode).toBe(204);
    const next = (await wuhou.get('/api/deadlines?rule=disposal.complete&from=2026-11-29')).json();
    expect(next.provisional).toBe(false);
    const wrongYear = await t.app.inject({ method: 'PUT', url: '/api/calendar-years/2028', headers: { cookie: admin.cookie }, payload: { holidays: [{ date: '2027-05-01', name: '劳动节' }], workdays: [] } });
    expect(wrongYear.statusCode).toBe(400);
  });

  it('rejects an unknown rule with a field message', async () => {
    const res = await wuhou.get('/api/deadlines?rule=nope&from=2026-11-29');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.rule).toContain('未知的期限规则');
  });
});
