/**
 * Issue 15, the parts the page's forms and lists rely on: 协调处 adds, edits and removes an
 * indicator of a year's set (field messages, audit, the freeze); the rectification status list
 * scoped in SQL with its filters; a quarter's scores at the quarter's last instant; the city
 * view's standing (a city bureau sees its counties' scores, not another city's).
 */
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { auditLog, disposals, samples, workItems } from '../../src/db/schema/index.js';
import { periodBounds } from '../../src/domain/assessment/periods.js';
import { reconciliationRectified } from '../../src/modules/assessment/computations/reconciliation-rectified.js';
import { samplePendingReview } from '../../src/modules/assessment/computations/sample-pending-review.js';
import { unitIdForRegion } from '../../src/modules/org/seed-organisation.js';
import { toLocalDate } from '../../src/domain/time.js';

let t: TestApp;
let coordination: TestClient;
let leader: TestClient;
let chengdu: TestClient;
let mianyang: TestClient;
let wuhou: TestClient;
let jinjiang: TestClient;
const YEAR = 2033; // a year of its own: the demo records and the other assessment tests do not reach it

const send = (method: 'POST' | 'PATCH' | 'DELETE', client: TestClient, url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken }, ...(payload === undefined ? {} : { payload: payload as object }) });

const newIndicator = {
  year: YEAR,
  name: '抽检信息45日内公布率',
  definition: '考核期内公布的抽检结果中，自抽样之日起45日内公布的比例。',
  computation: 'publication.timely',
  params: { days: 45 },
  direction: 'higher',
  target: 0.8,
  weight: 5,
  unitKinds: ['city', 'county'],
  period: 'quarter',
};

beforeAll(async () => {
  t = await createTestApp();
  [coordination, leader, chengdu, mianyang, wuhou, jinjiang] = await Promise.all(['div-coordination', 'leader', 'city-510100', 'city-510700', 'county-510107', 'county-510104'].map((u) => t.login(u)));
  expect((await send('POST', coordination, '/api/assessment/indicators/seed', { year: YEAR })).statusCode).toBe(200);
});
afterAll(async () => t?.close());

describe('the indicator form', () => {
  it('lists the computations with their unit of measure and parameters, in Chinese', async () => {
    const list = (await coordination.get(`/api/assessment/indicators?year=${YEAR}`)).json();
    const publication = list.computations.find((c: any) => c.key === 'publication.timely');
    expect(publication).toMatchObject({ name: '抽检信息按时公布', measure: 'ratio', measureName: '比例（%）', parameters: [{ key: 'days', label: '规定公布天数', kind: 'integer', default: 60, suffix: '天' }] });
    expect(list.computations.find((c: any) => c.key === 'check.deductions')).toMatchObject({ measureName: '分', parameters: [expect.objectContaining({ key: 'pointsPerFinding' })] });
  });

  it('refuses a form with field-level Chinese messages: missing fields, a direction the computation cannot have, a share out of range, a parameter out of range', async () => {
    const empty = await send('POST', coordination, '/api/assessment/indicators', { year: YEAR, name: ' ', definition: '', unitKinds: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details).toMatchObject({ name: '请填写指标名称', definition: '请填写指标定义', computation: '请选择计算方法', direction: '请选择指标方向', unitKinds: '请选择适用单位', period: '请选择考核周期' });
    const rules = await send('POST', coordination, '/api/assessment/indicators', { ...newIndicator, target: 1.5, params: { days: 0 } });
    expect(rules.statusCode).toBe(400);
    expect(rules.json().error.details).toEqual({ target: '目标值应在0%到100%之间', 'params.days': '规定公布天数应为1到365之间的整数' });
    const points = await send('POST', coordination, '/api/assessment/indicators', { ...newIndicator, computation: 'check.deductions', params: { pointsPerFinding: 101 } });
    expect(points.json().error.details).toEqual({ direction: '该计算方法得出扣分，指标方向应为扣分项', 'params.pointsPerFinding': '每个问题默认扣分应为0到100之间的数' });
    const unknown = await send('POST', coordination, '/api/assessment/indicators', { ...newIndicator, computation: 'nothing.like.this' });
    expect(unknown.json().error).toMatchObject({ code: 'ASSESSMENT_UNKNOWN_COMPUTATION', details: { computation: '计算方法不存在' } });
    expect((await send('POST', chengdu, '/api/assessment/indicators', newIndicator)).statusCode).toBe(403);
  });

  let added: any;
  it('adds an indicator without a code (derived from the computation), with audit; it is scored in a quarter', async () => {
    const res = await send('POST', coordination, '/api/assessment/indicators', { ...newIndicator, params: { days: 45, stray: 'x' } });
    expect(res.statusCode, res.body).toBe(201);
    added = res.json();
    // The seeded set already has publication.timely: the new one takes the next free code.
    expect(added).toMatchObject({ code: 'publication.timely.2', measure: 'ratio', params: { days: 45 }, target: 0.8, period: 'quarter', year: YEAR });
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'assessmentIndicator.create'), eq(auditLog.entityId, added.id)));
    expect(audit).toHaveLength(1);
    const q1 = (await coordination.get(`/api/assessment/scores?year=${YEAR}&level=city&period=Q1`)).json();
    expect(q1.items[0].indicators.map((i: any) => i.code)).toContain('publication.timely.2');
    // A yearly indicator is not assessed in a quarter.
    expect(q1.items[0].indicators.map((i: any) => i.code)).not.toContain('plan.completion');
  });

  it('edits it (parameters checked the same way) and removes it with audit; a stale version is refused', async () => {
    const bad = await send('PATCH', coordination, `/api/assessment/indicators/${added.id}`, { version: added.version, params: { days: 1.5 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual({ 'params.days': '规定公布天数应为1到365之间的整数' });
    const edited = await send('PATCH', coordination, `/api/assessment/indicators/${added.id}`, { version: added.version, params: { days: 30 }, unitKinds: ['county'], period: 'year' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ params: { days: 30 }, unitKinds: ['county'], period: 'year', computation: 'publication.timely', version: added.version + 1 });
    expect((await send('DELETE', chengdu, `/api/assessment/indicators/${added.id}?version=${added.version + 1}`)).statusCode).toBe(403);
    const stale = await send('DELETE', coordination, `/api/assessment/indicators/${added.id}?version=${added.version}`);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const removed = await send('DELETE', coordination, `/api/assessment/indicators/${added.id}?version=${added.version + 1}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await coordination.get(`/api/assessment/indicators?year=${YEAR}`)).json().items.map((i: any) => i.id)).not.toContain(added.id);
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'assessmentIndicator.delete'), eq(auditLog.entityId, added.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0].before).toMatchObject({ code: 'publication.timely.2' });
  });

  it('keeps an indicator that findings deduct against', async () => {
    const { id: checkId } = (await send('POST', coordination, '/api/assessment/checks', { title: '年度明查', method: 'open', startOn: `${YEAR}-03-01`, endOn: `${YEAR}-03-02`, unitIds: [unitIdForRegion('510107')] })).json();
    const finding = await send('POST', coordination, `/api/assessment/checks/${checkId}/findings`, { unitId: unitIdForRegion('510107'), description: '台账不全', requirement: '补齐', dueOn: `${YEAR}-04-01`, foundOn: `${YEAR}-03-01`, indicatorCode: 'check.deductions' });
    expect(finding.statusCode, finding.body).toBe(201);
    const ind = (await coordination.get(`/api/assessment/indicators?year=${YEAR}`)).json().items.find((i: any) => i.code === 'check.deductions');
    const res = await send('DELETE', coordination, `/api/assessment/indicators/${ind.id}?version=${ind.version}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ASSESSMENT_INDICATOR_IN_USE');
  });
});

/** A disposal of a county bureau with the given clock, on a sample of its own. */
async function disposal(region: string, dueAt: string, closedAt: string | null) {
  const db = t.database.db;
  const sampleId = randomUUID();
  const sampleNo = `AQ${randomUUID().slice(0, 12)}`;
  await db.insert(samples).values({ id: sampleId, sampleNo, samplingType: 'supervisory', foodName: '测试食品', sampledPartyName: '测试企业', ownerUnitId: unitIdForRegion(region), regionCode: region, samplingDate: `${YEAR}-01-02`, conclusion: 'unqualified' });
  await db.insert(disposals).values({
    id: randomUUID(),
    sampleId,
    sampleNo,
    ownerUnitId: unitIdForRegion(region),
    status: closedAt ? 'closed' : 'open',
    openedAt: new Date(`${YEAR}-01-02T10:00:00+08:00`),
    ruleId: 'disposal.handling',
    dueAt: new Date(dueAt),
    originalDueAt: new Date(dueAt),
    closedAt: closedAt ? new Date(closedAt) : null,
  });
}

describe('a quarter at its edges', () => {
  it('a disposal due on the last instant of Q1 is Q1\'s (closed on that instant: on time), not Q2\'s; one closed a minute after Q1 ends is late in Q1', async () => {
    await disposal('510104', `${YEAR}-03-31T23:59:59.999+08:00`, `${YEAR}-03-31T23:59:59.999+08:00`);
    await disposal('510104', `${YEAR}-03-31T23:59:59.999+08:00`, `${YEAR}-04-01T00:01:00+08:00`);
    await disposal('510104', `${YEAR}-04-01T23:59:59.999+08:00`, `${YEAR}-04-01T10:00:00+08:00`);
    const valueOf = async (period: string) =>
      (await coordination.get(`/api/assessment/scores?year=${YEAR}&level=county&period=${period}`)).json().items.find((i: any) => i.unitId === unitIdForRegion('510104')).indicators.find((i: any) => i.code === 'disposal.onTime');
    expect(await valueOf('Q1')).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(await valueOf('Q2')).toMatchObject({ numerator: 1, denominator: 1, value: 1 });
    expect(await valueOf('year')).toMatchObject({ numerator: 2, denominator: 3 });
    const drill = (await coordination.get(`/api/assessment/drill?year=${YEAR}&period=Q1&code=disposal.onTime&unitId=${unitIdForRegion('510104')}&missed=true`)).json();
    expect(drill.records).toHaveLength(1);
    expect(drill.records[0].doneAt).toBe(new Date(`${YEAR}-04-01T00:01:00+08:00`).toISOString());
    expect((await coordination.get(`/api/assessment/scores?year=${YEAR}&level=county&period=Q5`)).statusCode).toBe(400);
  });
});

describe('other computations at the quarter\'s edges', () => {
  const figuresOf = async (c: typeof reconciliationRectified, period: 'Q2' | 'Q3' | 'Q4') =>
    (await c.figures({ db: t.database.db, period: periodBounds(YEAR, period), params: {}, now: new Date() })).get(unitIdForRegion('510104'));

  it('reconciliation.rectified: done on the due instant is in time, a millisecond later is not, a cancelled item is out, one due at the next quarter\'s first instant is that quarter\'s', async () => {
    const item = (dueAt: string, status: string, completedAt: string | null) => ({
      id: randomUUID(), kind: 'rectification', title: '对账检查整改', subjectType: 'reconciliationCheck', subjectId: randomUUID(), ownerUnitId: unitIdForRegion('510104'),
      dueAt: new Date(dueAt), status, completedAt: completedAt ? new Date(completedAt) : null,
    });
    const end = `${YEAR}-06-30T23:59:59.999+08:00`;
    await t.database.db.insert(workItems).values([
      item(end, 'done', end),
      item(end, 'done', `${YEAR}-07-01T00:00:00+08:00`),
      item(end, 'cancelled', null),
      item(end, 'open', null),
      item(`${YEAR}-07-01T00:00:00+08:00`, 'done', `${YEAR}-06-30T12:00:00+08:00`),
    ]);
    expect(await figuresOf(reconciliationRectified, 'Q2')).toEqual({ numerator: 1, denominator: 3 });
    expect(await figuresOf(reconciliationRectified, 'Q3')).toEqual({ numerator: 1, denominator: 1 });
  });

  it('sample.pendingReview: a sample taken on the quarter\'s last day is that quarter\'s', async () => {
    const sample = (date: string, needsReview: boolean) => ({ id: randomUUID(), sampleNo: `AR${randomUUID().slice(0, 12)}`, samplingType: 'supervisory', foodName: '测试食品', sampledPartyName: '测试企业', ownerUnitId: unitIdForRegion('510104'), regionCode: '510104', samplingDate: date, conclusion: 'qualified', needsReview });
    await t.database.db.insert(samples).values([sample(`${YEAR}-09-30`, true), sample(`${YEAR}-10-01`, false)]);
    expect(await figuresOf(samplePendingReview, 'Q3')).toEqual({ numerator: 1, denominator: 1 });
    expect(await figuresOf(samplePendingReview, 'Q4')).toEqual({ numerator: 0, denominator: 1 });
  });
});

describe('the city view', () => {
  it('before publication a city bureau sees its own and its counties\' scores and drills into them, never another city\'s; a county only its own', async () => {
    const counties = (await chengdu.get(`/api/assessment/scores?year=${YEAR}&level=county`)).json();
    expect(counties.seesAll).toBe(false);
    expect(counties.items.length).toBeGreaterThan(10);
    expect(counties.items.every((i: any) => i.regionCode.startsWith('5101'))).toBe(true);
    expect((await chengdu.get(`/api/assessment/scores?year=${YEAR}&level=city`)).json().items.map((i: any) => i.unitId)).toEqual([unitIdForRegion('510100')]);
    expect((await wuhou.get(`/api/assessment/scores?year=${YEAR}&level=county`)).json().items.map((i: any) => i.unitId)).toEqual([unitIdForRegion('510107')]);
    expect((await chengdu.get(`/api/assessment/drill?year=${YEAR}&code=disposal.onTime&unitId=${unitIdForRegion('510104')}`)).statusCode).toBe(200);
    expect((await chengdu.get(`/api/assessment/drill?year=${YEAR}&code=disposal.onTime&unitId=${unitIdForRegion('510703')}`)).statusCode).toBe(403);
    expect((await wuhou.get(`/api/assessment/drill?year=${YEAR}&code=disposal.onTime&unitId=${unitIdForRegion('510104')}`)).statusCode).toBe(403);
  });

  it('the city\'s map (province view) colours its counties by the current score', async () => {
    const year = Number(toLocalDate(new Date()).slice(0, 4));
    const d = (await chengdu.get(`/api/dashboard?regionCode=510100&year=${year}`)).json();
    const scores = d.indicators.find((i: any) => i.key === 'assessmentScore');
    const codes = scores.values.map((v: any) => v.regionCode);
    expect(codes).toContain('510107');
    expect(codes.every((c: string) => c.startsWith('5101'))).toBe(true);
  });
});

describe('the rectification status list', () => {
  const today = toLocalDate(new Date());
  const yesterday = toLocalDate(new Date(Date.now() - 86_400_000));
  const tomorrow = toLocalDate(new Date(Date.now() + 86_400_000));
  let checkId: string;
  let hiddenId: string;
  const ids: Record<string, string> = {};
  const list = async (client: TestClient, query = '') => {
    const res = await client.get(`/api/assessment/rectifications?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    checkId = (
      await send('POST', coordination, '/api/assessment/checks', { title: '交叉检查（整改清单）', method: 'cross', startOn: yesterday, endOn: today, unitIds: [unitIdForRegion('510107'), unitIdForRegion('510104')], team: [{ unitId: unitIdForRegion('510700'), personName: '王五' }] })
    ).json().id;
    const record = async (key: string, region: string, dueOn: string) => {
      const res = await send('POST', mianyang, `/api/assessment/checks/${checkId}/findings`, { unitId: unitIdForRegion(region), description: `问题${key}`, requirement: `整改${key}`, dueOn, foundOn: yesterday });
      expect(res.statusCode, res.body).toBe(201);
      ids[key] = res.json().id;
    };
    await record('overdue', '510107', yesterday);
    await record('open', '510107', tomorrow);
    await record('reported', '510107', tomorrow);
    await record('jinjiang', '510104', today); // due today: not overdue yet
    expect((await send('POST', wuhou, `/api/assessment/findings/${ids.reported}/report`, { version: 1, report: '已整改' })).statusCode).toBe(200);
    hiddenId = (await send('POST', coordination, '/api/assessment/checks', { title: '四不两直（未开始）', method: 'unannounced', startOn: tomorrow, endOn: tomorrow, unitIds: [unitIdForRegion('510107')] })).json().id;
    const hidden = await send('POST', coordination, `/api/assessment/checks/${hiddenId}/findings`, { unitId: unitIdForRegion('510107'), description: '问题hidden', requirement: '整改hidden', dueOn: tomorrow });
    expect(hidden.statusCode, hidden.body).toBe(201);
    ids.hidden = hidden.json().id;
  });

  it('gives 协调处 every requirement with status, overdue, check and link; filters by check, status, overdue and unit (with the units below it)', async () => {
    const all = await list(coordination, `checkId=${checkId}`);
    expect(all.seesAll).toBe(true);
    expect(all.total).toBe(4);
    expect(all.counts).toEqual({ open: 3, reported: 1, accepted: 0, overdue: 1 });
    // Overdue first.
    expect(all.items[0]).toMatchObject({ id: ids.overdue, overdue: true, status: 'open', statusName: '待整改', unitName: expect.stringContaining('武侯'), checkTitle: '交叉检查（整改清单）', checkMethodName: '交叉检查', href: `/assessment/checks/${checkId}` });
    expect(all.items.find((i: any) => i.id === ids.jinjiang).overdue).toBe(false);
    expect((await list(coordination, `checkId=${checkId}&overdue=true`)).items.map((i: any) => i.id)).toEqual([ids.overdue]);
    expect((await list(coordination, `checkId=${checkId}&status=reported`)).items.map((i: any) => i.id)).toEqual([ids.reported]);
    const jinjiangOnly = await list(coordination, `checkId=${checkId}&unitId=${unitIdForRegion('510104')}`);
    expect(jinjiangOnly.items.map((i: any) => i.id)).toEqual([ids.jinjiang]);
    expect(jinjiangOnly.counts).toEqual({ open: 1, reported: 0, accepted: 0, overdue: 0 });
    expect((await list(coordination, `checkId=${checkId}&unitId=${unitIdForRegion('510100')}`)).total).toBe(4);
    const paged = await list(coordination, `checkId=${checkId}&pageSize=2&page=2`);
    expect(paged.items).toHaveLength(2);
    expect(paged.total).toBe(4);
    expect((await list(coordination, `checkId=${hiddenId}`)).items.map((i: any) => i.id)).toEqual([ids.hidden]);
    expect((await list(leader, `checkId=${checkId}`)).total).toBe(4);
  });

  it('gives a checked unit its own only, a city its counties\', the team the check\'s; an unannounced check\'s findings stay hidden until it starts', async () => {
    const own = await list(wuhou);
    expect(own.seesAll).toBe(false);
    expect(own.items.every((i: any) => i.unitId === unitIdForRegion('510107'))).toBe(true);
    expect(own.items.map((i: any) => i.id)).toEqual(expect.arrayContaining([ids.overdue, ids.open, ids.reported]));
    expect(own.items.map((i: any) => i.id)).not.toContain(ids.hidden);
    expect(own.items.map((i: any) => i.id)).not.toContain(ids.jinjiang);
    // Filtering on another unit gives nothing beyond the scope.
    expect((await list(wuhou, `unitId=${unitIdForRegion('510104')}`)).total).toBe(0);
    expect((await list(jinjiang, `checkId=${checkId}`)).items.map((i: any) => i.id)).toEqual([ids.jinjiang]);
    const city = await list(chengdu, `checkId=${checkId}`);
    expect(city.total).toBe(4);
    expect((await list(chengdu)).items.map((i: any) => i.id)).not.toContain(ids.hidden);
    expect((await list(mianyang, `checkId=${checkId}`)).total).toBe(4);
    const bad = await chengdu.get('/api/assessment/rectifications?status=done&overdue=yes');
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.details).sort()).toEqual(['overdue', 'status']);
  });
});

describe('a quarter\'s results', () => {
  it('the xlsx counts the quarter\'s findings only (the one found on 1 March is Q1\'s, not Q2\'s)', async () => {
    const findingsOfWuhou = async (period: string) => {
      const res = await coordination.get(`/api/assessment/scores.xlsx?year=${YEAR}&period=${period}`);
      expect(res.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = book.getWorksheet('县（市、区）局')!;
      const header = (sheet.getRow(2).values as unknown[]).map(String);
      const row = sheet.getRows(3, sheet.rowCount - 2)!.find((r) => r.getCell(header.indexOf('行政区划代码')).value === '510107')!;
      return row.getCell(header.indexOf('检查发现问题')).value;
    };
    expect(await findingsOfWuhou('Q1')).toBe(1);
    expect(await findingsOfWuhou('Q2')).toBe(0);
  });
});

describe('the freeze', () => {
  it('once the year is published, adding, editing and removing are refused', async () => {
    expect((await send('POST', coordination, '/api/assessment/results/publish', { year: YEAR, period: 'year' })).statusCode).toBe(200);
    const ind = (await coordination.get(`/api/assessment/indicators?year=${YEAR}`)).json().items.find((i: any) => i.code === 'disposal.onTime');
    for (const res of [
      await send('POST', coordination, '/api/assessment/indicators', newIndicator),
      await send('PATCH', coordination, `/api/assessment/indicators/${ind.id}`, { version: ind.version, name: '改名' }),
      await send('DELETE', coordination, `/api/assessment/indicators/${ind.id}?version=${ind.version}`),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('ASSESSMENT_YEAR_FROZEN');
    }
  });
});
