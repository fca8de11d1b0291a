/**
 * 严重违法失信名单 (issue 9 B5): listed on a penalty decision by the authority that decided it,
 * a city or county listing approved by the level above, early removal from one year, removal at
 * the end of three years (《市场监督管理严重违法失信名单管理办法》, level S).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { auditLog, workItems } from '../../src/db/schema/index.js';
import { addMonths } from '../../src/domain/credit/credit-rules.js';
import { toLocalDate } from '../../src/domain/time.js';
import { unitIdForRegion, unitIdForSlug } from '../../src/modules/org/seed-organisation.js';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { creditCode, insertDecidedCase, recordSample } from '../helpers/credit.js';

let t: TestApp;
let credit: TestClient;
let sampling: TestClient;
let chengdu: TestClient;
let chengduLeader: TestClient;
let wuhou: TestClient;
let mianyang: TestClient;
const ids: Record<string, string> = {};

const today = toLocalDate(new Date());
const WUHOU = unitIdForRegion('510107');
const CHENGDU = unitIdForRegion('510100');
const entry = (caseId: string, overrides: Record<string, unknown> = {}) => ({
  caseId,
  reason: '因销售不符合食品安全标准的食品一年内三次受到行政处罚',
  legalBasis: '《市场监督管理严重违法失信名单管理办法》',
  decisionNo: '川市监信〔2025〕7号',
  listedOn: '2025-03-31',
  ...overrides,
});
const auditOf = (id: string) => t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(asc(auditLog.seq));

beforeAll(async () => {
  t = await createTestApp();
  [credit, sampling, chengdu, chengduLeader, wuhou, mianyang] = await Promise.all(['div-credit', 'div-sampling', 'city-510100', 'leader-510100', 'county-510107', 'city-510700'].map((u) => t.login(u)));
  const shop = async (n: number, name: string, region: string) =>
    (await recordSample(t, sampling, { sampleNo: `DL-${n}`, samplingDate: '2024-06-03', passed: true, sampledParty: { name, creditCode: creditCode(n, region), address: `四川省${name}地址` } })).sampledPartyId;
  ids.provShop = await shop(301, '成都市武侯区失信甲食品店', '510107');
  ids.countyShop = await shop(302, '成都市武侯区失信乙食品店', '510107');
  ids.cityShop = await shop(303, '成都市锦江区失信丙超市', '510104');
  ids.noPenaltyShop = await shop(304, '成都市武侯区丁食品店', '510107');
  const decided = (enterpriseId: string, ownerUnitId: string, decisionNo: string, more: Record<string, unknown> = {}) =>
    insertDecidedCase(t, { enterpriseId, partyName: '当事人', ownerUnitId, decision: { decisionNo, decidedOn: '2025-02-10', ...more } });
  ids.provCase = (await decided(ids.provShop, unitIdForSlug('enforcement'), '川市监稽罚〔2025〕1号')).id;
  ids.countyCase = (await decided(ids.countyShop, WUHOU, '武侯市监罚〔2025〕3号')).id;
  ids.cityCase = (await decided(ids.cityShop, CHENGDU, '成都市监罚〔2025〕5号')).id;
  ids.noPenaltyCase = (await decided(ids.noPenaltyShop, WUHOU, '武侯市监不罚〔2025〕1号', { fineAmount: 0 })).id;
});
afterAll(() => t.close());

describe('a case of the province bureau: 信用处 lists it at once', () => {
  it('lists it with the review date (12 months) and the end of the listing (36 months), and audits it', async () => {
    const res = await credit.post('/api/credit/dishonest', entry(ids.provCase));
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    ids.provEntry = body.id;
    expect(body).toMatchObject({ enterpriseId: ids.provShop, status: 'listed', statusName: '在列', listedOn: '2025-03-31', reviewableOn: '2026-03-31', expiresOn: '2028-03-31', listedByUnitId: unitIdForSlug('credit'), approverUnitId: null, actions: ['remove'] });
    expect(body.reviewDue).toBe('2026-03-31' <= today);
    const [audit] = await auditOf(body.id);
    expect(audit).toMatchObject({ action: 'dishonest.list', actorUsername: 'div-credit', after: expect.objectContaining({ reviewAfterMonths: 12, listedMonths: 36 }) });
  });

  it('refuses a second active entry (409), a listing without a penalty decision, before the decision, or of an unknown case', async () => {
    expect((await credit.post('/api/credit/dishonest', entry(ids.provCase, { decisionNo: '川市监信〔2025〕9号' }))).statusCode).toBe(409);
    const early = await credit.post('/api/credit/dishonest', entry(ids.provCase, { listedOn: '2025-01-01' }));
    expect(early.statusCode).toBe(400);
    expect((await credit.post('/api/credit/dishonest', entry(randomUUID()))).statusCode).toBe(404);
    const blank = await credit.post('/api/credit/dishonest', { caseId: 'x', reason: '', legalBasis: ' ', decisionNo: '', listedOn: '2025/03/31' });
    expect(blank.json().error.details).toMatchObject({ caseId: '请选择作为列入依据的案件', reason: '请填写列入事由（至少2个字）', decisionNo: '请填写列入决定书文号', listedOn: '请选择列入日期（YYYY-MM-DD）' });
  });

  it('is not anyone else\'s to list: a bureau cannot list the province\'s case, 抽检监测处 holds no listing right', async () => {
    expect((await wuhou.post('/api/credit/dishonest', entry(ids.provCase))).statusCode).toBe(404);
    // 抽检监测处 neither reads the case nor lists anyone.
    expect((await sampling.post('/api/credit/dishonest', entry(ids.provCase))).statusCode).toBe(404);
  });
});

describe('a county\'s case: the county lists it, its city approves', () => {
  it('needs a penalty decision: a decision of no penalty lists nobody', async () => {
    const res = await wuhou.post('/api/credit/dishonest', entry(ids.noPenaltyCase, { listedOn: '2025-03-01' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.caseId).toContain('须以行政处罚决定为依据');
  });

  it('is listed by the county (not by 信用处), as a proposal with a work item for 成都', async () => {
    const byCredit = await credit.post('/api/credit/dishonest', entry(ids.countyCase));
    expect(byCredit.statusCode).toBe(403);
    expect(byCredit.json().error.message).toContain('作出行政处罚的机关');
    const res = await wuhou.post('/api/credit/dishonest', entry(ids.countyCase, { decisionNo: '武侯市监信〔2025〕1号', listedOn: '2025-03-01' }));
    expect(res.statusCode, res.body).toBe(201);
    ids.countyEntry = res.json().id;
    expect(res.json()).toMatchObject({ status: 'proposed', statusName: '待上级审批', listedByUnitId: WUHOU, approverUnitId: CHENGDU, actions: [] });
    const [item] = await t.database.db.select().from(workItems).where(and(eq(workItems.subjectId, ids.countyEntry), eq(workItems.kind, 'dishonest_approval')));
    expect(item).toMatchObject({ ownerUnitId: CHENGDU, status: 'open' });
    // Not public yet: another city does not see the proposal; the county and its city do.
    expect((await mianyang.get(`/api/credit/dishonest?enterpriseId=${ids.countyShop}`)).json().total).toBe(0);
    expect((await chengdu.get(`/api/credit/dishonest?enterpriseId=${ids.countyShop}`)).json().total).toBe(1);
    expect((await auditOf(ids.countyEntry))[0].action).toBe('dishonest.propose');
  });

  it('is approved only by the city bureau\'s leader: the listing runs from the approval', async () => {
    const body = { version: 1, approve: true, decidedOn: '2025-03-10' };
    expect((await wuhou.post(`/api/credit/dishonest/${ids.countyEntry}/decision`, body)).statusCode).toBe(403);
    expect((await credit.post(`/api/credit/dishonest/${ids.countyEntry}/decision`, body)).statusCode).toBe(403);
    expect((await chengduLeader.get(`/api/credit/dishonest?enterpriseId=${ids.countyShop}`)).json().items[0].actions).toEqual(['approve']);
    const res = await chengduLeader.post(`/api/credit/dishonest/${ids.countyEntry}/decision`, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'listed', listedOn: '2025-03-10', reviewableOn: '2026-03-10', expiresOn: '2028-03-10', approvedByUnitId: CHENGDU, approvedOn: '2025-03-10' });
    const [item] = await t.database.db.select().from(workItems).where(eq(workItems.subjectId, ids.countyEntry));
    expect(item.status).toBe('done');
    expect((await auditOf(ids.countyEntry)).map((a) => a.action)).toEqual(['dishonest.propose', 'dishonest.approve']);
    expect((await mianyang.get(`/api/credit/dishonest?enterpriseId=${ids.countyShop}`)).json().total).toBe(1);
  });
});

describe('a city\'s case: the city lists it, 信用处 approves for the province bureau', () => {
  it('is refused with a reason, and can be proposed again', async () => {
    const res = await chengdu.post('/api/credit/dishonest', entry(ids.cityCase, { decisionNo: '成都市监信〔2025〕2号', listedOn: '2025-03-01' }));
    expect(res.json()).toMatchObject({ status: 'proposed', approverUnitId: unitIdForSlug('credit') });
    const noReason = await credit.post(`/api/credit/dishonest/${res.json().id}/decision`, { version: 1, approve: false, decidedOn: '2025-03-05' });
    expect(noReason.json().error.details.reason).toBe('不同意时请填写理由');
    const refused = await credit.post(`/api/credit/dishonest/${res.json().id}/decision`, { version: 1, approve: false, decidedOn: '2025-03-05', reason: '违法行为不属于严重违法失信情形' });
    expect(refused.json()).toMatchObject({ status: 'refused', statusName: '上级未同意', refusalReason: '违法行为不属于严重违法失信情形' });
    expect((await chengdu.post('/api/credit/dishonest', entry(ids.cityCase, { decisionNo: '成都市监信〔2025〕3号', listedOn: '2025-04-01' }))).statusCode).toBe(201);
  });
});

describe('removal: early from one year, at the end of three years, or when the decision falls', () => {
  it('refuses early removal before the review date and removal at expiry before the end, by the listing authority only', async () => {
    const remove = (client: TestClient, removalKind: string, removedOn: string) => client.post(`/api/credit/dishonest/${ids.countyEntry}/remove`, { version: 2, removedOn, removalKind, removalReason: '信用修复' });
    expect((await remove(chengduLeader, 'early', '2026-03-10')).statusCode).toBe(403);
    expect((await remove(wuhou, 'early', '2026-03-09')).json().error.details.removalKind).toBe('列入满一年（2026-03-10）后方可申请提前移出');
    expect((await remove(wuhou, 'expired', '2026-03-10')).json().error.details.removalKind).toBe('列入期限至2028-03-10届满，尚未期满');
    expect((await remove(wuhou, 'early', '2099-01-01')).json().error.details.removedOn).toBe('移出日期不能晚于今天');
    const res = await remove(wuhou, 'early', '2026-03-10');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'removed', removalKind: 'early', removalKindName: '信用修复提前移出', removedOn: '2026-03-10', actions: [] });
  });

  it('ends a listing at any time when its decision is revoked', async () => {
    const res = await credit.post(`/api/credit/dishonest/${ids.provEntry}/remove`, { version: 1, removedOn: '2025-04-01', removalKind: 'decisionRevoked', removalReason: '行政处罚决定被复议机关撤销' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await auditOf(ids.provEntry)).map((a) => a.action)).toEqual(['dishonest.list', 'dishonest.remove']);
  });

  it('marks a listing whose three years have passed as due for removal', async () => {
    const old = await insertDecidedCase(t, { enterpriseId: ids.noPenaltyShop, partyName: '当事人', ownerUnitId: unitIdForSlug('enforcement'), decision: { decisionNo: '川市监稽罚〔2021〕9号', decidedOn: '2021-01-05' } });
    const res = await credit.post('/api/credit/dishonest', entry(old.id, { listedOn: '2021-02-01', decisionNo: '川市监信〔2021〕1号' }));
    expect(res.json()).toMatchObject({ expiresOn: addMonths('2021-02-01', 36), expiryDue: true });
    const removed = await credit.post(`/api/credit/dishonest/${res.json().id}/remove`, { version: 1, removedOn: '2024-02-01', removalKind: 'expired', removalReason: '列入满三年' });
    expect(removed.json()).toMatchObject({ status: 'removed', removalKindName: '列入期满移出' });
  });
});

describe('the list (GET /api/credit/dishonest)', () => {
  it('offers listing to the authorities that penalise and export to 信用处 only; admin holds no credit reading', async () => {
    expect((await credit.get('/api/credit/dishonest')).json().actions).toEqual(['add', 'collect', 'export']);
    expect((await sampling.get('/api/credit/dishonest')).json().actions).toEqual(['collect']);
    expect((await wuhou.get('/api/credit/dishonest')).json().actions).toEqual(['add']);
    expect((await chengduLeader.get('/api/credit/dishonest')).json().actions).toEqual([]);
    expect((await (await t.login('admin')).get('/api/credit/dishonest')).statusCode).toBe(403);
    expect((await credit.get('/api/credit/dishonest')).json().reviewRule).toMatchObject({ months: 12, listedMonths: 36, level: 'S', unverified: false });
  });

  it('filters by status', async () => {
    expect((await credit.get('/api/credit/dishonest?status=refused')).json().items.map((i: { decisionNo: string }) => i.decisionNo)).toEqual(['成都市监信〔2025〕2号']);
    expect((await credit.get('/api/credit/dishonest?status=gone')).statusCode).toBe(400);
  });
});
