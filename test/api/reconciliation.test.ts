import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { createUnqualifiedSample } from '../helpers/samples.js';
import { auditLog, disposals, foodCategories, workItems } from '../../src/db/schema/index.js';
import { unitIdForRegion, unitIdForSlug } from '../../src/modules/org/seed-organisation.js';
import { replayDraw } from '../../src/modules/reconciliation/draw-sample.js';
import { loadCalendar } from '../../src/modules/deadlines/deadline-service.js';
import { computeDeadline } from '../../src/domain/deadlines/compute-deadline.js';
import { toLocalDate } from '../../src/domain/time.js';

let t: TestApp;
let sampling: TestClient;
let enforcement: TestClient;
let wuhou: TestClient;
let chengdu: TestClient;

async function importFile(client: TestClient, path: string, fields: Record<string, string>) {
  return (await t.importFile(client, path, fields)).job;
}

async function createUnqualified(sampleNo: string, county: string) {
  await createUnqualifiedSample(t, sampling, sampleNo, county);
}

async function newUser(username: string, unitId: string, roles: string[]) {
  const admin = await t.login('admin');
  const created = await admin.post('/api/users', { username, displayName: username, unitId, roles });
  expect(created.statusCode).toBe(201);
  const client = await t.login(username, created.json().initialPassword);
  await client.post('/api/auth/change-password', { currentPassword: created.json().initialPassword, newPassword: 'Checker#2026' });
  return t.login(username, 'Checker#2026');
}

const CHENGDU = unitIdForRegion('510100');
const WUHOU = unitIdForRegion('510107');
const JUNE = { periodFrom: '2023-06-01', periodTo: '2023-06-30' };
let randomId: string;
let allId: string;
const auditOf = (entityId: string) => t.database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(asc(auditLog.seq));

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
  enforcement = await t.login('div-enforcement');
  wuhou = await t.login('county-510107');
  chengdu = await t.login('city-510100');
  const job = await importFile(sampling, 'test/fixtures/imports/national-notice.xlsx', { defaultSamplingDate: '2026-11-20' });
  expect(job.summary.disposalsOpened).toBe(4);
  for (const [no, county] of [['REC-0001', '武侯区'], ['REC-0002', '武侯区'], ['REC-0003', '锦江区'], ['REC-0004', '青羊区'], ['REC-0005', '金牛区']]) await createUnqualified(no, county);
  // Our disposals were opened in June 2023, far from the demo data.
  const ours = ['DBJ2551000028300101', 'DBJ2551000028300102', 'DBJ2551000028300103', 'DBJ2551000028300104', 'REC-0001', 'REC-0002', 'REC-0003', 'REC-0004', 'REC-0005'];
  for (const [i, sampleNo] of ours.entries()) {
    await t.database.db.update(disposals).set({ openedAt: new Date(`2023-06-${String(i + 1).padStart(2, '0')}T10:00:00+08:00`) }).where(eq(disposals.sampleNo, sampleNo));
  }
});
afterAll(() => t.close());

describe('starting a reconciliation (对账检查)', () => {
  it('is for provincial units only: a county bureau, and a city user with the role, get 403', async () => {
    const body = { unitId: WUHOU, ...JUNE, mode: 'all' };
    expect((await wuhou.post('/api/reconciliations', body)).statusCode).toBe(403);
    const cityOfficer = await newUser('cd.division', CHENGDU, ['division_officer']);
    const res = await cityOfficer.post('/api/reconciliations', body);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('综合执法稽查局');
  });

  it('draws a uniform random sample and records the draw so it can be replayed', async () => {
    const res = await enforcement.post('/api/reconciliations', { unitId: CHENGDU, ...JUNE, mode: 'random', sampleSize: 3 });
    expect(res.statusCode).toBe(201);
    const r = res.json();
    randomId = r.id;
    expect(r).toMatchObject({ unitId: CHENGDU, unitName: '成都市市场监督管理局', mode: 'random', sampleSize: 3, status: 'open', checks: 3, version: 1 });
    expect(r.draw.population).toBe(6);
    const values = (r.draw.random as string).split(',').map(Number);
    expect(values).toHaveLength(3);
    values.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(i));

    // The population is the city's ledger for the period, in the order drawn from.
    const ledger = (await enforcement.get(`/api/ledger?ownerUnitId=${CHENGDU}&periodFrom=${JUNE.periodFrom}&periodTo=${JUNE.periodTo}`)).json();
    const [start] = (await auditOf(r.id)).filter((a) => a.action === 'reconciliation.start');
    const record = (start.after as { drawRecord: { population: string[]; values: number[]; selected: string[] } }).drawRecord;
    expect(record.population).toEqual(ledger.items.map((i: { disposalId: string }) => i.disposalId));
    expect(record.values).toEqual(values);
    const detail = (await enforcement.get(`/api/reconciliations/${r.id}`)).json();
    const drawn = detail.checks.map((c: { disposalId: string }) => c.disposalId);
    expect(replayDraw(record.population, values).sort()).toEqual([...drawn].sort());
    expect(new Set(drawn).size).toBe(3);
  });

  it('checks every disposal in mode all', async () => {
    const res = await enforcement.post('/api/reconciliations', { unitId: CHENGDU, ...JUNE, mode: 'all' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ checks: 6, draw: null, sampleSize: null });
    allId = res.json().id;
  });

  it('shows a county below the checked city only the checks of its own disposals', async () => {
    const full = (await chengdu.get(`/api/reconciliations/${allId}`)).json();
    expect(full).toMatchObject({ seesAllChecks: true, progress: { checks: 6 } });
    const own = (await wuhou.get(`/api/reconciliations/${allId}`)).json();
    expect(own.seesAllChecks).toBe(false);
    expect(own.checks.map((c: { disposal: { sampleNo: string } }) => c.disposal.sampleNo)).toEqual(['DBJ2551000028300101', 'REC-0001', 'REC-0002']);
    const jinjiang = await t.login('county-510104');
    expect((await jinjiang.get(`/api/reconciliations/${allId}`)).json().checks.map((c: { disposal: { sampleNo: string } }) => c.disposal.sampleNo)).toEqual(['REC-0003']);
    const zigong = await t.login('county-510302');
    expect((await zigong.get(`/api/reconciliations/${allId}`)).statusCode).toBe(404);
  });

  it('refuses a period without disposals, in Chinese', async () => {
    const res = await enforcement.post('/api/reconciliations', { unitId: CHENGDU, periodFrom: '2023-05-01', periodTo: '2023-05-31', mode: 'all' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('成都市市场监督管理局在2023-05-01至2023-05-31期间没有不合格食品核查处置记录，无需对账');
  });

  it('asks for the sample size of a random draw, and for a bureau', async () => {
    const noSize = await enforcement.post('/api/reconciliations', { unitId: CHENGDU, ...JUNE, mode: 'random' });
    expect(noSize.statusCode).toBe(400);
    expect(noSize.json().error.details.sampleSize).toBe('随机抽取时请填写抽取数量');
    const division = await enforcement.post('/api/reconciliations', { unitId: unitIdForSlug('production'), ...JUNE, mode: 'all' });
    expect(division.json().error.details.unitId).toBeDefined();
  });
});

describe('checking and finishing', () => {
  let id: string;
  const current = async (client = enforcement) => (await client.get(`/api/reconciliations/${id}`)).json();
  const allInPlace = { riskControl: true, causeInvestigation: true, rectification: true, penalty: true, disclosure: true };

  beforeAll(async () => {
    const res = await enforcement.post('/api/reconciliations', { unitId: WUHOU, ...JUNE, mode: 'all' });
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    // The platform's record moves on: 武侯 delivers the notice and controls the risk of REC-0001.
    const d = (await wuhou.get('/api/disposals?sampleNo=REC-0001')).json().items[0];
    await wuhou.post(`/api/disposals/${d.id}/steps`, { kind: 'notice', version: d.version, doneOn: '2023-06-06', text: '已送达', details: { deliveredTo: '某某食品店', method: '直接送达' } });
    await wuhou.post(`/api/disposals/${d.id}/steps`, { kind: 'riskControl', version: d.version + 1, doneOn: '2023-06-07', text: '已下架', details: { measures: ['下架'] } });
  });

  it('shows each check next to the platform\'s current record of the disposal', async () => {
    const r = await current();
    expect(r).toMatchObject({ unitName: '成都市武侯区市场监督管理局', createdByUnitName: '综合执法稽查局', actions: ['check', 'finish'], progress: { checks: 3, checked: 0, notInPlace: 0 } });
    expect(r.checks.map((c: { disposal: { sampleNo: string } }) => c.disposal.sampleNo)).toEqual(['DBJ2551000028300101', 'REC-0001', 'REC-0002']);
    const rec1 = r.checks[1];
    expect(rec1).toMatchObject({ checked: false, items: { riskControl: null, disclosure: null }, findings: null });
    expect(rec1.disposal).toMatchObject({ foodName: '蛋黄酥', ownerUnitName: '成都市武侯区市场监督管理局', riskControl: { status: 'done', doneOn: '2023-06-07' }, disclosure: { status: 'pending' } });
    expect((await current(wuhou)).actions).toEqual([]);
  });

  it('lists reconciliations for the checker and the checked units, and hides them from others (404)', async () => {
    const ids = (client: TestClient) => client.get('/api/reconciliations').then((res) => res.json().items.map((i: { id: string }) => i.id));
    expect(await ids(enforcement)).toContain(id);
    expect(await ids(chengdu)).toContain(id);
    // The county sees reconciliations that drew its disposals: ours, the whole city's, the random one if it drew 武侯's.
    const random = (await chengdu.get(`/api/reconciliations/${randomId}`)).json();
    const drewWuhou = random.checks.some((c: { disposal: { ownerUnitId: string } }) => c.disposal.ownerUnitId === WUHOU);
    expect((await ids(wuhou)).sort()).toEqual([id, allId, ...(drewWuhou ? [randomId] : [])].sort());
    const list = (await wuhou.get(`/api/reconciliations?unitId=${WUHOU}`)).json();
    expect(list.total).toBe(1);
    expect(list.actions).toEqual([]);
    expect((await enforcement.get('/api/reconciliations')).json().actions).toEqual(['start']);
    expect(list.items[0]).toMatchObject({ unitName: '成都市武侯区市场监督管理局', createdByUnitName: '综合执法稽查局', checks: 3, checked: 0, notInPlace: 0 });
    const mianyang = await t.login('city-510700');
    expect((await mianyang.get('/api/reconciliations')).json().total).toBe(0);
    expect((await mianyang.get(`/api/reconciliations/${id}`)).statusCode).toBe(404);
    const production = await t.login('div-production');
    expect((await production.get(`/api/reconciliations/${id}`)).statusCode).toBe(404);
  });

  it('lets only the checking unit record checks', async () => {
    const r = await current();
    const url = `/api/reconciliations/${id}/checks/${r.checks[0].id}`;
    expect((await chengdu.patch(url, { items: allInPlace })).statusCode).toBe(403); // no permission
    const production = await t.login('div-production');
    expect((await production.patch(url, { items: allInPlace })).statusCode).toBe(404); // not visible
    const provinceOfficer = await newUser('prov.officer', unitIdForSlug('province'), ['division_officer']);
    const other = await provinceOfficer.patch(url, { items: allInPlace });
    expect(other.statusCode).toBe(403); // visible, permitted, but not the checking unit
    expect(other.json().error.message).toBe('只有开展本次对账检查的单位可以修改');
  });

  it('requires findings when an item is not in place, and every item', async () => {
    const r = await current();
    const url = `/api/reconciliations/${id}/checks/${r.checks[1].id}`;
    const noFindings = await enforcement.patch(url, { items: { ...allInPlace, disclosure: false } });
    expect(noFindings.statusCode).toBe(400);
    expect(noFindings.json().error.details.findings).toBe('有未到位的项目时，请填写检查发现的问题');
    const missing = await enforcement.patch(url, { items: { riskControl: true } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details['items.disclosure']).toBe('请选择是否到位');
  });

  it('refuses to finish while checks are open, saying how many', async () => {
    const r = await current();
    await enforcement.patch(`/api/reconciliations/${id}/checks/${r.checks[0].id}`, { items: allInPlace });
    const res = await enforcement.post(`/api/reconciliations/${id}/finish`, { version: (await current()).version });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('还有2件核查处置未完成检查（共3件），请全部检查后再结束对账');
    expect(res.json().error.details.checks).toBe('尚有2件未检查：REC-0001、REC-0002');
  });

  it('records findings, compares them with the platform, and refuses a stale version', async () => {
    const before = await current();
    const [, rec1, rec2] = before.checks;
    const saved = await enforcement.patch(`/api/reconciliations/${id}/checks/${rec1.id}`, {
      items: { ...allInPlace, disclosure: false, penalty: false },
      findings: '未见行政处罚决定书；信息未公开',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ checked: true, notInPlace: ['penalty', 'disclosure'], version: before.version + 1 });
    await enforcement.patch(`/api/reconciliations/${id}/checks/${rec2.id}`, { items: { ...allInPlace, riskControl: false }, findings: '现场仍在销售同批次产品' });
    // For REC-0001 the checker found the cause investigated and rectified; the platform has no record of either.
    const after = await current();
    expect(after.checks[1].differs).toEqual(['causeInvestigation', 'rectification']);
    expect(after.progress).toEqual({ checks: 3, checked: 3, notInPlace: 2 });

    const stale = await enforcement.post(`/api/reconciliations/${id}/finish`, { version: before.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
  });

  it('finishes: each disposal found wanting becomes a rectification work item in the owner\'s inbox, with a deadline', async () => {
    const r = await current();
    const res = await enforcement.post(`/api/reconciliations/${id}/finish`, { version: r.version, rectificationDays: 15 });
    expect(res.statusCode).toBe(200);
    const finished = res.json();
    expect(finished).toMatchObject({ status: 'finished', version: r.version + 1 });
    expect(finished.rectifications).toHaveLength(2);

    const expected = computeDeadline({ id: 'x', amount: 15, unit: 'calendarDay' }, new Date(finished.finishedAt), await loadCalendar(t.database.db));
    const inbox = (await wuhou.get('/api/work-items?kind=rectification')).json();
    expect(inbox.total).toBe(2);
    const titles = inbox.items.map((i: { title: string }) => i.title).sort();
    expect(titles).toEqual(['对账检查整改：REC-0001（行政处罚、信息公开）', '对账检查整改：REC-0002（风险控制）']);
    for (const item of inbox.items) {
      expect(item.dueAt).toBe(expected.due.toISOString());
      expect(item.links[0]).toEqual({ label: '核查处置', href: `/disposals/${r.checks.find((c: { id: string }) => c.id === item.subjectId).disposalId}` });
    }
    expect(toLocalDate(expected.due)).toBe(expected.dueDate);
    const jinjiang = await t.login('county-510104');
    expect((await jinjiang.get('/api/work-items?kind=rectification')).json().total).toBe(0);
  });

  it('is closed once finished', async () => {
    const r = await current();
    expect(r.actions).toEqual([]);
    const res = await enforcement.patch(`/api/reconciliations/${id}/checks/${r.checks[0].id}`, { items: allInPlace });
    expect(res.statusCode).toBe(409);
    expect((await enforcement.post(`/api/reconciliations/${id}/finish`, { version: r.version })).statusCode).toBe(409);
  });

  it('leaves an audit trail: start, each check with the platform record, finish, the work items', async () => {
    const actions = (await auditOf(id)).map((a) => a.action);
    expect(actions).toEqual(['reconciliation.start', 'reconciliation.check', 'reconciliation.check', 'reconciliation.check', 'reconciliation.finish']);
    const check = (await auditOf(id)).find((a) => a.action === 'reconciliation.check' && (a.after as { findings: string | null }).findings?.startsWith('未见'))!;
    expect((check.after as { platform: Record<string, { status: string } | null> }).platform.riskControl).toMatchObject({ status: 'done' });
    expect(check.actorUsername).toBe('div-enforcement');
    // This reconciliation's items only: the demo data has a finished reconciliation of its own.
    const ownChecks = sql`(SELECT rc.id::text FROM reconciliation_checks rc WHERE rc.reconciliation_id = ${id})`;
    const items = await t.database.db.select().from(workItems).where(and(eq(workItems.kind, 'rectification'), eq(workItems.subjectType, 'reconciliationCheck'), sql`${workItems.subjectId} IN ${ownChecks}`));
    const created = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'workItem.create'), inArray(auditLog.entityId, items.map((i) => i.id))));
    expect(created).toHaveLength(2);
  });
});
