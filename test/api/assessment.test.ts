import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { assessmentIndicators, auditLog, disposals, samples, workItems } from '../../src/db/schema/index.js';
import { unitIdForRegion } from '../../src/modules/org/seed-organisation.js';
import { disposalOnTime } from '../../src/modules/assessment/computations/disposal-on-time.js';
import { periodBounds } from '../../src/domain/assessment/periods.js';
import { toLocalDate } from '../../src/domain/time.js';

let t: TestApp;
let coordination: TestClient;
let leader: TestClient;
let chengdu: TestClient;
let mianyang: TestClient;
let wuhou: TestClient;
let jinjiang: TestClient;
const YEAR = 2031; // a year of its own: the demo records do not reach it
const thisYear = Number(toLocalDate(new Date()).slice(0, 4));

const patch = (client: TestClient, url: string, payload: unknown) =>
  t.app.inject({ method: 'PATCH', url, headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken }, payload: payload as object });
const post = (client: TestClient, url: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url, headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken }, payload: payload as object });

/** A disposal of a county bureau with the given clock, on a sample of its own. */
async function disposal(region: string, fields: { dueAt: string; closedAt?: string | null; status?: string; extended?: boolean; originalDueAt?: string }) {
  const db = t.database.db;
  const sampleId = randomUUID();
  const sampleNo = `AS${randomUUID().slice(0, 12)}`;
  await db.insert(samples).values({ id: sampleId, sampleNo, samplingType: 'supervisory', foodName: '测试食品', sampledPartyName: '测试企业', ownerUnitId: unitIdForRegion(region), regionCode: region, samplingDate: `${YEAR}-01-02`, conclusion: 'unqualified' });
  const id = randomUUID();
  await db.insert(disposals).values({
    id,
    sampleId,
    sampleNo,
    ownerUnitId: unitIdForRegion(region),
    status: fields.status ?? (fields.closedAt ? 'closed' : 'open'),
    openedAt: new Date(`${YEAR}-01-02T10:00:00+08:00`),
    ruleId: 'disposal.handling',
    dueAt: new Date(fields.dueAt),
    originalDueAt: new Date(fields.originalDueAt ?? fields.dueAt),
    extension: fields.extended ? { days: 30, reason: '案情复杂', approvedBy: '局长', approvedAt: `${YEAR}-03-01T00:00:00Z`, documentNo: '延1' } : null,
    closedAt: fields.closedAt ? new Date(fields.closedAt) : null,
    voidedAt: fields.status === 'voided' ? new Date(`${YEAR}-02-01T00:00:00+08:00`) : null,
  });
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  [coordination, leader, chengdu, mianyang, wuhou, jinjiang] = await Promise.all(['div-coordination', 'leader', 'city-510100', 'city-510700', 'county-510107', 'county-510104'].map((u) => t.login(u)));
  const seeded = await post(coordination, '/api/assessment/indicators/seed', { year: YEAR });
  expect(seeded.statusCode).toBe(200);
});
afterAll(async () => t?.close());

describe('disposal.onTime at its edges', () => {
  it('counts due-in-period disposals closed by the deadline: on the deadline is on time, extended ones by the extended date, voided ones not at all, a deadline moved past New Year into the next year', async () => {
    await disposal('510107', { dueAt: `${YEAR}-03-10T23:59:59.999+08:00`, closedAt: `${YEAR}-03-10T23:59:59.999+08:00` }); // exactly on the deadline: on time
    await disposal('510107', { dueAt: `${YEAR}-04-10T23:59:59.999+08:00`, closedAt: `${YEAR}-04-11T09:00:00+08:00` }); // a day late
    await disposal('510107', { dueAt: `${YEAR}-05-10T23:59:59.999+08:00`, originalDueAt: `${YEAR}-04-10T23:59:59.999+08:00`, extended: true, closedAt: `${YEAR}-05-01T09:00:00+08:00` }); // late for the legal date, on time for the extended one
    await disposal('510107', { dueAt: `${YEAR}-06-10T23:59:59.999+08:00`, status: 'voided' }); // voided: out
    // Due on the first working day after the New Year holiday: the next year's disposal, not this year's.
    await disposal('510107', { dueAt: `${YEAR + 1}-01-04T23:59:59.999+08:00`, originalDueAt: `${YEAR}-12-31T23:59:59.999+08:00`, closedAt: `${YEAR + 1}-01-03T10:00:00+08:00` });
    await disposal('510107', { dueAt: `${YEAR}-07-10T23:59:59.999+08:00` }); // still open past its deadline: late
    const figures = await disposalOnTime.figures({ db: t.database.db, period: periodBounds(YEAR, 'year'), params: {}, now: new Date() });
    expect(figures.get(unitIdForRegion('510107'))).toEqual({ numerator: 2, denominator: 4 });
    // The city counts its counties (本级及下级).
    expect(figures.get(unitIdForRegion('510100'))).toEqual({ numerator: 2, denominator: 4 });
    const next = await disposalOnTime.figures({ db: t.database.db, period: periodBounds(YEAR + 1, 'Q1'), params: {}, now: new Date() });
    expect(next.get(unitIdForRegion('510107'))).toEqual({ numerator: 1, denominator: 1 });
  });

  it('equals a recomputation from GET /api/disposals, and drills down to the late ones', async () => {
    const scores = await coordination.get(`/api/assessment/scores?year=${YEAR}&level=county`);
    expect(scores.statusCode).toBe(200);
    const wuhouRow = scores.json().items.find((i: any) => i.unitId === unitIdForRegion('510107'));
    const value = wuhouRow.indicators.find((i: any) => i.code === 'disposal.onTime').value;
    const list = (await wuhou.get(`/api/disposals?ownerUnitId=${unitIdForRegion('510107')}&pageSize=200`)).json().items as any[];
    const due = list.filter((d) => d.status !== 'voided' && d.dueAt >= `${YEAR}-01-01` && new Date(d.dueAt) < new Date(`${YEAR + 1}-01-01T00:00:00+08:00`));
    const onTime = due.filter((d) => d.closedAt && new Date(d.closedAt) <= new Date(d.dueAt));
    expect(value).toBeCloseTo(onTime.length / due.length, 6);
    const drill = await coordination.get(`/api/assessment/drill?year=${YEAR}&code=disposal.onTime&unitId=${unitIdForRegion('510107')}&missed=true`);
    expect(drill.statusCode).toBe(200);
    expect(drill.json().records).toHaveLength(2);
    expect(drill.json().records.every((r: any) => r.href.startsWith('/disposals/') && !r.ok)).toBe(true);
  });
});

describe('scores and who sees them', () => {
  it('answers the agreed shape, ranks cities among cities and counties within their city', async () => {
    const res = await coordination.get(`/api/assessment/scores?year=${YEAR}&level=city`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.length).toBe(21);
    expect(body.items[0]).toMatchObject({ unitId: expect.any(String), regionCode: expect.any(String), indicators: expect.arrayContaining([expect.objectContaining({ code: 'disposal.onTime', target: 0.95 })]) });
    const counties = (await coordination.get(`/api/assessment/scores?year=${YEAR}&level=county`)).json().items as any[];
    const chengduCounties = counties.filter((c) => c.regionCode.startsWith('5101') && c.score !== null);
    expect(chengduCounties.some((c) => c.rankInCity === 1)).toBe(true);
  });

  it('before publication a city user gets only its own row among the cities and cannot drill into another city; the leadership sees all', async () => {
    const own = (await chengdu.get(`/api/assessment/scores?year=${YEAR}&level=city`)).json();
    expect(own.items.map((i: any) => i.unitId)).toEqual([unitIdForRegion('510100')]);
    // The city view: a city bureau sees its own counties' scores (their records make up its own), no other city's.
    const counties = (await chengdu.get(`/api/assessment/scores?year=${YEAR}&level=county`)).json().items;
    expect(counties.length).toBeGreaterThan(0);
    expect(counties.every((i: any) => i.regionCode.startsWith('5101'))).toBe(true);
    const other = await mianyang.get(`/api/assessment/drill?year=${YEAR}&code=disposal.onTime&unitId=${unitIdForRegion('510100')}`);
    expect(other.statusCode).toBe(403);
    expect((await leader.get(`/api/assessment/scores?year=${YEAR}&level=city`)).json().items).toHaveLength(21);
  });
});

describe('indicators', () => {
  it('协调处 edits a weight with audit; another unit may not', async () => {
    const list = (await coordination.get(`/api/assessment/indicators?year=${YEAR}`)).json();
    expect(list.editable).toBe(true);
    const ind = list.items.find((i: any) => i.code === 'disposal.onTime');
    expect((await patch(chengdu, `/api/assessment/indicators/${ind.id}`, { version: ind.version, weight: 40 })).statusCode).toBe(403);
    const res = await patch(coordination, `/api/assessment/indicators/${ind.id}`, { version: ind.version, weight: 40 });
    expect(res.statusCode).toBe(200);
    expect(res.json().weight).toBe(40);
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'assessmentIndicator.update'), eq(auditLog.entityId, ind.id)));
    expect(audit).toHaveLength(1);
    const bad = await patch(coordination, `/api/assessment/indicators/${ind.id}`, { version: ind.version + 1, weight: -1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toHaveProperty('weight');
  });

  it('publishing the year freezes its set; everyone then reads the published scores', async () => {
    const pub = await post(coordination, '/api/assessment/results/publish', { year: YEAR, period: 'year' });
    expect(pub.statusCode).toBe(200);
    expect((await post(coordination, '/api/assessment/results/publish', { year: YEAR, period: 'year' })).json().error.code).toBe('ASSESSMENT_ALREADY_PUBLISHED');
    const [ind] = await t.database.db.select().from(assessmentIndicators).where(and(eq(assessmentIndicators.year, YEAR), eq(assessmentIndicators.code, 'plan.completion')));
    const frozen = await patch(coordination, `/api/assessment/indicators/${ind.id}`, { version: ind.version, weight: 1 });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().error.code).toBe('ASSESSMENT_YEAR_FROZEN');
    expect((await coordination.get(`/api/assessment/indicators?year=${YEAR}`)).json()).toMatchObject({ frozen: true, editable: false });
    const seen = (await chengdu.get(`/api/assessment/scores?year=${YEAR}&level=city`)).json();
    expect(seen.published).toBe(true);
    expect(seen.items).toHaveLength(21);
  });
});

describe('checks and rectification', () => {
  const tomorrow = toLocalDate(new Date(Date.now() + 86_400_000));
  const today = toLocalDate(new Date());
  it('an unannounced check is invisible to the checked unit (and its city) until its start date, visible to the team', async () => {
    const res = await post(coordination, '/api/assessment/checks', {
      title: '四不两直检查', method: 'unannounced', startOn: tomorrow, endOn: tomorrow,
      unitIds: [unitIdForRegion('510107')], team: [{ unitId: unitIdForRegion('510700'), personName: '李四' }],
    });
    expect(res.statusCode).toBe(201);
    const { id } = res.json();
    expect((await wuhou.get('/api/assessment/checks')).json().items.map((c: any) => c.id)).not.toContain(id);
    expect((await chengdu.get('/api/assessment/checks')).json().items.map((c: any) => c.id)).not.toContain(id);
    expect((await wuhou.get(`/api/assessment/checks/${id}`)).statusCode).toBe(404);
    expect((await mianyang.get(`/api/assessment/checks/${id}`)).statusCode).toBe(200);
    const announced = (await post(coordination, '/api/assessment/checks', { title: '明查', method: 'open', startOn: tomorrow, endOn: tomorrow, unitIds: [unitIdForRegion('510107')] })).json().id;
    expect((await wuhou.get('/api/assessment/checks')).json().items.map((c: any) => c.id)).toContain(announced);
  });

  it('a finding becomes a rectification requirement and a work item; the checked unit reports, the checking side accepts; deductions lower the score', async () => {
    const { id: checkId } = (
      await post(coordination, '/api/assessment/checks', { title: '交叉检查', method: 'cross', startOn: today, endOn: today, unitIds: [unitIdForRegion('510107')], team: [{ unitId: unitIdForRegion('510700'), personName: '王五' }] })
    ).json();
    // Another county is not a checked unit of this check; a unit outside the team may not record.
    expect((await post(mianyang, `/api/assessment/checks/${checkId}/findings`, { unitId: unitIdForRegion('510104'), description: 'x', requirement: 'y', dueOn: today })).json().error.code).toBe('ASSESSMENT_UNIT_NOT_CHECKED');
    expect((await post(jinjiang, `/api/assessment/checks/${checkId}/findings`, { unitId: unitIdForRegion('510107'), description: 'x', requirement: 'y', dueOn: today })).statusCode).toBe(404);
    const deductionOf = async () =>
      (await coordination.get(`/api/assessment/scores?year=${thisYear}&level=county`)).json().items.find((i: any) => i.unitId === unitIdForRegion('510107')).indicators.find((i: any) => i.code === 'check.deductions');
    const before = (await deductionOf()).value ?? 0; // the demo's own cross check found something at 武侯 too
    const f = await post(mianyang, `/api/assessment/checks/${checkId}/findings`, { unitId: unitIdForRegion('510107'), description: '台账登记不全', requirement: '补齐台账', dueOn: today, indicatorCode: 'check.deductions' });
    expect(f.statusCode).toBe(201);
    const findingId = f.json().id;
    const [item] = await t.database.db.select().from(workItems).where(and(eq(workItems.subjectId, findingId), eq(workItems.kind, 'assessment_rectification')));
    expect(item).toMatchObject({ ownerUnitId: unitIdForRegion('510107'), status: 'open' });
    const detail = (await wuhou.get(`/api/assessment/checks/${checkId}`)).json();
    expect(detail.findings[0]).toMatchObject({ deduction: 2, actions: expect.arrayContaining(['report']) });
    const upload = await t.upload(wuhou, `/api/assessment/findings/${findingId}/attachments`, { name: 'evidence.pdf', bytes: Buffer.from('%PDF-1.4\n%test\n') });
    expect(upload.statusCode).toBe(201);
    expect((await post(jinjiang, `/api/assessment/findings/${findingId}/report`, { version: 1, report: 'x' })).statusCode).toBe(404);
    const reported = await post(wuhou, `/api/assessment/findings/${findingId}/report`, { version: 1, report: '已补齐台账' });
    expect(reported.statusCode).toBe(200);
    expect((await post(wuhou, `/api/assessment/findings/${findingId}/review`, { version: 2, accepted: true })).json().error.code).toBe('ASSESSMENT_CHECKING_SIDE_ONLY');
    const accepted = await post(mianyang, `/api/assessment/findings/${findingId}/review`, { version: 2, accepted: true });
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    // The checks list counts the check's findings and names its units (a correlated subquery once matched nothing).
    const listed = (await coordination.get('/api/assessment/checks')).json().items.find((c: any) => c.id === checkId);
    expect(listed).toMatchObject({ findings: 1, openFindings: 0, units: [expect.objectContaining({ id: unitIdForRegion('510107') })] });
    const [after] = await t.database.db.select().from(workItems).where(and(eq(workItems.subjectId, findingId), eq(workItems.kind, 'assessment_rectification')));
    expect(after.status).toBe('done');
    expect(await deductionOf()).toMatchObject({ value: before + 2, points: -(before + 2) });
  });
});

describe('documents', () => {
  it('renders the 考评通报 and the xlsx', async () => {
    const doc = await coordination.get(`/api/assessment/results/report.docx?year=${YEAR}`);
    expect(doc.statusCode).toBe(200);
    expect(doc.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const xlsx = await coordination.get(`/api/assessment/scores.xlsx?year=${YEAR}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
