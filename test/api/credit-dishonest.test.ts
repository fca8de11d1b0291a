import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { auditLog, ruleSettings } from '../../src/db/schema/index.js';
import { addMonths } from '../../src/domain/credit/credit-rules.js';
import { toLocalDate } from '../../src/domain/time.js';
import { unitIdForRegion, unitIdForSlug } from '../../src/modules/org/seed-organisation.js';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { creditCode, insertDecidedCase, recordSample } from '../helpers/credit.js';

let t: TestApp;
let credit: TestClient;
let sampling: TestClient;
let chengdu: TestClient;
let mianyang: TestClient;
let shopId: string;
let otherId: string;
let mianyangShopId: string;
/** The demo's own listings (seed-demo-credit.ts): the list assertions count this file's entries besides them. */
let demoIds: Set<string>;

const today = toLocalDate(new Date());
const entry = (enterpriseId: string, overrides: Record<string, unknown> = {}) => ({
  enterpriseId,
  reason: '因销售不符合食品安全标准的食品一年内三次受到行政处罚',
  legalBasis: '《市场监督管理严重违法失信名单管理办法》第九条',
  decisionNo: '川市监信〔2025〕7号',
  listedOn: '2025-03-31',
  ...overrides,
});
const auditOf = (id: string) => t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(asc(auditLog.seq));

beforeAll(async () => {
  t = await createTestApp();
  credit = await t.login('div-credit');
  demoIds = new Set((await credit.get('/api/credit/dishonest?pageSize=200')).json().items.map((i: { id: string }) => i.id));
  sampling = await t.login('div-sampling');
  chengdu = await t.login('city-510100');
  mianyang = await t.login('city-510700');
  const shop = (n: number, name: string, region: string, address: string) =>
    recordSample(t, sampling, { sampleNo: `DL-${n}`, samplingDate: '2024-06-03', passed: true, sampledParty: { name, creditCode: creditCode(n, region), address } });
  shopId = (await shop(301, '成都市武侯区失信甲食品店', '510107', '四川省成都市武侯区某某路3号')).sampledPartyId;
  otherId = (await shop(302, '成都市武侯区守信乙食品店', '510107', '四川省成都市武侯区某某路4号')).sampledPartyId;
  mianyangShopId = (await shop(303, '绵阳市涪城区失信丙超市', '510703', '四川省绵阳市涪城区某某路5号')).sampledPartyId;
});
afterAll(() => t.close());

describe('listing an enterprise as seriously dishonest (POST /api/credit/dishonest)', () => {
  let id: string;

  it('lists it with the review date from the rule setting (12 months), and audits the listing', async () => {
    const res = await credit.post('/api/credit/dishonest', entry(shopId));
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    id = body.id;
    expect(body).toMatchObject({
      enterpriseId: shopId,
      enterpriseName: '成都市武侯区失信甲食品店',
      creditCode: creditCode(301, '510107'),
      listedOn: '2025-03-31',
      reviewableOn: '2026-03-31',
      status: 'listed',
      statusName: '在列',
      listedByUnitId: unitIdForSlug('credit'),
      listedByUnitName: '信用监督管理处',
      version: 1,
      actions: ['remove'],
    });
    // 2026-03-31 has passed (the tests run later than that date, and the flag follows the clock).
    expect(body.reviewDue).toBe('2026-03-31' <= today);
    const [audit] = await auditOf(id);
    expect(audit).toMatchObject({ action: 'dishonest.list', entityType: 'dishonestEntry', actorUsername: 'div-credit' });
    expect(audit.after).toMatchObject({ enterpriseName: '成都市武侯区失信甲食品店', reviewAfterMonths: 12, decisionNo: '川市监信〔2025〕7号' });
  });

  it('refuses a second active entry for the same enterprise (409), naming the existing one', async () => {
    const res = await credit.post('/api/credit/dishonest', entry(shopId, { decisionNo: '川市监信〔2025〕9号' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'CONFLICT', details: { enterpriseId: '该企业已在严重违法失信名单中（2025-03-31列入，川市监信〔2025〕7号）' } });
  });

  it('refuses two listings of one enterprise sent at once: one wins, the other gets 409', async () => {
    const results = await Promise.all([credit.post('/api/credit/dishonest', entry(otherId)), credit.post('/api/credit/dishonest', entry(otherId, { decisionNo: '川市监信〔2025〕8号' }))]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const listed = (await credit.get(`/api/credit/dishonest?enterpriseId=${otherId}`)).json();
    expect(listed.total).toBe(1);
  });

  it('checks the fields, with a Chinese message on each', async () => {
    const blank = await credit.post('/api/credit/dishonest', { enterpriseId: 'x', reason: '', legalBasis: ' ', decisionNo: '', listedOn: '2025/03/31' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.details).toMatchObject({
      enterpriseId: '请选择企业',
      reason: '请填写列入事由（至少2个字）',
      legalBasis: '请填写法律依据（至少2个字）',
      decisionNo: '请填写决定书文号',
      listedOn: '请选择列入日期（YYYY-MM-DD）',
    });
    const future = await credit.post('/api/credit/dishonest', entry(mianyangShopId, { listedOn: '2099-01-01' }));
    expect(future.json().error.details).toEqual({ listedOn: '列入日期不能晚于今天' });
    const unknown = await credit.post('/api/credit/dishonest', entry(randomUUID()));
    expect(unknown.json().error.details).toEqual({ enterpriseId: '所选企业不存在' });
  });

  it('accepts a case of the same enterprise and refuses one of another', async () => {
    const othersCase = await insertDecidedCase(t, { enterpriseId: otherId, partyName: '成都市武侯区守信乙食品店', ownerUnitId: unitIdForRegion('510107'), decision: { decisionNo: '武市监罚〔2025〕3号', decidedOn: '2025-02-10' } });
    const wrong = await credit.post('/api/credit/dishonest', entry(mianyangShopId, { caseId: othersCase.id }));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details).toEqual({ caseId: '所选案件的当事人不是该企业' });
    expect((await credit.post('/api/credit/dishonest', entry(mianyangShopId, { caseId: randomUUID() }))).json().error.details).toEqual({ caseId: '所选案件不存在' });
    const own = await insertDecidedCase(t, { enterpriseId: mianyangShopId, partyName: '绵阳市涪城区失信丙超市', ownerUnitId: unitIdForRegion('510703'), decision: { decisionNo: '涪市监罚〔2025〕5号', decidedOn: '2025-02-11' } });
    const res = await credit.post('/api/credit/dishonest', entry(mianyangShopId, { caseId: own.id, decisionNo: '川市监信〔2025〕11号', listedOn: '2025-06-30' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ caseId: own.id, caseNo: own.caseNo, reviewableOn: '2026-06-30' });
  });

  it('is the Credit Division\'s work only', async () => {
    const bySampling = await sampling.post('/api/credit/dishonest', entry(shopId));
    expect(bySampling.statusCode).toBe(403);
    expect(bySampling.json().error.message).toBe('信用信息归集公示和严重违法失信名单由省局信用监督管理处办理');
    const byBureau = await chengdu.post('/api/credit/dishonest', entry(shopId));
    expect(byBureau.statusCode).toBe(403);
    expect(byBureau.json().error.details).toEqual({ permission: 'credit.manage' });
  });

  describe('removing it (POST /api/credit/dishonest/:id/remove)', () => {
    it('refuses a stale version, a removal before the listing, and one in the future', async () => {
      const stale = await credit.post(`/api/credit/dishonest/${id}/remove`, { version: 7, removedOn: '2026-04-01', removalReason: '已完成信用修复' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', details: { expected: 7, actual: 1 } });
      const early = await credit.post(`/api/credit/dishonest/${id}/remove`, { version: 1, removedOn: '2025-03-30', removalReason: '已完成信用修复' });
      expect(early.json().error.details).toEqual({ removedOn: '移出日期不能早于列入日期（2025-03-31）' });
      const later = await credit.post(`/api/credit/dishonest/${id}/remove`, { version: 1, removedOn: '2099-01-01', removalReason: '已完成信用修复' });
      expect(later.json().error.details).toEqual({ removedOn: '移出日期不能晚于今天' });
      const noReason = await credit.post(`/api/credit/dishonest/${id}/remove`, { version: 1, removedOn: '2026-04-01', removalReason: '' });
      expect(noReason.json().error.details).toEqual({ removalReason: '请填写移出事由（至少2个字）' });
      expect((await sampling.post(`/api/credit/dishonest/${id}/remove`, { version: 1, removedOn: '2026-04-01', removalReason: '已完成信用修复' })).statusCode).toBe(403);
    });

    it('removes it with date and reason, keeps the entry as 已移出, and audits the change', async () => {
      const res = await credit.post(`/api/credit/dishonest/${id}/remove`, { version: 1, removedOn: '2026-04-01', removalReason: '公示期满，已完成信用修复' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: 'removed', statusName: '已移出', removedOn: '2026-04-01', removalReason: '公示期满，已完成信用修复', version: 2, reviewDue: false, actions: [] });
      const audits = await auditOf(id);
      expect(audits.map((a) => a.action)).toEqual(['dishonest.list', 'dishonest.remove']);
      expect(audits[1]).toMatchObject({ before: { status: 'listed', version: 1 }, after: { status: 'removed', removedOn: '2026-04-01', version: 2 } });
    });

    it('cannot remove it twice, and the enterprise may be listed again afterwards', async () => {
      const again = await credit.post(`/api/credit/dishonest/${id}/remove`, { version: 2, removedOn: '2026-04-02', removalReason: '重复' });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('INVALID_STATE');
      const relisted = await credit.post('/api/credit/dishonest', entry(shopId, { decisionNo: '川市监信〔2026〕2号', listedOn: '2026-05-06' }));
      expect(relisted.statusCode, relisted.body).toBe(201);
    });

    it('answers an unknown entry with 404', async () => {
      expect((await credit.post(`/api/credit/dishonest/${randomUUID()}/remove`, { version: 1, removedOn: '2026-04-01', removalReason: '已完成信用修复' })).statusCode).toBe(404);
    });
  });
});

describe('the list (GET /api/credit/dishonest)', () => {
  it('is public information: any credit.read user reads every entry, whatever the region, without actions', async () => {
    for (const client of [chengdu, mianyang]) {
      const res = await client.get('/api/credit/dishonest');
      expect(res.statusCode).toBe(200);
      expect(res.json().total).toBe(4 + demoIds.size);
      expect(res.json().actions).toEqual([]);
      expect(res.json().items.every((i: { actions: string[] }) => i.actions.length === 0)).toBe(true);
    }
    const admin = await t.login('admin');
    expect((await admin.get('/api/credit/dishonest')).statusCode).toBe(403);
  });

  it('gives the Credit Division its actions, and the review rule marked 待核实 (level U)', async () => {
    const body = (await credit.get('/api/credit/dishonest')).json();
    expect(body.actions).toEqual(['add', 'export']);
    expect(body.reviewRule).toMatchObject({ months: 12, level: 'U', unverified: true });
    const own = body.items.filter((i: { id: string }) => !demoIds.has(i.id));
    expect(own.map((i: { listedOn: string }) => i.listedOn)).toEqual(['2026-05-06', '2025-06-30', '2025-03-31', '2025-03-31']);
  });

  it('filters by status and by name, credit code or decision number', async () => {
    const removed = (await credit.get('/api/credit/dishonest?status=removed')).json();
    expect(removed.items.map((i: { decisionNo: string }) => i.decisionNo)).toEqual(['川市监信〔2025〕7号']);
    expect((await credit.get('/api/credit/dishonest?status=listed')).json().total).toBe(3 + demoIds.size);
    expect((await credit.get(`/api/credit/dishonest?q=${encodeURIComponent('失信丙')}`)).json().items[0].enterpriseId).toBe(mianyangShopId);
    expect((await credit.get(`/api/credit/dishonest?q=${creditCode(301, '510107')}`)).json().total).toBe(2);
    expect((await credit.get(`/api/credit/dishonest?q=${encodeURIComponent('〔2026〕2号')}`)).json().total).toBe(1);
    expect((await credit.get('/api/credit/dishonest?q=%25')).json().total).toBe(0);
    expect((await credit.get('/api/credit/dishonest?status=gone')).statusCode).toBe(400);
  });

  it('computes the review date from the setting in force when listed', async () => {
    await t.database.db.update(ruleSettings).set({ value: 6 }).where(eq(ruleSettings.id, 'dishonest.reviewAfterMonths'));
    const listed = (await credit.get(`/api/credit/dishonest?enterpriseId=${shopId}&status=listed`)).json().items[0];
    // Already listed entries keep their date; a new listing uses six months.
    expect(listed.reviewableOn).toBe('2027-05-06');
    const [removedOther] = (await credit.get(`/api/credit/dishonest?enterpriseId=${otherId}`)).json().items;
    await credit.post(`/api/credit/dishonest/${removedOther.id}/remove`, { version: 1, removedOn: '2025-04-01', removalReason: '决定被撤销' });
    const res = await credit.post('/api/credit/dishonest', entry(otherId, { listedOn: '2025-08-31', decisionNo: '川市监信〔2025〕12号' }));
    expect(res.json().reviewableOn).toBe(addMonths('2025-08-31', 6));
    expect(res.json().reviewableOn).toBe('2026-02-28');
    const [row] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'dishonest.list'), eq(auditLog.entityId, res.json().id)));
    expect(row.after).toMatchObject({ reviewAfterMonths: 6 });
  });
});
