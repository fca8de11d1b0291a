import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like, or, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { auditLog, foodCategories, urgentReports, workItems } from '../../src/db/schema/index.js';
import { defaultSessionPolicy, resolveSession } from '../../src/modules/auth/sessions.js';
import { SESSION_COOKIE } from '../../src/http/session-cookie.js';
import { raiseUrgentReport } from '../../src/modules/urgent/raise-urgent-report.js';
import { listUrgentReports } from '../../src/modules/urgent/list-urgent-reports.js';
import { escalateOverdueUrgentReports } from '../../src/modules/urgent/escalate-overdue-urgent-reports.js';

const HOUR = 3600_000;

let t: TestApp;
let lab: TestClient;
let sampling: TestClient;
let distribution: TestClient;
let production: TestClient;
let chengdu: TestClient;
let wuhou: TestClient;
let sampleId: string;

interface Recipient {
  unitId: string;
  unitName: string;
  role: string;
  acknowledgedAt: string | null;
}
interface Item {
  id: string;
  kind: string;
  title: string;
  subjectId: string;
  ownerUnitId: string;
  assigneeUserId: string | null;
  dueAt: string;
  links: { label: string; href: string }[];
}

/** The caller's own inbox items that point at a report (acknowledgement items are per recipient). */
const inboxFor = async (client: TestClient, kind: string, reportId: string): Promise<Item[]> =>
  ((await client.get(`/api/work-items?kind=${kind}&pageSize=200`)).json().items as Item[]).filter((i) => i.links.some((l) => l.href === `/urgent/${reportId}`));

/** The service-level user behind a test client, for calls that need a chosen clock. */
async function sessionUser(client: TestClient) {
  const token = client.cookie.split('; ').find((c) => c.startsWith(`${SESSION_COOKIE}=`))!.slice(SESSION_COOKIE.length + 1);
  return resolveSession(t.database.db, token, defaultSessionPolicy);
}

const byHand = {
  title: '某批次卤牛肉检出沙门氏菌',
  hazard: '检出沙门氏菌，属即食熟肉制品，可能导致群体性食物中毒',
  foodName: '卤牛肉',
  enterpriseName: '绵阳市涪城区某某卤菜店',
  link: 'catering',
  regionCode: '510703',
};

beforeAll(async () => {
  t = await createTestApp();
  [lab, sampling, distribution, production, chengdu, wuhou] = await Promise.all(
    ['div-institute', 'div-sampling', 'div-distribution', 'div-production', 'city-510100', 'county-510107'].map((u) => t.login(u)),
  );
  const [category] = await t.database.db.select().from(foodCategories).where(eq(foodCategories.name, '糕点'));
  const res = await sampling.post('/api/samples', {
    sampleNo: 'URG-0001',
    samplingType: 'supervisory',
    foodName: '蛋黄酥',
    categoryId: category.id,
    link: 'distribution',
    sampledParty: { name: '成都市武侯区某某食品店', address: '四川省成都市武侯区某某路5号' },
    samplingDate: '2026-11-20',
    samplers: ['张三', '李四'],
    items: [{ itemName: '菌落总数', resultText: '9.8×10^6', limitText: '≤10^5', unit: 'CFU/g' }],
  });
  expect(res.statusCode).toBe(201);
  sampleId = res.json().id;
});
afterAll(() => t.close());

describe('raising a 24-hour report', () => {
  let id: string;

  it('takes food, enterprise, link and region from a sample, routes it to the region\'s bureau and starts a 24-hour clock', async () => {
    const res = await lab.post('/api/urgent-reports', { sampleId, hazard: '菌落总数严重超标，可能引起急性肠胃炎' });
    expect(res.statusCode).toBe(201);
    const r = res.json();
    id = r.id;
    expect(r).toMatchObject({
      sampleId,
      sampleNo: 'URG-0001',
      foodName: '蛋黄酥',
      enterpriseName: '成都市武侯区某某食品店',
      link: 'distribution',
      regionCode: '510107',
      ownerUnitId: wuhou.me.unit.id,
      ownerUnitName: '成都市武侯区市场监督管理局',
      raisedByUnitId: lab.me.unit.id,
      status: 'open',
      overdue: false,
      version: 1,
      actions: [],
    });
    expect(r.title).toContain('蛋黄酥');
    expect(new Date(r.dueAt).getTime() - new Date(r.raisedAt).getTime()).toBe(24 * HOUR);
    expect(r.remainingMs).toBeGreaterThan(23 * HOUR);
    expect(r.recipients.map((x: Recipient) => [x.role, x.unitId, x.acknowledgedAt])).toEqual([
      ['sampling', sampling.me.unit.id, null],
      ['division', distribution.me.unit.id, null],
      ['bureau', wuhou.me.unit.id, null],
    ]);
    expect(r.recipients.map((x: Recipient) => x.unitName)).toEqual(['食品安全抽检监测处', '食品经营安全监督管理处', '成都市武侯区市场监督管理局']);
  });

  it('puts an acknowledgement in each recipient\'s inbox, the handling in the bureau\'s and the 督办 in 抽检监测处\'s, all due in 24 hours', async () => {
    const report = (await sampling.get(`/api/urgent-reports/${id}`)).json();
    const expectations: [TestClient, string, number][] = [
      [sampling, 'urgent_ack', 1],
      [sampling, 'urgent_supervise', 1],
      [distribution, 'urgent_ack', 1],
      [distribution, 'urgent_handle', 0],
      [wuhou, 'urgent_ack', 1],
      [wuhou, 'urgent_handle', 1],
      [lab, 'urgent_ack', 0],
    ];
    for (const [client, kind, n] of expectations) {
      const items = await inboxFor(client, kind, id);
      expect(items, `${client.me.unit.id} ${kind}`).toHaveLength(n);
      for (const item of items) {
        expect(item.title).toContain('蛋黄酥（成都市武侯区某某食品店）');
        expect(item.dueAt).toBe(report.dueAt);
        expect(item.links).toEqual([{ label: '24小时限时报告', href: `/urgent/${id}` }]);
      }
    }
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'urgentReport'), eq(auditLog.entityId, id)));
    expect(audit.map((a) => [a.action, a.actorUsername])).toEqual([['urgentReport.raise', 'div-institute']]);
  });

  it('is raised by hand with every field; 抽检监测处 may raise too', async () => {
    const res = await sampling.post('/api/urgent-reports', byHand);
    expect(res.statusCode).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({ ...byHand, sampleId: null, ownerUnitName: '绵阳市涪城区市场监督管理局', raisedByUnitId: sampling.me.unit.id });
    expect(r.recipients.map((x: Recipient) => x.role + ':' + x.unitName)).toEqual(['sampling:食品安全抽检监测处', 'division:餐饮服务食品安全监督管理处', 'bureau:绵阳市涪城区市场监督管理局']);
  });

  it('answers missing or wrong fields with Chinese field messages', async () => {
    const empty = await lab.post('/api/urgent-reports', { hazard: '检出致病菌' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details).toEqual({
      title: '请填写报告标题',
      foodName: '请填写食品名称',
      enterpriseName: '请填写被抽样单位名称',
      link: '请选择环节',
      regionCode: '请填写所在地行政区划代码',
    });
    const noHazard = await lab.post('/api/urgent-reports', { ...byHand, hazard: undefined });
    expect(noHazard.json().error.details.hazard).toBe('请说明发现的问题及可能对身体健康造成的严重危害');
    const badCode = await lab.post('/api/urgent-reports', { ...byHand, regionCode: '5107' });
    expect(badCode.json().error.details.regionCode).toBe('行政区划代码应为6位数字');
    const outside = await lab.post('/api/urgent-reports', { ...byHand, regionCode: '110101' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details.regionCode).toBe('行政区划代码不在四川省内');
    const badLink = await lab.post('/api/urgent-reports', { ...byHand, link: 'farm' });
    expect(badLink.json().error.details.link).toBe('请选择环节');
  });

  it('is refused to units that are neither a lab nor 抽检监测处, and for a sample that does not exist', async () => {
    const division = await production.post('/api/urgent-reports', byHand);
    expect(division.statusCode).toBe(403);
    expect(division.json().error.message).toBe('只有检验机构或抽检监测处可以发起24小时限时报告');
    expect((await wuhou.post('/api/urgent-reports', byHand)).statusCode).toBe(403);
    const missing = await lab.post('/api/urgent-reports', { sampleId: '00000000-0000-4000-8000-000000000000', hazard: '检出致病菌' });
    expect(missing.statusCode).toBe(404);
  });

  it('runs the clock in real hours: exactly 24 hours across the National Day holiday, as the rule table says', async () => {
    const user = await sessionUser(lab);
    const raisedAt = new Date('2026-09-30T20:30:00+08:00');
    const report = await raiseUrgentReport(t.database.db, user, { ...byHand, title: '国庆前夕报告' }, null, raisedAt);
    expect(report.raisedAt.toISOString()).toBe(raisedAt.toISOString());
    expect(report.dueAt.toISOString()).toBe(new Date('2026-10-01T20:30:00+08:00').toISOString());
    expect(report.dueAt.getTime() - report.raisedAt.getTime()).toBe(24 * HOUR);
    const calculator = (await lab.get(`/api/deadlines?rule=lab.urgent&from=${encodeURIComponent(raisedAt.toISOString())}`)).json();
    expect(calculator.due).toBe(report.dueAt.toISOString());
  });
});

describe('acknowledging, handling, supervising', () => {
  let id: string;
  const current = async (client: TestClient = sampling) => (await client.get(`/api/urgent-reports/${id}`)).json();

  beforeAll(async () => {
    id = (await lab.post('/api/urgent-reports', { sampleId, hazard: '菌落总数严重超标，可能引起急性肠胃炎' })).json().id;
  });

  it('shows the link division and the bureau line; another city and another division get 404', async () => {
    expect((await distribution.get(`/api/urgent-reports/${id}`)).statusCode).toBe(200);
    expect((await chengdu.get(`/api/urgent-reports/${id}`)).statusCode).toBe(200);
    expect((await (await t.login('leader')).get(`/api/urgent-reports/${id}`)).statusCode).toBe(200);
    const mianyang = await t.login('city-510700');
    expect((await mianyang.get(`/api/urgent-reports/${id}`)).statusCode).toBe(404);
    expect((await mianyang.get('/api/urgent-reports?pageSize=200')).json().items.map((r: { id: string }) => r.id)).not.toContain(id);
    expect((await production.get(`/api/urgent-reports/${id}`)).statusCode).toBe(404);
    expect((await mianyang.post(`/api/urgent-reports/${id}/acknowledge`)).statusCode).toBe(404);
  });

  it('lists reports in scope with their clocks and recipients, open first by due time', async () => {
    const list = (await wuhou.get('/api/urgent-reports')).json();
    const item = list.items.find((r: { id: string }) => r.id === id);
    expect(item).toMatchObject({ id, foodName: '蛋黄酥', ownerUnitName: '成都市武侯区市场监督管理局', status: 'open', overdue: false });
    expect(item.recipients).toHaveLength(3);
    expect(list.total).toBe(list.items.length);
    const dues = list.items.filter((r: { status: string }) => r.status === 'open').map((r: { dueAt: string }) => r.dueAt);
    expect(dues).toEqual([...dues].sort());
    expect((await sampling.get('/api/urgent-reports?status=closed')).json().total).toBe(0);
  });

  it('offers each unit only its own actions', async () => {
    expect((await current(wuhou)).actions).toEqual(['acknowledge', 'fileHandling']);
    expect((await current(distribution)).actions).toEqual(['acknowledge']);
    expect((await current(sampling)).actions).toEqual(['acknowledge']);
    expect((await current(chengdu)).actions).toEqual(['fileHandling']);
  });

  it('acknowledges once per recipient unit: closes that unit\'s item; a second time is 409 已签收', async () => {
    const res = await wuhou.post(`/api/urgent-reports/${id}/acknowledge`);
    expect(res.statusCode).toBe(200);
    expect(res.json().recipients.find((r: Recipient) => r.role === 'bureau').acknowledgedAt).toEqual(expect.any(String));
    expect(res.json().recipients.find((r: Recipient) => r.role === 'division').acknowledgedAt).toBeNull();
    expect(res.json().actions).toEqual(['fileHandling']);
    expect(await inboxFor(wuhou, 'urgent_ack', id)).toHaveLength(0);
    expect(await inboxFor(distribution, 'urgent_ack', id)).toHaveLength(1);
    const again = await wuhou.post(`/api/urgent-reports/${id}/acknowledge`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'URGENT_ALREADY_ACKNOWLEDGED', message: '已签收' });
    const notRecipient = await chengdu.post(`/api/urgent-reports/${id}/acknowledge`);
    expect(notRecipient.statusCode).toBe(403);
    expect((await distribution.post(`/api/urgent-reports/${id}/acknowledge`)).statusCode).toBe(200);
  });

  it('does not let 抽检监测处 close before the handling report is in', async () => {
    const res = await sampling.post(`/api/urgent-reports/${id}/close`, { version: (await current()).version });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('INVALID_STATE');
  });

  it('takes the handling report from the owner bureau only, checks it, and refuses a stale version', async () => {
    const { version } = await current();
    const short = await wuhou.post(`/api/urgent-reports/${id}/handling`, { version, report: '已处理', measures: [] });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details.report).toBe('处置情况至少填写10个字');
    const notOwner = await sampling.post(`/api/urgent-reports/${id}/handling`, { version, report: '已责令企业下架封存全部同批次产品', measures: ['下架'] });
    expect(notOwner.statusCode).toBe(403);
    expect(notOwner.json().error.message).toBe('只有属地市场监管部门可以报送处置情况');
    const body = { version, report: '已责令企业下架封存全部同批次产品，并启动召回', measures: ['下架', '封存', '召回'] };
    const codes = (await Promise.all([wuhou.post(`/api/urgent-reports/${id}/handling`, body), chengdu.post(`/api/urgent-reports/${id}/handling`, body)])).map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    const r = await current(wuhou);
    expect(r).toMatchObject({ status: 'handled', handlingReport: body.report, measures: body.measures, version: version + 1, actions: [] });
    expect(await inboxFor(wuhou, 'urgent_handle', id)).toHaveLength(0);
    const stale = await wuhou.post(`/api/urgent-reports/${id}/handling`, body);
    expect(stale.statusCode).toBe(409);
  });

  it('lets only 抽检监测处 close or return it', async () => {
    const { version, actions } = await current();
    expect(actions).toEqual(['acknowledge', 'close', 'return']);
    const byDivision = await distribution.post(`/api/urgent-reports/${id}/close`, { version });
    expect(byDivision.statusCode).toBe(403);
    expect(byDivision.json().error.message).toBe('只有抽检监测处可以办结或退回24小时限时报告');
    expect((await wuhou.post(`/api/urgent-reports/${id}/close`, { version })).statusCode).toBe(403);
    expect((await lab.post(`/api/urgent-reports/${id}/return`, { version, comment: '不充分' })).statusCode).toBe(403);
  });

  it('returns it with a reason: open again, with a new handling item for the bureau', async () => {
    const { version } = await current();
    const noReason = await sampling.post(`/api/urgent-reports/${id}/return`, { version, comment: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.comment).toBe('退回时请填写理由');
    const res = await sampling.post(`/api/urgent-reports/${id}/return`, { version, comment: '请补充召回数量' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'open', handledAt: null, version: version + 1 });
    const [item] = await inboxFor(wuhou, 'urgent_handle', id);
    expect(item.title).toContain('请补充召回数量');
    expect(item.dueAt).toBe(res.json().dueAt);
  });

  it('closes after the handling report is filed again, ending every open item of the report', async () => {
    const refiled = await wuhou.post(`/api/urgent-reports/${id}/handling`, { version: (await current()).version, report: '已召回同批次产品120盒，全部封存待销毁', measures: ['召回', '封存'] });
    expect(refiled.statusCode).toBe(200);
    const res = await sampling.post(`/api/urgent-reports/${id}/close`, { version: refiled.json().version, comment: '处置到位' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'closed', closedByUserId: sampling.me.id, overdue: false, remainingMs: null, actions: [], measures: ['召回', '封存'] });
    const open = await t.database.db
      .select()
      .from(workItems)
      .where(and(eq(workItems.status, 'open'), or(eq(workItems.subjectId, id), like(workItems.subjectId, `${id}/%`))));
    expect(open).toHaveLength(0);
    const supervise = await t.database.db.select().from(workItems).where(and(eq(workItems.subjectId, id), eq(workItems.kind, 'urgent_supervise')));
    expect(supervise.map((w) => w.status)).toEqual(['done']);
    const ack = await t.database.db.select().from(workItems).where(eq(workItems.subjectId, `${id}/${sampling.me.unit.id}`));
    expect(ack.map((w) => w.status)).toEqual(['cancelled']); // 抽检监测处 never acknowledged it
  });

  it('keeps the whole story in the audit log, shown as the report\'s history', async () => {
    const expected = ['urgentReport.raise', 'urgentReport.acknowledge', 'urgentReport.acknowledge', 'urgentReport.fileHandling', 'urgentReport.return', 'urgentReport.fileHandling', 'urgentReport.close'];
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'urgentReport'), eq(auditLog.entityId, id))).orderBy(auditLog.seq);
    expect(audit.map((a) => a.action)).toEqual(expected);
    expect(audit.find((a) => a.action === 'urgentReport.return')!.after).toMatchObject({ comment: '请补充召回数量' });
    const history = (await current()).history as { action: string }[];
    expect(history.map((h) => h.action)).toEqual([...expected].reverse());
  });

  it('refuses to acknowledge a closed report', async () => {
    expect((await sampling.post(`/api/urgent-reports/${id}/acknowledge`)).statusCode).toBe(409);
  });
});

describe('the overdue sweep', () => {
  let id: string;
  let raisedAt: Date;

  beforeAll(async () => {
    const res = await lab.post('/api/urgent-reports', { ...byHand, link: 'production', regionCode: '510107', title: '逾期测试' });
    id = res.json().id;
    raisedAt = new Date(res.json().raisedAt);
  });

  const report = async () => (await t.database.db.select().from(urgentReports).where(eq(urgentReports.id, id)))[0];

  it('leaves a report alone while its 24 hours run', async () => {
    await escalateOverdueUrgentReports(t.database.db, new Date(raisedAt.getTime() + 23 * HOUR));
    expect((await report()).escalatedAt).toBeNull();
  });

  it('escalates once, 25 hours on, into the link division\'s and 抽检监测处\'s unit inboxes', async () => {
    const now = new Date(raisedAt.getTime() + 25 * HOUR);
    expect(await escalateOverdueUrgentReports(t.database.db, now)).toBeGreaterThanOrEqual(1);
    expect((await report()).escalatedAt?.toISOString()).toBe(now.toISOString());
    expect(await escalateOverdueUrgentReports(t.database.db, now)).toBe(0);
    expect(await escalateOverdueUrgentReports(t.database.db, new Date(now.getTime() + HOUR))).toBe(0);

    const [toDivision] = (await inboxFor(production, 'urgent_supervise', id)) as Item[];
    expect(toDivision).toMatchObject({ ownerUnitId: production.me.unit.id, assigneeUserId: null });
    expect(toDivision.title).toMatch(/^24小时限时报告已逾期：卤牛肉（绵阳市涪城区某某卤菜店）/);
    const toSampling = (await inboxFor(sampling, 'urgent_supervise', id)).map((i) => i.title);
    expect(toSampling).toHaveLength(2);
    expect(toSampling.filter((title) => title.startsWith('24小时限时报告已逾期'))).toHaveLength(1);
    const escalations = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'urgentReport.escalate'), eq(auditLog.entityId, id), eq(auditLog.actorUsername, 'system')));
    expect(escalations[0].n).toBe(1);
  });

  it('shows the report as overdue on the board, and never escalates a closed one', async () => {
    const now = new Date(raisedAt.getTime() + 25 * HOUR);
    const board = await listUrgentReports(t.database.db, await sessionUser(sampling), { overdue: true }, { page: 1, pageSize: 200, offset: 0 }, now);
    const item = board.items.find((r) => r.id === id)!;
    expect(item).toMatchObject({ overdue: true, remainingMs: -1 * HOUR });
    const closed = await t.database.db.select().from(urgentReports).where(eq(urgentReports.status, 'closed'));
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((r) => r.escalatedAt === null)).toBe(true);
    expect(board.items.some((r) => r.status === 'closed')).toBe(false);
  });
});

describe('the clock starts when the lab found the result, and a Sichuan producer hears of it (issue 9, B2, B6)', () => {
  let retailSampleId: string;
  beforeAll(async () => {
    const [category] = await t.database.db.select().from(foodCategories).where(eq(foodCategories.name, '糕点'));
    const res = await sampling.post('/api/samples', {
      sampleNo: 'URG-PRODUCER',
      samplingType: 'supervisory',
      foodName: '蛋黄酥',
      categoryId: category.id,
      link: 'distribution',
      sampledParty: { name: '成都市武侯区某某便利店', address: '四川省成都市武侯区某某路9号' },
      nominalProducer: { name: '彭州市某某食品有限公司', address: '四川省成都市彭州市某某镇工业园' },
      samplingDate: '2026-11-20',
      samplers: ['张三', '李四'],
      items: [{ itemName: '菌落总数', resultText: '9.8×10^6', limitText: '≤10^5', unit: 'CFU/g' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    retailSampleId = res.json().id;
  });

  it('runs the 24 hours from the time found, not from the time raised', async () => {
    const foundAt = new Date(Date.now() - 5 * HOUR);
    const res = await lab.post('/api/urgent-reports', { sampleId: retailSampleId, hazard: '菌落总数严重超标', foundAt: foundAt.toISOString() });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    expect(new Date(r.foundAt).getTime()).toBe(foundAt.getTime());
    expect(new Date(r.dueAt).getTime()).toBe(foundAt.getTime() + 24 * HOUR);
    expect(new Date(r.raisedAt).getTime()).toBeGreaterThan(foundAt.getTime());
    expect(r.remainingMs).toBeLessThan(19 * HOUR + 60_000);
    const [row] = await t.database.db.select().from(urgentReports).where(eq(urgentReports.id, r.id));
    expect(row.foundAt.getTime()).toBe(foundAt.getTime());
    for (const item of await inboxFor(wuhou, 'urgent_handle', r.id)) expect(item.dueAt).toBe(r.dueAt);
  });

  it('also goes to 生产处 and the bureau of the producer\'s region when a Sichuan producer\'s food fails at retail (seed art. 7(4))', async () => {
    const res = await lab.post('/api/urgent-reports', { sampleId: retailSampleId, hazard: '菌落总数严重超标' });
    const r = res.json();
    const pengzhou = await t.login('county-510182');
    expect(r.recipients.map((x: Recipient) => [x.role, x.unitId])).toEqual([
      ['sampling', sampling.me.unit.id],
      ['division', distribution.me.unit.id],
      ['bureau', wuhou.me.unit.id],
      ['producerDivision', production.me.unit.id],
      ['producerBureau', pengzhou.me.unit.id],
    ]);
    expect(await inboxFor(production, 'urgent_ack', r.id)).toHaveLength(1);
    expect(await inboxFor(pengzhou, 'urgent_ack', r.id)).toHaveLength(1);
    // The producer's bureau reads the report and acknowledges it; the handling stays with the sampled party's bureau.
    expect((await pengzhou.get(`/api/urgent-reports/${r.id}`)).statusCode).toBe(200);
    expect(await inboxFor(pengzhou, 'urgent_handle', r.id)).toHaveLength(0);
    // Without a Sichuan producer on the sample, the three usual recipients only.
    expect((await lab.post('/api/urgent-reports', { sampleId, hazard: '菌落总数严重超标' })).json().recipients).toHaveLength(3);
  });

  it('refuses a time found in the future, before sampling, or outside the calendar', async () => {
    const future = await lab.post('/api/urgent-reports', { sampleId: retailSampleId, hazard: '菌落总数严重超标', foundAt: new Date(Date.now() + 2 * HOUR).toISOString() });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details.foundAt).toBe('发现检验结果的时间不能晚于当前时间');
    const early = await lab.post('/api/urgent-reports', { sampleId: retailSampleId, hazard: '菌落总数严重超标', foundAt: '2026-11-01T10:00:00+08:00' });
    expect(early.json().error.details.foundAt).toContain('不能早于抽样日期');
    const far = await lab.post('/api/urgent-reports', { sampleId: retailSampleId, hazard: '菌落总数严重超标', foundAt: '9999-12-31T00:00:00Z' });
    expect(far.statusCode).toBe(400);
  });
});

