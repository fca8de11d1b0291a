import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { cases, escalations, inspections, interviews } from '../../src/db/schema/index.js';
import { unitIdForRegion, unitIdForSlug } from '../../src/modules/org/seed-organisation.js';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { acceptedObjection, creditCode, insertDecidedCase, recordSample } from '../helpers/credit.js';

let t: TestApp;
let sampling: TestClient;
let wuhou: TestClient;
let chengdu: TestClient;
let credit: TestClient;

const shop = { name: '成都市武侯区诚信食品店', creditCode: creditCode(101), address: '四川省成都市武侯区某某路8号' };
const producer = { name: '四川诚信食品有限公司', creditCode: creditCode(102, '510112'), address: '四川省成都市龙泉驿区某某工业园1号' };
const ids: Record<string, string> = {};
let shopId: string;
let producerId: string;

type Entry = { id: string; at: string; kind: string; kindName: string; title: string; detail: string; link: string | null; recordId: string; status: string | null; statusName: string | null };
const record = async (client: TestClient, enterpriseId: string) => {
  const res = await client.get(`/api/enterprises/${enterpriseId}/credit-record`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { enterprise: { id: string; name: string; creditCode: string }; entries: Entry[]; history: unknown[]; summary: Record<string, number>; dishonestListing: unknown };
};
const ofRecord = (entries: Entry[], recordId: string) => entries.filter((e) => e.recordId === recordId);

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
  wuhou = await t.login('county-510107');
  chengdu = await t.login('city-510100');
  credit = await t.login('div-credit');

  const sample = async (sampleNo: string, samplingDate: string, options: { passed?: boolean; withProducer?: boolean } = {}) => {
    const s = await recordSample(t, sampling, { sampleNo, samplingDate, sampledParty: shop, nominalProducer: options.withProducer ? producer : undefined, passed: options.passed, reportNo: `${sampleNo}-R` });
    ids[sampleNo] = s.id;
    return s;
  };
  await sample('CR-2019-1', '2019-05-06', { passed: true });
  const standing = await sample('CR-2020-1', '2020-03-02', { withProducer: true });
  shopId = standing.sampledPartyId;
  producerId = standing.nominalProducerId!;
  await sample('CR-2020-2', '2020-06-01');
  await sample('CR-2022-1', '2022-04-11', { passed: true });

  // CR-2020-2 is overturned by an objection upheld for the enterprise.
  const objection = await acceptedObjection(wuhou, ids['CR-2020-2'], '2020-06-08', '2020-06-10');
  const concluded = await wuhou.post(`/api/objections/${objection.id}/conclusion`, { version: objection.version, outcome: 'overturned', outcomeText: '样品并非该店销售' });
  expect(concluded.statusCode, concluded.body).toBe(200);

  // Decided by the province bureau (稽查局), so 信用处 lists its party ("who penalises lists").
  const penalty = await insertDecidedCase(t, {
    enterpriseId: shopId,
    partyName: shop.name,
    ownerUnitId: unitIdForSlug('enforcement'),
    decision: { decisionNo: '武市监罚〔2020〕15号', decidedOn: '2020-05-20', fineAmount: 5000 },
  });
  ids.case = penalty.id;
  const [escalation] = await t.database.db
    .insert(escalations)
    .values({
      id: randomUUID(),
      ruleId: 'escalate.distributor.threeBatches',
      year: 2020,
      enterpriseId: shopId,
      ownerUnitId: unitIdForSlug('distribution'),
      assignedUnitId: unitIdForRegion('510100'),
      status: 'reported',
      countAtFiring: 3,
      currentCount: 3,
      threshold: 3,
      firedAt: new Date('2020-07-01T02:00:00Z'),
      dueAt: new Date('2020-08-01T15:59:59.999Z'),
    })
    .returning();
  ids.escalation = escalation.id;
  const [interview] = await t.database.db
    .insert(interviews)
    .values({
      id: randomUUID(),
      enterpriseId: shopId,
      escalationId: escalation.id,
      unitId: unitIdForRegion('510100'),
      heldOn: '2020-07-15',
      officials: '王五、赵六',
      attendees: '法定代表人张某',
      reason: '一年内3批次抽检不合格',
      commitments: '建立进货查验制度，一个月内完成整改',
    })
    .returning();
  ids.interview = interview.id;
  const [inspection] = await t.database.db
    .insert(inspections)
    .values({
      id: randomUUID(),
      escalationId: escalation.id,
      enterpriseId: shopId,
      kind: 'flight',
      requestedByUnitId: unitIdForSlug('distribution'),
      inspectionUnitId: unitIdForSlug('inspection-center'),
      reason: '连续抽检不合格',
      status: 'done',
      inspectedOn: '2020-08-03',
      findings: '进货查验记录不全',
      conclusion: 'defects',
    })
    .returning();
  ids.inspection = inspection.id;
  // 武侯 filed it before 稽查局 took it over: 武侯's line still reads it.
  await t.database.db.update(cases).set({ filedByUnitId: unitIdForRegion('510107') }).where(eq(cases.id, penalty.id));
  const listed = await credit.post('/api/credit/dishonest', {
    caseId: penalty.id,
    reason: '因同一违法行为一年内受到三次行政处罚',
    legalBasis: '《市场监督管理严重违法失信名单管理办法》第九条',
    decisionNo: '川市监信〔2020〕3号',
    listedOn: '2020-09-01',
  });
  expect(listed.statusCode, listed.body).toBe(201);
  ids.dishonest = listed.json().id;
});
afterAll(() => t.close());

describe('an enterprise credit record (GET /api/enterprises/:id/credit-record)', () => {
  it('names the enterprise and lists its standing unqualified result with a link to the sample', async () => {
    const body = await record(chengdu, shopId);
    expect(body.enterprise).toMatchObject({ id: shopId, name: shop.name, creditCode: shop.creditCode });
    const [result] = ofRecord(body.entries, ids['CR-2020-1']);
    expect(result).toMatchObject({ kind: 'unqualified', kindName: '抽检不合格', at: '2020-03-02', link: `/samples/${ids['CR-2020-1']}`, title: '监督抽检不合格：蛋黄酥' });
    expect(result.detail).toContain('抽样编号CR-2020-1（检验报告CR-2020-1-R），作为被抽样单位');
    expect(result.detail).toContain('不合格项目：脱氢乙酸及其钠盐(以脱氢乙酸计) 0.9g/kg（≤0.5）');
  });

  it('shows a result overturned by objection as overturned, never as unqualified, and leaves out its voided disposal', async () => {
    const body = await record(chengdu, shopId);
    const entries = ofRecord(body.entries, ids['CR-2020-2']);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'overturned', at: '2020-06-01' });
    expect(entries[0].detail).toContain('异议推翻原检验结论');
    expect(entries[0].detail).toContain('样品并非该店销售');
    const disposals = body.entries.filter((e) => e.kind === 'disposal');
    expect(disposals).toHaveLength(1);
    expect(disposals[0].detail).toContain('抽样编号CR-2020-1');
    expect(disposals[0]).toMatchObject({ status: 'open', statusName: '待处置' });
    expect(disposals[0].link).toBe(`/disposals/${disposals[0].recordId}`);
    expect(body.summary).toMatchObject({ unqualified: 1, overturned: 1, penalties: 1, interviews: 1, escalations: 1 });
  });

  it('lists the penalty, the escalation, the interview, the inspection and the dishonest listing, each with its link', async () => {
    const { entries, dishonestListing } = await record(chengdu, shopId);
    expect(ofRecord(entries, ids.case)[0]).toMatchObject({ kind: 'penalty', at: '2020-05-20', title: '行政处罚：武市监罚〔2020〕15号', link: `/cases/${ids.case}` });
    expect(ofRecord(entries, ids.case)[0].detail).toContain('处罚内容：罚款5000元');
    expect(ofRecord(entries, ids.escalation)[0]).toMatchObject({
      kind: 'escalation',
      at: '2020-07-01',
      title: '督办：省内食品流通企业一年内3批次及以上抽检不合格（2020年）',
      status: 'reported',
      statusName: '已报送待审核',
      link: `/escalations/${ids.escalation}`,
    });
    expect(ofRecord(entries, ids.interview)[0]).toMatchObject({ kind: 'interview', at: '2020-07-15', link: `/escalations/${ids.escalation}` });
    expect(ofRecord(entries, ids.interview)[0].detail).toContain('整改承诺：建立进货查验制度');
    expect(ofRecord(entries, ids.inspection)[0]).toMatchObject({ kind: 'inspection', at: '2020-08-03', title: '飞行检查' });
    expect(ofRecord(entries, ids.inspection)[0].detail).toContain('结论：发现问题，责令整改');
    expect(ofRecord(entries, ids.dishonest)[0]).toMatchObject({ kind: 'dishonest', at: '2020-09-01', status: 'listed', title: '列入严重违法失信名单（川市监信〔2020〕3号）' });
    expect(dishonestListing).toEqual({ entryId: ids.dishonest, listedOn: '2020-09-01' });
  });

  it('orders the entries newest first', async () => {
    const { entries } = await record(chengdu, shopId);
    const dates = entries.map((e) => e.at);
    expect(dates).toEqual([...dates].sort().reverse());
    // The disposal was opened today (when the result reached the bureau); the rest happened in 2020.
    expect(entries.map((e) => e.kind)).toEqual(['disposal', 'dishonest', 'inspection', 'interview', 'escalation', 'overturned', 'penalty', 'unqualified']);
  });

  it('adds no entry for a qualified sample, which counts only in the chart', async () => {
    const { entries } = await record(chengdu, shopId);
    expect(ofRecord(entries, ids['CR-2019-1'])).toHaveLength(0);
    expect(ofRecord(entries, ids['CR-2022-1'])).toHaveLength(0);
  });

  it('gives the chart every year from the first sample to the last: sampled, unqualified that stand, overturned', async () => {
    const { history } = await record(chengdu, shopId);
    expect(history).toEqual([
      { year: 2019, sampled: 1, unqualified: 0, overturned: 0 },
      { year: 2020, sampled: 2, unqualified: 1, overturned: 1 },
      { year: 2021, sampled: 0, unqualified: 0, overturned: 0 },
      { year: 2022, sampled: 1, unqualified: 0, overturned: 0 },
    ]);
  });

  it('counts a result in the nominal producer\'s record too, naming its role', async () => {
    const body = await record(chengdu, producerId);
    const [result] = ofRecord(body.entries, ids['CR-2020-1']);
    expect(result.kind).toBe('unqualified');
    expect(result.detail).toContain('作为标称生产企业');
    expect(body.history).toEqual([{ year: 2020, sampled: 1, unqualified: 1, overturned: 0 }]);
  });

  it('after a removal from the list, shows the removal as its own event', async () => {
    const res = await credit.post(`/api/credit/dishonest/${ids.dishonest}/remove`, { version: 1, removedOn: '2021-09-02', removalKind: 'early', removalReason: '公示期满且已完成信用修复' });
    expect(res.statusCode, res.body).toBe(200);
    const { entries, dishonestListing } = await record(chengdu, shopId);
    expect(entries.find((e) => e.id === `dishonest:${ids.dishonest}:removed`)).toMatchObject({ at: '2021-09-02', title: '移出严重违法失信名单', status: 'removed' });
    expect(dishonestListing).toBeNull();
  });
});

describe('who may read a credit record', () => {
  it('is the enterprise\'s own bureau and the bureaus above it', async () => {
    expect((await wuhou.get(`/api/enterprises/${shopId}/credit-record`)).statusCode).toBe(200);
    expect((await chengdu.get(`/api/enterprises/${shopId}/credit-record`)).statusCode).toBe(200);
  });

  it('is a provincial division, which regulates across the province', async () => {
    const production = await t.login('div-production');
    expect((await production.get(`/api/enterprises/${shopId}/credit-record`)).statusCode).toBe(200);
  });

  it('is not another city\'s bureau: a Chengdu enterprise is "not found" for Mianyang', async () => {
    const mianyang = await t.login('city-510700');
    const res = await mianyang.get(`/api/enterprises/${shopId}/credit-record`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    // Mianyang reads records at all: its own enterprise's record answers.
    const own = await recordSample(t, sampling, { sampleNo: 'CR-MY-1', samplingDate: '2020-04-01', sampledParty: { name: '绵阳市涪城区某某超市', creditCode: creditCode(103, '510703'), address: '四川省绵阳市涪城区某某路1号' } });
    expect((await mianyang.get(`/api/enterprises/${own.sampledPartyId}/credit-record`)).statusCode).toBe(200);
  });

  it('is not a neighbouring county of the same city', async () => {
    const jinjiang = await t.login('county-510104');
    expect((await jinjiang.get(`/api/enterprises/${shopId}/credit-record`)).statusCode).toBe(404);
  });

  it('needs credit.read (the system administrator reads enterprises, not credit records)', async () => {
    const admin = await t.login('admin');
    expect((await admin.get(`/api/enterprises/${shopId}`)).statusCode).toBe(200);
    const res = await admin.get(`/api/enterprises/${shopId}/credit-record`);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });

  it('answers an unknown enterprise with 404', async () => {
    expect((await chengdu.get(`/api/enterprises/${randomUUID()}/credit-record`)).statusCode).toBe(404);
  });
});
