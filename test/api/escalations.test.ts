import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { auditLog, workItems } from '../../src/db/schema/index.js';
import { unitIdForRegion, unitIdForSlug } from '../../src/modules/org/seed-organisation.js';
import { toLocalDate } from '../../src/domain/time.js';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { creditCodeFor } from '../helpers/credit-codes.js';
import { cakeCategoryId, postUnqualifiedCake } from '../helpers/samples.js';

let t: TestApp;
let sampling: TestClient;
let distribution: TestClient;
let chengdu: TestClient;
let wuhou: TestClient;
let mianyang: TestClient;
let inspectionCentre: TestClient;
let admin: TestClient;
let categoryId: string;

const SHOP = creditCodeFor('510107', 1);

/** An unqualified cake sample: from the shop (distribution link) unless another party is given. */
async function unqualified(sampleNo: string, samplingDate: string, over: Record<string, unknown> = {}) {
  const sample = await postUnqualifiedCake(sampling, categoryId, sampleNo, {
    sampledParty: { name: '成都市武侯区鑫源超市', creditCode: SHOP, address: '四川省成都市武侯区某某路5号' },
    samplingDate,
    labName: '四川省食品检验研究院',
    ...over,
  });
  return sample as { id: string };
}

const byCode = async (client: TestClient, code: string) => {
  const res = await client.get(`/api/escalations?creditCode=${code}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: string; rule: string; year: number; enterpriseId: string; ownerUnitId: string; status: string; sampleNos: string[]; version: number; belowThreshold: boolean; currentCount: number }[];
};
const openItems = (subjectId: string) => t.database.db.select().from(workItems).where(and(eq(workItems.subjectId, subjectId), eq(workItems.status, 'open')));
const auditOf = (entityId: string) => t.database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(asc(auditLog.seq));

/** Overturns a sample's result the way the law does: an objection on the sample's identity, accepted and upheld for the enterprise. */
async function overturn(sampleId: string) {
  const applied = await wuhou.post(`/api/samples/${sampleId}/objections`, {
    applicant: '成都市武侯区鑫源超市', content: '样品非本店销售', ground: 'sample_identity', windowStartOn: '2026-11-20', appliedOn: '2026-11-23',
  });
  expect(applied.statusCode, applied.body).toBe(201);
  const id = applied.json().id;
  expect((await wuhou.post(`/api/objections/${id}/decision`, { version: 1, accept: true, reason: '材料齐全' })).statusCode).toBe(200);
  const done = await wuhou.post(`/api/objections/${id}/conclusion`, { version: 2, outcome: 'overturned', outcomeText: '经核实样品非该店销售' });
  expect(done.statusCode, done.body).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  [sampling, distribution, chengdu, wuhou, mianyang, inspectionCentre, admin] = await Promise.all(
    ['div-sampling', 'div-distribution', 'city-510100', 'county-510107', 'city-510700', 'div-inspection-center', 'admin'].map((u) => t.login(u)),
  );
  categoryId = await cakeCategoryId(t);
});
afterAll(() => t?.close());

describe('a distributor with three unqualified batches in a year', () => {
  let escalationId: string;
  const ids: string[] = [];

  it('fires nothing at the second batch', async () => {
    ids.push((await unqualified('ESC-D-1', '2026-03-02')).id);
    ids.push((await unqualified('ESC-D-2', '2026-06-15')).id);
    expect(await byCode(sampling, SHOP)).toEqual([]);
  });

  it('fires one escalation at the third, owned by 经营处, assigned to the city bureau, showing the three samples', async () => {
    ids.push((await unqualified('ESC-D-3', '2026-11-20')).id);
    const list = await byCode(sampling, SHOP);
    expect(list).toHaveLength(1);
    const [e] = list;
    escalationId = e.id;
    expect(e).toMatchObject({
      rule: 'escalate.distributor.threeBatches',
      year: 2026,
      ownerUnitId: unitIdForSlug('distribution'),
      assignedUnitId: unitIdForRegion('510100'),
      status: 'open',
      sampleNos: ['ESC-D-1', 'ESC-D-2', 'ESC-D-3'],
      currentCount: 3,
      belowThreshold: false,
      matchedByName: false,
    });
    const items = await openItems(e.id);
    expect(items.map((i) => [i.kind, i.ownerUnitId])).toEqual([['escalation_handle', unitIdForRegion('510100')]]);
    expect(items[0].dueAt).not.toBeNull();
    const fire = (await auditOf(e.id)).find((a) => a.action === 'escalation.fire');
    expect(fire?.after).toMatchObject({ sampleNos: ['ESC-D-1', 'ESC-D-2', 'ESC-D-3'] });
  });

  it('never duplicates: a fourth batch joins the same escalation', async () => {
    ids.push((await unqualified('ESC-D-4', '2026-11-21')).id);
    const list = await byCode(sampling, SHOP);
    expect(list).toHaveLength(1);
    expect(list[0].sampleNos).toEqual(['ESC-D-1', 'ESC-D-2', 'ESC-D-3', 'ESC-D-4']);
  });

  it('a batch from another year does not count for 2026', async () => {
    await unqualified('ESC-D-2025', '2025-12-31');
    const list = await byCode(sampling, SHOP);
    expect(list.map((e) => [e.year, e.sampleNos.length])).toEqual([[2026, 4]]);
  });

  it('is readable by the owner division, the city and county bureaus, not by another city', async () => {
    expect(await byCode(distribution, SHOP)).toHaveLength(1);
    expect(await byCode(chengdu, SHOP)).toHaveLength(1);
    expect(await byCode(wuhou, SHOP)).toHaveLength(1);
    expect(await byCode(mianyang, SHOP)).toEqual([]);
    expect((await mianyang.get(`/api/escalations/${escalationId}`)).statusCode).toBe(404);
    expect((await mianyang.post(`/api/escalations/${escalationId}/report`, { version: 1, report: '已对该企业开展监督检查并立案调查处理' })).statusCode).toBe(404);
  });

  it('overturned results stop counting: below the threshold, shown, and withdrawable with a reason', async () => {
    await overturn(ids[0]);
    await overturn(ids[1]);
    const [e] = await byCode(sampling, SHOP);
    expect(e).toMatchObject({ currentCount: 2, belowThreshold: true, status: 'open', sampleNos: ['ESC-D-3', 'ESC-D-4'] });
    const detail = (await distribution.get(`/api/escalations/${e.id}`)).json();
    expect(detail.samples.map((s: { sampleNo: string; counted: boolean }) => [s.sampleNo, s.counted])).toEqual([
      ['ESC-D-1', false], ['ESC-D-2', false], ['ESC-D-3', true], ['ESC-D-4', true],
    ]);
    expect(detail.actions).toContain('withdraw');
    // Only the supervising division withdraws; the bureau cannot.
    expect((await chengdu.post(`/api/escalations/${e.id}/decision`, { version: e.version, decision: 'withdraw', note: '已低于阈值' })).statusCode).toBe(403);
    const noReason = await distribution.post(`/api/escalations/${e.id}/decision`, { version: e.version, decision: 'withdraw', note: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.note).toBe('请填写撤销理由');
    const res = await distribution.post(`/api/escalations/${e.id}/decision`, { version: e.version, decision: 'withdraw', note: '两批次经异议推翻，已低于阈值' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'withdrawn', withdrawReason: '两批次经异议推翻，已低于阈值' });
    expect(await openItems(e.id)).toEqual([]);
  });
});

describe('working an escalation: report, return, inspection, interview, close', () => {
  const CANTEEN = creditCodeFor('510107', 2);
  let id: string;
  let version: number;
  const canteen = (n: number, date: string) =>
    unqualified(`ESC-C-${n}`, date, { link: 'catering', foodName: '凉拌菜', sampledParty: { name: '成都市武侯区好味道餐厅', creditCode: CANTEEN, address: '四川省成都市武侯区某某街8号' } });

  beforeAll(async () => {
    for (const [n, d] of [[1, '2026-01-10'], [2, '2026-04-10'], [3, '2026-09-10']] as const) await canteen(n, d);
    const [e] = await byCode(sampling, CANTEEN);
    expect(e.rule).toBe('escalate.caterer.threeBatches');
    expect(e.ownerUnitId).toBe(unitIdForSlug('catering'));
    id = e.id;
    version = e.version;
  });

  it('the city bureau reports its handling; the catering division gets the review', async () => {
    const short = await chengdu.post(`/api/escalations/${id}/report`, { version, report: '已检查' });
    expect(short.statusCode).toBe(400);
    const res = await chengdu.post(`/api/escalations/${id}/report`, { version, report: '已对该餐厅开展监督检查，责令整改并立案调查' });
    expect(res.statusCode, res.body).toBe(200);
    version = res.json().version;
    expect((await openItems(id)).map((i) => [i.kind, i.ownerUnitId])).toEqual([['escalation_review', unitIdForSlug('catering')]]);
  });

  it('the division returns it for more work, and the bureau gets its item back', async () => {
    const res = await t.login('div-catering').then((c) => c.post(`/api/escalations/${id}/decision`, { version, decision: 'return', note: '请补充原因排查情况' }));
    expect(res.statusCode, res.body).toBe(200);
    version = res.json().version;
    expect(res.json().status).toBe('open');
    expect((await openItems(id)).map((i) => i.kind)).toEqual(['escalation_handle']);
  });

  it('a flight inspection is requested of 检查技术中心, which alone records the findings', async () => {
    const catering = await t.login('div-catering');
    const res = await catering.post(`/api/escalations/${id}/inspections`, { kind: 'flight', reason: '连续抽检不合格，检查原料进货查验和加工过程' });
    expect(res.statusCode, res.body).toBe(201);
    const inspection = res.json();
    expect(inspection.inspectionUnitId).toBe(unitIdForSlug('inspection-center'));
    expect((await openItems(inspection.id)).map((i) => [i.kind, i.ownerUnitId])).toEqual([['inspection', unitIdForSlug('inspection-center')]]);
    const findings = { version: 1, inspectedOn: toLocalDate(new Date()), inspectors: '王五、赵六', findings: '原料进货查验记录不全，凉菜间消毒不到位', conclusion: 'defects' };
    expect((await chengdu.post(`/api/inspections/${inspection.id}/findings`, findings)).statusCode).toBe(403);
    expect((await distribution.post(`/api/inspections/${inspection.id}/findings`, findings)).statusCode).toBe(404);
    const recorded = await inspectionCentre.post(`/api/inspections/${inspection.id}/findings`, findings);
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({ status: 'done', conclusion: 'defects' });
    expect(await openItems(inspection.id)).toEqual([]);
    expect((await inspectionCentre.post(`/api/inspections/${inspection.id}/findings`, { ...findings, version: 2 })).statusCode).toBe(409);
  });

  it('an interview is recorded against the escalation and shows on it', async () => {
    const future = await chengdu.post('/api/interviews', { escalationId: id, heldOn: '2099-01-01', officials: '成都市局 张科长', attendees: '法定代表人 李某', reason: '连续抽检不合格', commitments: '三日内完成整改' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details.heldOn).toBeTruthy();
    const res = await chengdu.post('/api/interviews', { escalationId: id, heldOn: '2026-11-26', place: '成都市局', officials: '成都市局 张科长', attendees: '法定代表人 李某', reason: '连续抽检不合格', commitments: '三日内完成整改并建立进货查验制度' });
    expect(res.statusCode, res.body).toBe(201);
    expect((await mianyang.post('/api/interviews', { escalationId: id, heldOn: '2026-11-26', officials: '某某', attendees: '某某', reason: '连续抽检不合格', commitments: '整改承诺' })).statusCode).toBe(404);
    const detail = (await chengdu.get(`/api/escalations/${id}`)).json();
    expect(detail.interviews).toHaveLength(1);
    expect(detail.inspections[0]).toMatchObject({ status: 'done', findings: '原料进货查验记录不全，凉菜间消毒不到位' });
  });

  it('reported again, the division closes it; closing twice is refused', async () => {
    const reported = await chengdu.post(`/api/escalations/${id}/report`, { version, report: '已补充原因排查：原料供应商资质不全，已更换供应商' });
    expect(reported.statusCode).toBe(200);
    const catering = await t.login('div-catering');
    const closed = await catering.post(`/api/escalations/${id}/decision`, { version: reported.json().version, decision: 'close', note: '整改到位，同意结案' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe('closed');
    expect(await openItems(id)).toEqual([]);
    expect((await catering.post(`/api/escalations/${id}/decision`, { version: closed.json().version, decision: 'close', note: '再次结案' })).statusCode).toBe(409);
    const actions = (await auditOf(id)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['escalation.fire', 'escalation.report', 'escalation.return', 'escalation.close']));
  });
});

describe('a producer unqualified in two consecutive years', () => {
  const FACTORY = creditCodeFor('510115', 3);
  it('fires 生产处 escalation for the second year, counting the label producer of batches sampled in shops', async () => {
    const producer = { name: '成都市温江区某某食品有限公司', creditCode: FACTORY, address: '四川省成都市温江区某某工业园1号' };
    await unqualified('ESC-P-2025', '2025-08-01', { nominalProducer: producer, sampledParty: { name: '成都市武侯区某甲超市', address: '四川省成都市武侯区甲路1号' } });
    expect(await byCode(sampling, FACTORY)).toEqual([]);
    await unqualified('ESC-P-2026', '2026-02-01', { nominalProducer: producer, sampledParty: { name: '成都市武侯区某乙超市', address: '四川省成都市武侯区乙路2号' } });
    const list = await byCode(sampling, FACTORY);
    expect(list.map((e) => [e.rule, e.year, e.ownerUnitId, e.sampleNos])).toEqual([
      ['escalate.producer.twoYears', 2026, unitIdForSlug('production'), ['ESC-P-2025', 'ESC-P-2026']],
    ]);
  });
});

describe('rules are data', () => {
  it('an administrator lowers a threshold; the rules are recomputed at once, with audit', async () => {
    const { rules } = (await admin.get('/api/escalation-rules')).json();
    const rule = rules.find((r: { id: string }) => r.id === 'escalate.caterer.threeBatches');
    expect(rule).toMatchObject({ threshold: 3, level: 'V' });
    const TEAHOUSE = creditCodeFor('510107', 4);
    const party = { name: '成都市武侯区清风茶楼', creditCode: TEAHOUSE, address: '四川省成都市武侯区某某街9号' };
    await unqualified('ESC-T-1', '2026-05-01', { link: 'catering', sampledParty: party });
    await unqualified('ESC-T-2', '2026-06-01', { link: 'catering', sampledParty: party });
    expect(await byCode(sampling, TEAHOUSE)).toEqual([]);
    expect((await sampling.patch('/api/escalation-rules/escalate.caterer.threeBatches', { version: rule.version, threshold: 2 })).statusCode).toBe(403);
    const bad = await admin.patch('/api/escalation-rules/escalate.caterer.threeBatches', { version: rule.version, threshold: 0 });
    expect(bad.statusCode).toBe(400);
    const res = await admin.patch('/api/escalation-rules/escalate.caterer.threeBatches', { version: rule.version, threshold: 2 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().recomputed.created).toBeGreaterThanOrEqual(1);
    expect((await byCode(sampling, TEAHOUSE)).map((e) => e.sampleNos)).toEqual([['ESC-T-1', 'ESC-T-2']]);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, 'escalate.caterer.threeBatches'));
    expect(audit.map((a) => a.action)).toContain('escalationRule.update');
  });

  it('a full recomputation changes nothing the incremental path already did', async () => {
    const res = await admin.post('/api/escalations/recompute', {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 0, updated: 0 });
  });

  it('the board counts by status, division and city within the user’s scope', async () => {
    const board = (await sampling.get('/api/escalations/board')).json();
    expect(board.totals.active).toBeGreaterThanOrEqual(2);
    expect(board.byCity.map((c: { unitId: string }) => c.unitId)).toContain(unitIdForRegion('510100'));
    // Another city's board holds only escalations assigned to it or on its enterprises (demo data may add some).
    const other = (await mianyang.get('/api/escalations/board')).json();
    expect(other.byCity.map((c: { unitId: string }) => c.unitId)).not.toContain(unitIdForRegion('510100'));
  });

  it('every figure of the board equals a count of the escalations the same user lists', async () => {
    type Item = { ruleId: string; ownerUnitId: string; assignedUnitId: string; status: string; dueAt: string; belowThreshold: boolean };
    const countsOf = (items: Item[], now: number) => {
      const active = items.filter((i) => ['open', 'reported'].includes(i.status));
      const due = (i: Item) => new Date(i.dueAt).getTime();
      return {
        active: active.length,
        open: items.filter((i) => i.status === 'open').length,
        reported: items.filter((i) => i.status === 'reported').length,
        closed: items.filter((i) => i.status === 'closed').length,
        withdrawn: items.filter((i) => i.status === 'withdrawn').length,
        overdue: active.filter((i) => due(i) < now).length,
        dueSoon: active.filter((i) => due(i) >= now && due(i) < now + 7 * 86_400_000).length,
        belowThreshold: active.filter((i) => i.belowThreshold).length,
      };
    };
    let seen = 0;
    for (const client of [sampling, distribution, chengdu, wuhou, mianyang]) {
      const now = Date.now();
      // The list answers every escalation in scope (no paging), under the same conditions.
      const items: Item[] = (await client.get('/api/escalations')).json();
      seen += items.length;
      const board = (await client.get('/api/escalations/board')).json();
      expect(board.totals).toEqual(countsOf(items, now));
      expect(board.byRule).toEqual([...new Set(items.map((i) => i.ruleId))].sort().map((ruleId) => ({ ruleId, ...countsOf(items.filter((i) => i.ruleId === ruleId), now) })));
      for (const [key, figures] of [['assignedUnitId', board.byCity], ['ownerUnitId', board.byDivision]] as const) {
        expect(figures.map((f: { unitId: string }) => f.unitId).sort()).toEqual([...new Set(items.map((i) => i[key]))].sort());
        for (const f of figures) expect(f).toEqual({ unitId: f.unitId, unitName: expect.any(String), ...countsOf(items.filter((i) => i[key] === f.unitId), now) });
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});
