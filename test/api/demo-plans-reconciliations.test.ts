import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { auditLog, reconciliationChecks, samples, workItems } from '../../src/db/schema/index.js';
import { organisationRows, unitIdForSlug } from '../../src/modules/org/seed-organisation.js';
import { verifyAuditChain } from '../../src/modules/audit/verify-audit-chain.js';
import { toLocalDate } from '../../src/domain/time.js';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';

// Issue 9 D: 抽检计划 and 对账检查 were empty in demo mode. They are made by the real use cases
// over the synthetic samples and disposals; this reads them back through the API.

let t: TestApp;
let sampling: TestClient;
let enforcement: TestClient;
const year = Number(toLocalDate(new Date()).slice(0, 4));
const cityCodes = organisationRows().filter((r) => r.kind === 'city_bureau').map((r) => r.regionCode!).sort();

interface Plan { id: string; name: string; organiserUnitName: string; status: string; sampled: number; quotaTotal: number }
interface Quota { regionCode: string | null; categoryId: string | null; quota: number; sampled: number }
interface PlanDetail extends Plan { quotas: Quota[]; suggestions: { id: string }[] }

beforeAll(async () => {
  t = await createTestApp(); // demo mode, 300 synthetic samples
  sampling = await t.login('div-sampling');
  enforcement = await t.login('div-enforcement');
});
afterAll(() => t.close());

const plans = async (client: TestClient): Promise<Plan[]> => (await client.get(`/api/plans?year=${year}&pageSize=200`)).json().items;
const planDetail = async (client: TestClient, id: string): Promise<PlanDetail> => {
  const res = await client.get(`/api/plans/${id}`);
  expect(res.statusCode).toBe(200);
  return res.json();
};
const samplesOfPlan = async (planId: string, where = sql`true`) =>
  Number((await t.database.db.select({ n: count() }).from(samples).where(and(eq(samples.planId, planId), sql`(${where})`)))[0].n);
const audits = async (action: string, entityId: string) =>
  t.database.db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));

describe('demo sampling plans (抽检计划)', () => {
  it('has this year\'s provincial supervisory plan with a quota for every city, progress counted from the synthetic samples', async () => {
    const provincial = (await plans(sampling)).find((p) => p.name === `${year}年度四川省食品安全监督抽检计划`);
    expect(provincial).toMatchObject({ organiserUnitName: '食品安全抽检监测处', status: 'active' });
    const detail = await planDetail(sampling, provincial!.id);
    expect(detail.quotas.map((q) => q.regionCode).sort()).toEqual(cityCodes);
    expect(detail.quotas.every((q) => q.categoryId === null && q.quota >= 5)).toBe(true);
    expect(detail.quotaTotal).toBe(detail.quotas.reduce((sum, q) => sum + q.quota, 0));

    // Progress is the synthetic samples taken under the plan: this year's supervisory samples tasked by the province.
    expect(detail.sampled).toBeGreaterThan(0);
    expect(detail.sampled).toBe(await samplesOfPlan(provincial!.id));
    expect(await samplesOfPlan(provincial!.id, sql`${samples.samplingType} <> 'supervisory' OR ${samples.taskSource} <> '四川省市场监督管理局' OR ${samples.samplingDate} < ${`${year}-01-01`}`)).toBe(0);
    for (const quota of detail.quotas) {
      expect(quota.sampled).toBe(await samplesOfPlan(provincial!.id, sql`${samples.regionCode} LIKE ${`${quota.regionCode!.slice(0, 4)}%`}`));
    }
    expect(detail.quotas.reduce((sum, q) => sum + q.sampled, 0)).toBe(detail.sampled);
    expect(await audits('plan.create', provincial!.id)).toHaveLength(1);
    expect(await audits('plan.update', provincial!.id)).toHaveLength(1);
  });

  it('has 成都\'s plan by 大类 and 绵阳\'s targeted plan by county, each read by its city', async () => {
    const chengdu = await t.login('city-510100');
    const own = (await plans(chengdu)).find((p) => p.name === `${year}年度成都市食品安全监督抽检计划`);
    expect(own).toMatchObject({ organiserUnitName: '成都市市场监督管理局' });
    const detail = await planDetail(chengdu, own!.id);
    expect(detail.quotas.length).toBeGreaterThan(0);
    expect(detail.quotas.every((q) => q.categoryId !== null && q.regionCode === null)).toBe(true);
    expect(detail.sampled).toBe(await samplesOfPlan(own!.id));
    expect(await samplesOfPlan(own!.id, sql`${samples.regionCode} NOT LIKE '5101%' OR ${samples.taskSource} <> '成都市市场监督管理局'`)).toBe(0);

    const mianyang = await t.login('city-510700');
    const targeted = (await plans(mianyang)).find((p) => p.name === `${year}年度绵阳市食品安全专项抽检计划`);
    const mianyangDetail = await planDetail(mianyang, targeted!.id);
    expect(mianyangDetail.quotas.every((q) => q.regionCode?.startsWith('5107'))).toBe(true);
    // Closed as done when its samples meet its quotas; still active when it has none yet.
    expect(targeted!.status).toBe(mianyangDetail.sampled > 0 ? 'closed' : 'active');
    // Another city's plan is out of scope (404).
    expect((await chengdu.get(`/api/plans/${targeted!.id}`)).statusCode).toBe(404);
  });

  it('has suggestions in every state: accepted into a plan, declined with a reason, and one waiting in 抽检监测处\'s inbox', async () => {
    const list = (await sampling.get(`/api/suggestions?year=${year}&pageSize=200`)).json().items as {
      id: string; status: string; title: string; planId: string | null; planName: string | null; decisionReason: string | null; fromUnitName: string;
    }[];
    const byStatus = (status: string) => list.filter((s) => s.status === status);
    expect(byStatus('accepted').length).toBeGreaterThanOrEqual(2);
    expect(byStatus('declined').length).toBeGreaterThanOrEqual(1);
    expect(byStatus('pending').length).toBeGreaterThanOrEqual(1);
    for (const s of byStatus('accepted')) expect(s).toMatchObject({ planId: expect.any(String), planName: expect.stringContaining(`${year}年度`) });
    for (const s of byStatus('declined')) expect(s.decisionReason?.length).toBeGreaterThan(2);

    const accepted = byStatus('accepted').find((s) => s.planName === `${year}年度四川省食品安全监督抽检计划`)!;
    expect((await planDetail(sampling, accepted.planId!)).suggestions.map((s) => s.id)).toContain(accepted.id);
    const intoChengdu = byStatus('accepted').find((s) => s.planName === `${year}年度成都市食品安全监督抽检计划`);
    expect(intoChengdu?.fromUnitName).toContain('武侯区');

    // The review work item is open only while the suggestion waits.
    const reviews = await t.database.db
      .select({ subjectId: workItems.subjectId, status: workItems.status, ownerUnitId: workItems.ownerUnitId })
      .from(workItems)
      .where(and(eq(workItems.kind, 'suggestion_review'), inArray(workItems.subjectId, list.map((s) => s.id))));
    for (const s of list) {
      const items = reviews.filter((w) => w.subjectId === s.id);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ status: s.status === 'pending' ? 'open' : 'done', ownerUnitId: unitIdForSlug('sampling') });
    }
  });
});

interface ReconciliationRow { id: string; status: string; unitId: string; unitName: string; createdByUnitName: string; checks: number; checked: number; notInPlace: number }

describe('demo reconciliations (对账检查)', () => {
  let list: ReconciliationRow[];
  beforeAll(async () => {
    list = (await enforcement.get('/api/reconciliations?pageSize=200')).json().items;
  });

  it('has one finished with findings, whose rectification work items went to the disposals\' owners', async () => {
    const finished = list.filter((r) => r.status === 'finished');
    expect(finished).toHaveLength(1);
    expect(finished[0]).toMatchObject({ createdByUnitName: '综合执法稽查局', unitName: expect.stringMatching(/市场监督管理局$/) });
    const detail = (await enforcement.get(`/api/reconciliations/${finished[0].id}`)).json();
    expect(detail.checks.length).toBeGreaterThan(0);
    expect(detail.checks.every((c: { checked: boolean }) => c.checked)).toBe(true);
    const withFindings = detail.checks.filter((c: { notInPlace: string[] }) => c.notInPlace.length > 0);
    expect(withFindings.length).toBeGreaterThan(0);
    for (const c of withFindings) expect(c.findings).toMatch(/\S{4,}/);

    const rectifications = await t.database.db
      .select({ subjectId: workItems.subjectId, ownerUnitId: workItems.ownerUnitId, status: workItems.status, dueAt: workItems.dueAt })
      .from(workItems)
      .where(and(eq(workItems.kind, 'rectification'), inArray(workItems.subjectId, detail.checks.map((c: { id: string }) => c.id))));
    expect(rectifications.map((w) => w.subjectId).sort()).toEqual(withFindings.map((c: { id: string }) => c.id).sort());
    for (const w of rectifications) {
      const check = withFindings.find((c: { id: string }) => c.id === w.subjectId);
      expect(w).toMatchObject({ status: 'open', ownerUnitId: check.disposal.ownerUnitId });
      expect(w.dueAt!.getTime()).toBeGreaterThan(new Date(detail.finishedAt).getTime());
    }
    expect(await audits('reconciliation.finish', finished[0].id)).toHaveLength(1);
    expect(await audits('reconciliation.check', finished[0].id)).toHaveLength(detail.checks.length);

    // The checked city bureau reads it.
    const city = organisationRows().find((r) => r.id === finished[0].unitId)!;
    const cityClient = await t.login(`city-${city.regionCode}`);
    expect((await cityClient.get(`/api/reconciliations/${finished[0].id}`)).statusCode).toBe(200);
  });

  it('has one in progress, drawn at random and partly checked, that 稽查局 can still check and finish', async () => {
    const open = list.filter((r) => r.status === 'open');
    expect(open.length).toBeGreaterThanOrEqual(1);
    const drawn = (await Promise.all(open.map((r) => enforcement.get(`/api/reconciliations/${r.id}`).then((res) => res.json())))).find((r) => r.mode === 'random');
    expect(drawn).toMatchObject({ status: 'open', actions: ['check', 'finish'], draw: { population: expect.any(Number) } });
    expect(drawn.progress.checked).toBeGreaterThan(0);
    expect(drawn.progress.checked).toBeLessThanOrEqual(drawn.progress.checks);
    const stored = await t.database.db.select().from(reconciliationChecks).where(eq(reconciliationChecks.reconciliationId, drawn.id));
    expect(stored).toHaveLength(drawn.progress.checks);
    expect(await audits('reconciliation.start', drawn.id)).toHaveLength(1);
  });

  it('leaves the audit chain intact', async () => {
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });
});
