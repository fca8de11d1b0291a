import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { auditLog, foodCategories, resultItems, workItems } from '../../src/db/schema/index.js';
import { seedRetestLabs, retestLabData } from '../../src/modules/objections/seed-retest-labs.js';
import { normaliseLabName } from '../../src/domain/objections/draw-retest-lab.js';
import { buildCalendar } from '../../src/domain/deadlines/calendar.js';
import { chineseDaysCalendarData } from '../../src/domain/deadlines/chinese-days-data.js';
import { computeDeadline } from '../../src/domain/deadlines/compute-deadline.js';
import { localDateTime } from '../../src/domain/time.js';
import { systemActor } from '../../src/modules/access/actor.js';
import { evaluateItems } from '../../src/modules/sampling/evaluate-items.js';
import { loadSampleCatalogue } from '../../src/modules/sampling/load-sample-catalogue.js';
import type { SampleCatalogue } from '../../src/modules/sampling/sample-catalogue.js';
import { writeResults } from '../../src/modules/sampling/write-results.js';

let t: TestApp;
let sampling: TestClient;
let wuhou: TestClient;
let chengdu: TestClient;
let mianyang: TestClient;
let categoryId: string;
let catalogue: SampleCatalogue;

const calendar = buildCalendar(chineseDaysCalendarData());
const workingDays = (amount: number, from: string) => computeDeadline({ id: 'test', amount, unit: 'workingDay' }, localDateTime(from), calendar).due.toISOString();

const failedAdditive = { itemName: '脱氢乙酸及其钠盐(以脱氢乙酸计)', resultText: '0.9', limitText: '≤0.5', unit: 'g/kg' };
const passedAdditive = { itemName: '脱氢乙酸及其钠盐(以脱氢乙酸计)', resultText: '0.31', limitText: '≤0.5', unit: 'g/kg' };
const failedMicrobe = { itemName: '菌落总数', resultText: '8.6×10⁵', limitText: '≤10⁵', unit: 'CFU/g' };

/** An unqualified cake sample from a shop in 武侯区 (owner: the 武侯区 bureau), with its disposal. */
async function newSample(sampleNo: string, options: { samplingDate?: string; labName?: string; items?: object[] } = {}) {
  const res = await sampling.post('/api/samples', {
    sampleNo,
    samplingType: 'supervisory',
    foodName: '蛋黄酥',
    categoryId,
    link: 'distribution',
    sampledParty: { name: `成都市武侯区${sampleNo}食品店`, address: '四川省成都市武侯区某某路5号' },
    samplingDate: options.samplingDate ?? '2026-11-02',
    samplers: ['张三', '李四'],
    labName: options.labName ?? '四川省食品检验研究院',
    items: options.items ?? [failedAdditive],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; conclusion: string; ownerUnitId: string };
}

const objection = (client: TestClient, sampleId: string, body: Record<string, unknown>) =>
  client.post(`/api/samples/${sampleId}/objections`, { applicant: '成都市武侯区某某食品店', content: '对检验结论有异议', ground: 'sample_identity', ...body });
const retest = (client: TestClient, sampleId: string, body: Record<string, unknown>) =>
  client.post(`/api/samples/${sampleId}/retests`, { applicant: '成都市武侯区某某食品店', content: '申请复检', backupSampleExpired: false, ...body });
const disposalOf = async (sampleNo: string) => (await wuhou.get(`/api/disposals?sampleNo=${sampleNo}`)).json().items[0];
const openItems = (subjectId: string) =>
  t.database.db.select().from(workItems).where(and(eq(workItems.subjectId, subjectId), eq(workItems.status, 'open')));
const auditOf = (entityId: string) => t.database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(asc(auditLog.seq));

beforeAll(async () => {
  t = await createTestApp();
  // Seeded at start (prepareDatabase); seeding again adds nothing.
  expect(await seedRetestLabs(t.database.db)).toBe(0);
  sampling = await t.login('div-sampling');
  wuhou = await t.login('county-510107');
  chengdu = await t.login('city-510100');
  mianyang = await t.login('city-510700');
  [{ id: categoryId }] = await t.database.db.select({ id: foodCategories.id }).from(foodCategories).where(eq(foodCategories.name, '糕点'));
  catalogue = await loadSampleCatalogue(t.database.db);
});
afterAll(() => t.close());

describe('the retest-lab list', () => {
  it('is seeded once (idempotent) and readable by anyone who reads samples', async () => {
    expect(await seedRetestLabs(t.database.db)).toBe(0);
    const res = await wuhou.get('/api/retest-labs');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((l: { name: string }) => l.name)).toContain('国家食品质量检验检测中心（四川）');
  });
});

describe('the 7-working-day window', () => {
  let sampleId: string;
  beforeAll(async () => {
    sampleId = (await newSample('OBJ-WINDOW', { samplingDate: '2026-09-20' })).id;
  });

  it('accepts an objection on the 7th working day after receipt: pending, answer due in 20 working days, in the owner bureau\'s inbox', async () => {
    // Received Monday 2026-11-09; the 7th working day after it is Wednesday 11-18.
    const res = await objection(wuhou, sampleId, { windowStartOn: '2026-11-09', appliedOn: '2026-11-18' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ kind: 'objection', ground: 'sample_identity', status: 'pending', statusName: '待受理', sampleNo: 'OBJ-WINDOW', actions: ['accept', 'reject'] });
    expect(body.dueAt).toBe(workingDays(20, '2026-11-18'));
    const inbox = (await wuhou.get(`/api/work-items?kind=objection_review&subjectId=${body.id}`)).json();
    expect(inbox.total).toBe(1);
    expect(inbox.items[0]).toMatchObject({ ownerUnitId: wuhou.me.unit.id, dueAt: body.dueAt });
  });

  it('records an objection on the 8th working day, and rejects it at once with the reason', async () => {
    const res = await objection(wuhou, sampleId, { windowStartOn: '2026-11-09', appliedOn: '2026-11-19' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ status: 'rejected', dueAt: null, actions: [] });
    expect(body.decisionReason).toBe('异议逾期提出：应当自收到检验结论之日（2026-11-09）起7个工作日内提出，最后一日为2026-11-18，实际提出日期为2026-11-19');
    expect(await openItems(body.id)).toHaveLength(0);
    const listed = (await wuhou.get(`/api/samples/${sampleId}/objections`)).json().items;
    expect(listed.map((a: { status: string }) => a.status)).toEqual(['pending', 'rejected']);
  });

  it('counts across National Day by the statutory calendar (holidays skipped, the make-up Saturday counted)', async () => {
    // Received Tue 2026-09-29: 09-30, 10-08, 10-09, 10-10 (调休), 10-12, 10-13, 10-14.
    expect((await objection(wuhou, sampleId, { windowStartOn: '2026-09-29', appliedOn: '2026-10-14' })).json().status).toBe('pending');
    const late = (await objection(wuhou, sampleId, { windowStartOn: '2026-09-29', appliedOn: '2026-10-15' })).json();
    expect(late.status).toBe('rejected');
    expect(late.decisionReason).toContain('最后一日为2026-10-14');
  });

  it('counts a sampling-process objection from the end of sampling', async () => {
    const process = await newSample('OBJ-PROCESS', { samplingDate: '2026-11-02' });
    // Sampling ended Monday 11-02; the 7th working day after it is 11-11.
    const inTime = await objection(wuhou, process.id, { ground: 'sampling_process', windowStartOn: '2026-11-02', appliedOn: '2026-11-11' });
    expect(inTime.json()).toMatchObject({ status: 'pending', groundName: '对抽样过程有异议' });
    const late = (await objection(wuhou, process.id, { ground: 'sampling_process', windowStartOn: '2026-11-02', appliedOn: '2026-11-12' })).json();
    expect(late.status).toBe('rejected');
    expect(late.decisionReason).toContain('对抽样过程有异议的，应当自抽样结束之日（2026-11-02）起7个工作日内提出');
  });

  it('refuses impossible dates and unknown grounds', async () => {
    const before = await objection(wuhou, sampleId, { windowStartOn: '2026-11-09', appliedOn: '2026-11-06' });
    expect(before.statusCode).toBe(400);
    expect(before.json().error.details.appliedOn).toBe('申请日期不能早于起算日期');
    const future = await objection(wuhou, sampleId, { windowStartOn: '2026-11-09', appliedOn: '2099-01-04' });
    expect(future.json().error.details.appliedOn).toBe('申请日期不能晚于今天');
    const beforeSampling = await objection(wuhou, sampleId, { windowStartOn: '2026-09-01', appliedOn: '2026-09-02' });
    expect(beforeSampling.json().error.details.windowStartOn).toContain('不能早于抽样日期');
    const ground = await objection(wuhou, sampleId, { ground: 'mood', windowStartOn: '2026-11-09', appliedOn: '2026-11-10' });
    expect(ground.statusCode).toBe(400);
    expect(ground.json().error.details.ground).toBeTruthy();
  });

  it('refuses an application against a sample that did not fail', async () => {
    const passed = await newSample('OBJ-PASSED', { items: [passedAdditive] });
    expect(passed.conclusion).toBe('qualified');
    const res = await retest(wuhou, passed.id, { windowStartOn: '2026-11-09', appliedOn: '2026-11-10' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('不是不合格');
  });
});

describe('retests the rules exclude are recorded and rejected at once', () => {
  it('a failed microbiological item', async () => {
    const s = await newSample('RT-MICROBE', { items: [failedMicrobe] });
    const res = await retest(wuhou, s.id, { windowStartOn: '2026-11-09', appliedOn: '2026-11-10' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'retest', status: 'rejected', decisionReason: '不合格项目“菌落总数”为微生物指标，不予复检' });
    expect(await openItems(res.json().id)).toHaveLength(0);
  });

  it('an expired backup sample', async () => {
    const s = await newSample('RT-EXPIRED');
    const res = await retest(wuhou, s.id, { windowStartOn: '2026-11-09', appliedOn: '2026-11-10', backupSampleExpired: true });
    expect(res.json()).toMatchObject({ status: 'rejected', decisionReason: '备份样品已超过保质期，不予复检' });
    const [apply] = (await auditOf(res.json().id)).filter((a) => a.action === 'retest.apply');
    expect(apply.after).toMatchObject({ status: 'rejected', backupSampleExpired: true });
  });

  it('a late application', async () => {
    const s = await newSample('RT-LATE');
    const res = await retest(wuhou, s.id, { windowStartOn: '2026-11-09', appliedOn: '2026-11-19' });
    expect(res.json().status).toBe('rejected');
    expect(res.json().decisionReason).toBe('复检申请逾期提出：应当自收到检验结论之日（2026-11-09）起7个工作日内提出，最后一日为2026-11-18，实际提出日期为2026-11-19，不予复检');
    // A rejected application does not block a (equally late) new one: the record simply grows.
    expect((await retest(wuhou, s.id, { windowStartOn: '2026-11-09', appliedOn: '2026-11-20' })).json().status).toBe('rejected');
  });
});

describe('a retest: accepted, lab drawn at random, overturned', () => {
  const FIRST_LAB = '国家食品质量检验检测中心(四川)'; // the list writes it with full-width brackets
  let sampleId: string;
  let id: string;
  let disposalBefore: Record<string, unknown>;
  const current = async () => (await wuhou.get(`/api/objections/${id}`)).json();
  const disposalState = async () => {
    const d = await disposalOf('RT-MAIN');
    return { id: d.id, status: d.status, dueAt: d.dueAt, originalDueAt: d.originalDueAt, version: d.version, voidedAt: d.voidedAt };
  };

  beforeAll(async () => {
    sampleId = (await newSample('RT-MAIN', { labName: FIRST_LAB })).id;
    disposalBefore = await disposalState();
    expect(disposalBefore.status).toBe('open');
  });

  it('is pending with a retest_review item due in 5 working days', async () => {
    const res = await retest(wuhou, sampleId, { windowStartOn: '2026-11-20', appliedOn: '2026-11-23' });
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({ status: 'pending', dueAt: workingDays(5, '2026-11-23'), firstLabName: FIRST_LAB });
    const items = await openItems(id);
    expect(items.map((i) => [i.kind, i.ownerUnitId])).toEqual([['retest_review', wuhou.me.unit.id]]);
  });

  it('a sample gets one retest', async () => {
    const again = await retest(wuhou, sampleId, { windowStartOn: '2026-11-20', appliedOn: '2026-11-24' });
    expect(again.statusCode).toBe(409);
  });

  it('risk control does not pause: the disposal is untouched while the retest is pending', async () => {
    expect(await disposalState()).toEqual(disposalBefore);
  });

  it('refuses a stale version and a rejection without reason', async () => {
    expect((await wuhou.post(`/api/objections/${id}/decision`, { version: 99, accept: true })).statusCode).toBe(409);
    const noReason = await wuhou.post(`/api/objections/${id}/decision`, { version: 1, accept: false });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.reason).toBeTruthy();
  });

  it('cannot be concluded before it is accepted', async () => {
    const res = await wuhou.post(`/api/objections/${id}/conclusion`, { version: 1, outcome: 'upheld', outcomeText: '维持' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('请先受理该申请，再登记结论');
  });

  it('accepting draws the retest lab at random from the list, never the first lab, and records the draw', async () => {
    const res = await wuhou.post(`/api/objections/${id}/decision`, { version: 1, accept: true, reason: '符合复检条件' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ status: 'accepted', decisionReason: '符合复检条件', actions: ['conclude'] });
    const draw = body.labDraw;
    expect(draw.excluded).toBe(FIRST_LAB);
    expect(draw.candidates).toHaveLength(retestLabData.length - 1);
    expect(draw.candidates.map((c: { name: string }) => normaliseLabName(c.name))).not.toContain(normaliseLabName(FIRST_LAB));
    expect(normaliseLabName(draw.pickedName)).not.toBe(normaliseLabName(FIRST_LAB));
    expect(draw.candidates[Number(draw.random)]).toEqual({ id: draw.pickedId, name: draw.pickedName });
    expect(draw.drawnBy).toBe('county-510107');
    // retest.conclude: 10 working days from the draw.
    const days = (new Date(body.dueAt).getTime() - new Date(draw.drawnAt).getTime()) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(10);
    const accept = (await auditOf(id)).find((a) => a.action === 'retest.accept');
    expect(accept?.after).toMatchObject({ status: 'accepted', labDraw: { pickedId: draw.pickedId, random: draw.random } });
  });

  it('closes the review item and opens one to record the retest conclusion', async () => {
    const items = await openItems(id);
    expect(items).toHaveLength(1);
    expect(items[0].title).toContain('登记复检结论');
    expect(items[0].dueAt?.toISOString()).toBe((await current()).dueAt);
    const [review] = await t.database.db.select().from(workItems).where(and(eq(workItems.subjectId, id), eq(workItems.status, 'done')));
    expect(review.kind).toBe('retest_review');
  });

  it('cannot be decided twice', async () => {
    const res = await wuhou.post(`/api/objections/${id}/decision`, { version: 2, accept: false, reason: '重复' });
    expect(res.statusCode).toBe(409);
  });

  it('risk control does not pause: the disposal is untouched after acceptance and its steps go on', async () => {
    expect(await disposalState()).toEqual(disposalBefore);
    const step = await wuhou.post(`/api/disposals/${disposalBefore.id}/steps`, {
      kind: 'notice', version: disposalBefore.version, doneOn: '2026-11-24', text: '已送达', details: { deliveredTo: '某某食品店', method: '直接送达' },
    });
    expect(step.statusCode).toBe(200);
    expect((await disposalOf('RT-MAIN')).status).toBe('in_progress');
  });

  it('refuses "overturned" when the retest result still fails, and changes nothing', async () => {
    const res = await wuhou.post(`/api/objections/${id}/conclusion`, { version: 2, outcome: 'overturned', outcomeText: '复检合格', items: [failedAdditive] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('复检结果仍不合格，不能认定为推翻');
    expect((await current()).status).toBe('accepted');
    expect((await wuhou.get(`/api/samples/${sampleId}`)).json().conclusion).toBe('unqualified');
  });

  it('refuses "overturned" unless the retest answers the failed items, each judged by a limit', async () => {
    const other = await wuhou.post(`/api/objections/${id}/conclusion`, {
      version: 2, outcome: 'overturned', outcomeText: '复检合格', items: [{ itemName: '苯甲酸及其钠盐(以苯甲酸计)', resultText: '0.1', limitText: '≤1.0', unit: 'g/kg' }],
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.details.items).toBe('复检结果须包含原不合格项目：脱氢乙酸及其钠盐(以脱氢乙酸计)');
    const noLimit = await wuhou.post(`/api/objections/${id}/conclusion`, {
      version: 2, outcome: 'overturned', outcomeText: '复检合格', items: [passedAdditive, { itemName: '某自定义项目', resultText: '0.1' }],
    });
    expect(noLimit.statusCode).toBe(400);
    expect(noLimit.json().error.details['items.1.limitText']).toContain('限量');
  });

  it('overturned: the retest lab\'s items become the effective result set beside the first result, the sample becomes qualified, the disposal is voided with the reason', async () => {
    const res = await wuhou.post(`/api/objections/${id}/conclusion`, { version: 2, outcome: 'overturned', outcomeText: '复检结果符合GB 2760要求', items: [passedAdditive] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'concluded', outcome: 'overturned', sampleConclusion: 'qualified', disposalsVoided: 1, actions: [] });
    const sample = (await wuhou.get(`/api/samples/${sampleId}`)).json();
    expect(sample.conclusion).toBe('qualified');
    const pairs = (items: { resultText: string; judgement: string }[]) => items.map((i) => [i.resultText, i.judgement]);
    expect(pairs(sample.items)).toEqual([['0.31', 'qualified']]);
    // The first lab's result stays visible, no longer effective; the retest set links to the application.
    expect(sample.resultSets.map((s: { kind: string; effective: boolean; objectionId: string | null }) => [s.kind, s.effective, s.objectionId])).toEqual([
      ['initial', false, null],
      ['retest', true, id],
    ]);
    expect(pairs(sample.resultSets[0].items)).toEqual([['0.9', 'unqualified']]);
    expect(pairs(sample.resultSets[1].items)).toEqual([['0.31', 'qualified']]);
    expect(sample.resultSets[1].retestLab).toBe((await current()).labDraw.pickedName);
    const d = (await wuhou.get(`/api/disposals/${disposalBefore.id}`)).json();
    expect(d.status).toBe('voided');
    expect(d.voidReason).toMatch(/^复检推翻原检验结论（复检机构：.+）：复检结果符合GB 2760要求$/);
    expect(await openItems(id)).toHaveLength(0);
    expect(await openItems(d.id)).toHaveLength(0);
  });

  it('writes the audit rows: on the application, on the sample (sample.overturned) and on the disposal', async () => {
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['retest.apply', 'retest.accept', 'retest.conclude']);
    const overturned = (await auditOf(sampleId)).find((a) => a.action === 'sample.overturned');
    expect(overturned?.before).toMatchObject({ conclusion: 'unqualified', items: [{ resultText: '0.9' }] });
    expect(overturned?.after).toMatchObject({ conclusion: 'qualified', objectionId: id, kind: 'retest' });
    expect((await auditOf(disposalBefore.id as string)).map((a) => a.action)).toContain('disposal.void');
  });

  it('the retest conclusion is final: a second conclusion is refused (409)', async () => {
    const res = await wuhou.post(`/api/objections/${id}/conclusion`, { version: 3, outcome: 'upheld', outcomeText: '改为维持' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('最终结论');
    expect((await current()).outcome).toBe('overturned');
  });

  it('a qualified sample takes no new application', async () => {
    expect((await objection(wuhou, sampleId, { windowStartOn: '2026-11-20', appliedOn: '2026-11-24' })).statusCode).toBe(409);
  });

  it('results are not corrected after the retest: both sets stay as they are', async () => {
    const before = (await sampling.get(`/api/samples/${sampleId}`)).json();
    const res = await sampling.post(`/api/samples/${sampleId}/results`, { version: before.version, items: [failedAdditive] });
    expect(res.statusCode).toBe(409);
    expect((await sampling.get(`/api/samples/${sampleId}`)).json().resultSets).toEqual(before.resultSets);
  });

  it('migration 0023 turns a retest that replaced the first result (before 0023) into the two sets, from the audit row', async () => {
    const sets = (await sampling.get(`/api/samples/${sampleId}`)).json().resultSets;
    // The state before 0023: the retest lab's items were the sample's only items.
    await t.database.db.transaction(async (tx) => {
      await tx.delete(resultItems).where(and(eq(resultItems.sampleId, sampleId), eq(resultItems.resultSet, 'initial')));
      await tx.update(resultItems).set({ resultSet: 'initial', objectionId: null, effective: true }).where(eq(resultItems.sampleId, sampleId));
    });
    expect((await sampling.get(`/api/samples/${sampleId}`)).json().resultSets).toHaveLength(1);
    // Its backfill statements (the column and constraint statements have run already).
    const backfill = readFileSync('src/db/migrations/0023_result_sets.sql', 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.replace(/^--.*$/gm, '').trim())
      .filter((s) => /^(UPDATE|INSERT)/.test(s));
    expect(backfill).toHaveLength(2);
    for (const statement of backfill) await t.database.db.execute(sql.raw(statement));
    expect((await sampling.get(`/api/samples/${sampleId}`)).json().resultSets).toEqual(sets);
  });

  it('a first result written again (a file imported anew) is kept beside the retest set, which stays effective', async () => {
    const written = await t.database.db.transaction((tx) =>
      writeResults(tx, systemActor, [{ sampleId, items: evaluateItems([failedAdditive], { samplingType: 'supervisory', categoryId, foodName: '蛋黄酥' }, catalogue).items }], {
        reason: '导入的新检验结果已不再为不合格',
      }),
    );
    expect(written).toMatchObject({ heldByRetest: [sampleId], opened: 0 });
    const sample = (await wuhou.get(`/api/samples/${sampleId}`)).json();
    expect(sample.conclusion).toBe('qualified');
    expect(sample.resultSets.map((s: { kind: string; effective: boolean; items: { judgement: string }[] }) => [s.kind, s.effective, s.items.map((i) => i.judgement)])).toEqual([
      ['initial', false, ['unqualified']],
      ['retest', true, ['qualified']],
    ]);
    expect((await disposalOf('RT-MAIN')).status).toBe('voided');
  });
});

describe('an objection upheld for the enterprise', () => {
  it('overturned: the sample becomes qualified with the reason for review, and the disposal is voided', async () => {
    const s = await newSample('OBJ-IDENTITY');
    const applied = (await objection(wuhou, s.id, { windowStartOn: '2026-11-20', appliedOn: '2026-11-23', content: '该批次非本店销售' })).json();
    const accepted = await wuhou.post(`/api/objections/${applied.id}/decision`, { version: 1, accept: true });
    expect(accepted.json()).toMatchObject({ status: 'accepted', labDraw: null, dueAt: applied.dueAt });
    expect((await openItems(applied.id)).map((i) => i.kind)).toEqual(['objection_review']);
    const withItems = await wuhou.post(`/api/objections/${applied.id}/conclusion`, { version: 2, outcome: 'overturned', outcomeText: 'x', items: [passedAdditive] });
    expect(withItems.statusCode).toBe(400);
    const res = await wuhou.post(`/api/objections/${applied.id}/conclusion`, { version: 2, outcome: 'overturned', outcomeText: '经核查样品非被抽样单位所售' });
    expect(res.statusCode, res.body).toBe(200);
    const sample = (await wuhou.get(`/api/samples/${s.id}`)).json();
    expect(sample).toMatchObject({ conclusion: 'qualified', needsReview: true });
    expect(sample.reviewReasons).toContain('异议成立（对样品真实性有异议），推翻原检验结论：经核查样品非被抽样单位所售');
    expect(sample.history.map((h: { action: string }) => h.action)).toContain('sample.overturned');
    const d = await disposalOf('OBJ-IDENTITY');
    expect(d).toMatchObject({ status: 'voided', voidReason: '异议成立（对样品真实性有异议），推翻原检验结论：经核查样品非被抽样单位所售' });
    expect((await auditOf(applied.id)).map((a) => a.action)).toEqual(['objection.apply', 'objection.accept', 'objection.conclude']);
  });

  it('once the result is overturned, another open application on the sample can only be rejected', async () => {
    const s = await newSample('OBJ-TWO');
    const first = (await objection(wuhou, s.id, { windowStartOn: '2026-11-20', appliedOn: '2026-11-23' })).json();
    const second = (await retest(wuhou, s.id, { windowStartOn: '2026-11-20', appliedOn: '2026-11-23' })).json();
    await wuhou.post(`/api/objections/${first.id}/decision`, { version: 1, accept: true });
    expect((await wuhou.post(`/api/objections/${first.id}/conclusion`, { version: 2, outcome: 'overturned', outcomeText: '样品非本店销售' })).statusCode).toBe(200);
    const accept = await wuhou.post(`/api/objections/${second.id}/decision`, { version: 1, accept: true });
    expect(accept.statusCode).toBe(409);
    expect(accept.json().error.message).toContain('已不再为不合格');
    expect((await wuhou.post(`/api/objections/${second.id}/decision`, { version: 1, accept: false, reason: '原检验结论已因异议成立被推翻' })).statusCode).toBe(200);
  });

  it('upheld (the result stands): nothing changes on the sample or its disposal', async () => {
    const s = await newSample('OBJ-UPHELD');
    const before = await disposalOf('OBJ-UPHELD');
    const applied = (await objection(wuhou, s.id, { ground: 'method_or_standard', windowStartOn: '2026-11-20', appliedOn: '2026-11-23' })).json();
    await wuhou.post(`/api/objections/${applied.id}/decision`, { version: 1, accept: true });
    const res = await wuhou.post(`/api/objections/${applied.id}/conclusion`, { version: 2, outcome: 'upheld', outcomeText: '检验方法、判定标准适用正确' });
    expect(res.json()).toMatchObject({ status: 'concluded', outcome: 'upheld', outcomeName: '维持原检验结论', sampleConclusion: 'unqualified', disposalsVoided: 0 });
    expect((await wuhou.get(`/api/samples/${s.id}`)).json()).toMatchObject({ conclusion: 'unqualified', version: 1 });
    expect(await disposalOf('OBJ-UPHELD')).toMatchObject({ status: before.status, dueAt: before.dueAt, version: before.version });
    expect((await auditOf(s.id)).map((a) => a.action)).not.toContain('sample.overturned');
  });

  it('two officers deciding at once: one wins, the other gets 409 (no lost update)', async () => {
    const s = await newSample('OBJ-RACE');
    const applied = (await objection(wuhou, s.id, { windowStartOn: '2026-11-20', appliedOn: '2026-11-23' })).json();
    const codes = (
      await Promise.all([
        wuhou.post(`/api/objections/${applied.id}/decision`, { version: 1, accept: true }),
        chengdu.post(`/api/objections/${applied.id}/decision`, { version: 1, accept: false, reason: '不予受理' }),
      ])
    ).map((r) => r.statusCode);
    expect(codes.sort()).toEqual([200, 409]);
    expect((await openItems(applied.id)).length).toBeLessThanOrEqual(1);
  });

  it('rejected with a reason closes the review item', async () => {
    const s = await newSample('OBJ-REJECT');
    const applied = (await objection(wuhou, s.id, { windowStartOn: '2026-11-20', appliedOn: '2026-11-23' })).json();
    const res = await wuhou.post(`/api/objections/${applied.id}/decision`, { version: 1, accept: false, reason: '异议理由不成立，未提供证明材料' });
    expect(res.json()).toMatchObject({ status: 'rejected', decisionReason: '异议理由不成立，未提供证明材料', actions: [] });
    expect(await openItems(applied.id)).toHaveLength(0);
    expect((await wuhou.post(`/api/objections/${applied.id}/conclusion`, { version: 2, outcome: 'upheld', outcomeText: '维持' })).statusCode).toBe(409);
  });
});

describe('scope follows the sample', () => {
  let sampleId: string;
  let id: string;
  beforeAll(async () => {
    sampleId = (await newSample('OBJ-SCOPE')).id;
    id = (await objection(wuhou, sampleId, { windowStartOn: '2026-11-20', appliedOn: '2026-11-23' })).json().id;
  });

  it('another city cannot see or act on it: 404 everywhere, nothing listed', async () => {
    expect((await objection(mianyang, sampleId, { windowStartOn: '2026-11-20', appliedOn: '2026-11-23' })).statusCode).toBe(404);
    expect((await retest(mianyang, sampleId, { windowStartOn: '2026-11-20', appliedOn: '2026-11-23' })).statusCode).toBe(404);
    expect((await mianyang.get(`/api/samples/${sampleId}/objections`)).statusCode).toBe(404);
    expect((await mianyang.get(`/api/objections/${id}`)).statusCode).toBe(404);
    expect((await mianyang.post(`/api/objections/${id}/decision`, { version: 1, accept: false, reason: '越权' })).statusCode).toBe(404);
    expect((await mianyang.post(`/api/objections/${id}/conclusion`, { version: 1, outcome: 'upheld', outcomeText: '越权' })).statusCode).toBe(404);
    expect((await mianyang.get('/api/objections')).json().total).toBe(0);
  });

  it('the city above and the sampling division see it; the list filters by status', async () => {
    expect((await chengdu.get(`/api/objections/${id}`)).statusCode).toBe(200);
    const pending = (await chengdu.get('/api/objections?status=pending&pageSize=200')).json();
    expect(pending.items.map((a: { id: string }) => a.id)).toContain(id);
    expect(pending.items.every((a: { status: string }) => a.status === 'pending')).toBe(true);
    const all = (await sampling.get('/api/objections?sampleNo=OBJ-SCOPE')).json();
    expect(all.total).toBe(1);
    const rejected = (await wuhou.get('/api/objections?status=rejected&kind=retest&pageSize=200')).json();
    expect(rejected.total).toBeGreaterThanOrEqual(4);
    expect(rejected.items.every((a: { status: string; kind: string }) => a.status === 'rejected' && a.kind === 'retest')).toBe(true);
  });

  it('a leader reads but may not decide (objection.write)', async () => {
    const leader = await t.login('leader');
    expect((await leader.get(`/api/objections/${id}`)).json().actions).toEqual([]);
    expect((await leader.post(`/api/objections/${id}/decision`, { version: 1, accept: true })).statusCode).toBe(403);
    expect((await objection(leader, sampleId, { windowStartOn: '2026-11-20', appliedOn: '2026-11-23' })).statusCode).toBe(403);
  });

  it('every application and decision is in the audit log', async () => {
    const rows = await t.database.db.select({ action: auditLog.action }).from(auditLog).where(inArray(auditLog.entityType, ['objection']));
    const actions = new Set(rows.map((r) => r.action));
    for (const a of ['objection.apply', 'retest.apply', 'objection.accept', 'objection.reject', 'retest.accept', 'objection.conclude', 'retest.conclude']) expect(actions).toContain(a);
  });
});

describe('a window that reaches a year without the official holiday arrangement (issue 9, B1)', () => {
  // The applications are dated January 2027, so the platform's clock must be past them. Only
  // Date is faked (timers run), and every session is opened under that clock.
  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-01-11T02:00:00Z') });
    sampling = await t.login('div-sampling');
    wuhou = await t.login('county-510107');
  });
  afterAll(() => vi.useRealTimers());

  it('admits a retest filed on 2027-01-07 after receipt on 2026-12-28 for review, not refused: 元旦 is a holiday every year', async () => {
    const { id: sampleId } = await newSample('OBJ-2027-INTIME', { samplingDate: '2026-12-20' });
    const res = await retest(wuhou, sampleId, { windowStartOn: '2026-12-28', appliedOn: '2027-01-07' });
    expect(res.statusCode, res.body).toBe(201);
    const application = res.json();
    expect(application).toMatchObject({ status: 'pending', statusName: '待受理', windowReviewReason: null, actions: ['accept', 'reject'] });
    const [applied] = (await auditOf(application.id)).filter((r) => r.action === 'retest.apply');
    expect(applied.after).toMatchObject({ status: 'pending', lastDay: '2027-01-07', window: 'inTime' });
    expect(await openItems(application.id)).toHaveLength(1);
  });

  it('does not refuse one that only the provisional calendar finds late: pending, with the reason an officer must weigh', async () => {
    const { id: sampleId } = await newSample('OBJ-2027-UNDECIDED', { samplingDate: '2026-12-20' });
    const res = await retest(wuhou, sampleId, { windowStartOn: '2026-12-28', appliedOn: '2027-01-08' });
    expect(res.statusCode, res.body).toBe(201);
    const application = res.json();
    expect(application.status).toBe('pending');
    expect(application.windowReviewReason).toBe(
      '复检申请可能逾期，需人工判断：应当自收到检验结论之日（2026-12-28）起7个工作日内提出；2027年的节假日调休安排尚未确认，按法定节假日暂算最后一日为2027-01-07，实际提出日期为2027-01-08。系统不自动不予受理，请核实当年放假安排后决定是否受理',
    );
    const [item] = await openItems(application.id);
    expect(item.title).toContain('可能逾期，需人工判断');
    const [applied] = (await auditOf(application.id)).filter((r) => r.action === 'retest.apply');
    expect(applied.after).toMatchObject({ window: 'undecided', windowReviewReason: application.windowReviewReason });
    // The officer decides; a rejection carries the officer's own reason.
    const rejected = await wuhou.post(`/api/objections/${application.id}/decision`, { version: application.version, accept: false, reason: '经核实2027年元旦放假安排，申请已逾期' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionReason: '经核实2027年元旦放假安排，申请已逾期' });
  });

  it('an objection late only by the provisional calendar is pending too', async () => {
    const { id: sampleId } = await newSample('OBJ-2027-OBJECTION', { samplingDate: '2026-12-20' });
    const res = await objection(wuhou, sampleId, { windowStartOn: '2026-12-28', appliedOn: '2027-01-08' });
    expect(res.json()).toMatchObject({ status: 'pending', windowReviewReason: expect.stringMatching(/^异议可能逾期，需人工判断/) });
  });
});
