import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { auditLog, samplingPlans } from '../../src/db/schema/index.js';
import { unitIdForSlug } from '../../src/modules/org/seed-organisation.js';

let t: TestApp;
let sampling: TestClient;
let production: TestClient;
let chengdu: TestClient;
let mianyang: TestClient;
let wuhou: TestClient;
let categories: { id: string; name: string; level: number; parentId: string | null }[];

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
  production = await t.login('div-production');
  chengdu = await t.login('city-510100');
  mianyang = await t.login('city-510700');
  wuhou = await t.login('county-510107');
  categories = (await sampling.get('/api/catalogue/categories')).json();
});
afterAll(() => t.close());

const category = (name: string, level: number) => categories.find((c) => c.name === name && c.level === level)!.id;
const audits = (action: string, entityId: string) =>
  t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.seq));

const plan = (overrides: Record<string, unknown> = {}) => ({
  year: 2026,
  name: '2026年食用农产品监督抽检计划',
  samplingType: 'supervisory',
  planKind: 'routine',
  description: '全省食用农产品监督抽检',
  quotas: [],
  ...overrides,
});

let sampleSeq = 0;
/** A 食用农产品 sample of the plan, entered by 抽检监测处 (it samples province-wide). */
async function sampleInPlan(planId: string | null, foodName: string, categoryId: string, regionCode: string) {
  sampleSeq += 1;
  const res = await sampling.post('/api/samples', {
    sampleNo: `JD-PLAN-${String(sampleSeq).padStart(4, '0')}`,
    planId,
    samplingType: 'supervisory',
    foodName,
    categoryId,
    link: 'distribution',
    sampledParty: { name: `测试农贸市场${sampleSeq}号摊位`, regionCode },
    samplingDate: '2026-05-20',
    samplers: ['张三', '李四'],
    accompanyingOfficer: '王五',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('creating a sampling plan', () => {
  it('is organised by the caller\'s unit, with its quotas, and audited', async () => {
    const res = await sampling.post('/api/plans', plan({ quotas: [{ categoryId: category('蔬菜', 2), regionCode: '510100', quota: 20 }] }));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      year: 2026,
      samplingType: 'supervisory',
      planKind: 'routine',
      status: 'active',
      version: 1,
      organiserUnitId: unitIdForSlug('sampling'),
      organiserUnitName: expect.stringContaining('抽检'),
      quotaTotal: 20,
      sampled: 0,
      progress: 0,
      suggestions: [],
      actions: ['edit', 'close'],
    });
    expect(body.quotas).toEqual([
      expect.objectContaining({ categoryName: '蔬菜', regionCode: '510100', regionName: '成都市', quota: 20, sampled: 0, progress: 0 }),
    ]);
    const [audit] = await audits('plan.create', body.id);
    expect(audit).toMatchObject({ actorUsername: 'div-sampling', entityType: 'samplingPlan' });
    expect((audit.after as { quotas: unknown[] }).quotas).toHaveLength(1);
  });

  it('refuses a region outside Sichuan, a zero quota and an unknown category, field by field in Chinese', async () => {
    const before = (await t.database.db.select().from(samplingPlans)).length;
    const badRegion = await sampling.post('/api/plans', plan({ quotas: [{ regionCode: '110101', quota: 5 }, { regionCode: '51010', quota: 5 }] }));
    expect(badRegion.statusCode).toBe(400);
    expect(badRegion.json().error.details).toEqual({ 'quotas.1.regionCode': '行政区划代码应为6位数字' });
    const outside = await sampling.post('/api/plans', plan({ quotas: [{ regionCode: '110101', quota: 5 }] }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: { 'quotas.0.regionCode': '地区应为四川省内的行政区划代码' } });

    const zero = await sampling.post('/api/plans', plan({ quotas: [{ categoryId: null, regionCode: '510107', quota: 0 }] }));
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error.details).toEqual({ 'quotas.0.quota': '配额应为正整数' });

    const unknown = await sampling.post('/api/plans', plan({ quotas: [{ categoryId: '00000000-0000-4000-8000-000000000000', quota: 3 }] }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual({ 'quotas.0.categoryId': '食品分类不存在' });

    const year = await sampling.post('/api/plans', plan({ year: 1999, name: '' }));
    expect(year.statusCode).toBe(400);
    expect(year.json().error.details).toMatchObject({ year: '年度应在2000至2100之间', name: '请填写计划名称' });

    expect((await t.database.db.select().from(samplingPlans)).length).toBe(before);
  });

  it('needs plan.write', async () => {
    const leader = await t.login('leader');
    const res = await leader.post('/api/plans', plan());
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });
});

describe('plan progress', () => {
  it('counts the plan\'s samples against each quota by category (and below) and region (a city covers its counties)', async () => {
    const vegetablesInChengdu = { categoryId: category('蔬菜', 2), regionCode: '510100', quota: 4 };
    const agriculturalProducts = { categoryId: category('食用农产品', 1), regionCode: null, quota: 10 };
    const celeryInWuhou = { categoryId: category('芹菜', 4), regionCode: '510107', quota: 2 };
    const created = (
      await sampling.post('/api/plans', plan({ name: '进度测试计划', quotas: [vegetablesInChengdu, agriculturalProducts, celeryInWuhou] }))
    ).json();

    await sampleInPlan(created.id, '芹菜', category('芹菜', 4), '510107'); // all three quotas
    await sampleInPlan(created.id, '韭菜', category('韭菜', 4), '510104'); // vegetables in Chengdu, agricultural products
    await sampleInPlan(created.id, '猪肉', category('猪肉', 4), '510703'); // agricultural products only (Mianyang)
    await sampleInPlan(null, '芹菜', category('芹菜', 4), '510107'); // not in the plan

    const detail = (await sampling.get(`/api/plans/${created.id}`)).json();
    expect(detail).toMatchObject({ quotaTotal: 16, sampled: 3, progress: 18 });
    const byCategory = new Map(detail.quotas.map((q: { categoryId: string }) => [q.categoryId, q]));
    expect(byCategory.get(vegetablesInChengdu.categoryId)).toMatchObject({ sampled: 2, progress: 50 });
    expect(byCategory.get(agriculturalProducts.categoryId)).toMatchObject({ sampled: 3, progress: 30 });
    expect(byCategory.get(celeryInWuhou.categoryId)).toMatchObject({ sampled: 1, progress: 50, regionName: '成都市武侯区' });

    const list = (await sampling.get('/api/plans?year=2026&samplingType=supervisory&planKind=routine&pageSize=200')).json();
    expect(list.items.find((p: { id: string }) => p.id === created.id)).toMatchObject({
      quotaTotal: 16,
      sampled: 3,
      progress: 18,
      organiserUnitName: expect.any(String),
      actions: ['edit', 'close'],
    });
    expect((await sampling.get('/api/plans?year=2025')).json()).toEqual({ items: [], total: 0 });
  });
});

describe('plan scope', () => {
  let provincial: { id: string; version: number };
  let mianyangPlan: { id: string; version: number };
  let wuhouPlan: { id: string; version: number };

  beforeAll(async () => {
    provincial = (await sampling.post('/api/plans', plan({ name: '省级风险监测计划', samplingType: 'risk_monitoring' }))).json();
    mianyangPlan = (await mianyang.post('/api/plans', plan({ name: '绵阳市专项抽检计划', planKind: 'targeted' }))).json();
    wuhouPlan = (await wuhou.post('/api/plans', plan({ name: '武侯区跟踪抽检计划', planKind: 'follow_up', quotas: [{ regionCode: '510107', quota: 5 }] }))).json();
  });

  it('a county cannot read or edit a plan of another city (404, as if it did not exist)', async () => {
    expect((await wuhou.get(`/api/plans/${mianyangPlan.id}`)).statusCode).toBe(404);
    const edit = await wuhou.patch(`/api/plans/${mianyangPlan.id}`, { version: mianyangPlan.version, name: '改名' });
    expect(edit.statusCode).toBe(404);
    expect(edit.json().error.code).toBe('NOT_FOUND');
    const list = (await wuhou.get('/api/plans?pageSize=200')).json();
    const ids = list.items.map((p: { id: string }) => p.id);
    expect(ids).not.toContain(mianyangPlan.id);
    expect(ids).toEqual(expect.arrayContaining([provincial.id, wuhouPlan.id]));
    expect(list.total).toBe(list.items.length);
  });

  it('a county reads a provincial plan but may not edit it', async () => {
    const read = await wuhou.get(`/api/plans/${provincial.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().actions).toEqual([]);
    const edit = await wuhou.patch(`/api/plans/${provincial.id}`, { version: provincial.version, name: '改名' });
    expect(edit.statusCode).toBe(403);
    expect((await sampling.get(`/api/plans/${provincial.id}`)).json().name).toBe('省级风险监测计划');
  });

  it('a city reads and edits its county\'s plan; another division reads but may not edit a provincial plan', async () => {
    const read = await chengdu.get(`/api/plans/${wuhouPlan.id}`);
    expect(read.json().actions).toEqual(['edit', 'close']);
    expect((await chengdu.get(`/api/plans/${mianyangPlan.id}`)).statusCode).toBe(404);
    expect((await production.get(`/api/plans/${provincial.id}`)).json().actions).toEqual([]);
    expect((await production.patch(`/api/plans/${provincial.id}`, { version: provincial.version, status: 'closed' })).statusCode).toBe(403);
    // 抽检监测处 oversees sampling province-wide: it reads city plans, but edits only its own.
    expect((await sampling.get(`/api/plans/${mianyangPlan.id}`)).json().actions).toEqual([]);
  });
});

describe('editing a plan', () => {
  it('replaces the quotas and audits before and after', async () => {
    const created = (await chengdu.post('/api/plans', plan({ name: '成都市评价性抽检', samplingType: 'evaluative', quotas: [{ regionCode: '510104', quota: 3 }] }))).json();
    const res = await chengdu.patch(`/api/plans/${created.id}`, {
      version: 1,
      name: '成都市评价性抽检（调整）',
      quotas: [
        { regionCode: '510104', quota: 6 },
        { regionCode: '510107', quota: 4 },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: '成都市评价性抽检（调整）', version: 2, quotaTotal: 10 });
    const [audit] = await audits('plan.update', created.id);
    expect(audit.before).toMatchObject({ name: '成都市评价性抽检', version: 1, quotas: [expect.objectContaining({ quota: 3 })] });
    expect((audit.after as { quotas: unknown[]; name: string }).quotas).toHaveLength(2);
    expect((audit.after as { name: string }).name).toBe('成都市评价性抽检（调整）');
  });

  it('lets one of two concurrent edits win; the other gets VERSION_CONFLICT and changes nothing', async () => {
    const created = (await sampling.post('/api/plans', plan({ name: '并发测试计划' }))).json();
    const [a, b] = await Promise.all([
      sampling.patch(`/api/plans/${created.id}`, { version: created.version, name: '甲的修改' }),
      sampling.patch(`/api/plans/${created.id}`, { version: created.version, name: '乙的修改' }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    const winner = a.statusCode === 200 ? a : b;
    expect(loser.json().error.code).toBe('VERSION_CONFLICT');
    const detail = (await sampling.get(`/api/plans/${created.id}`)).json();
    expect(detail).toMatchObject({ name: winner.json().name, version: 2 });
    expect(await audits('plan.update', created.id)).toHaveLength(1);
  });

  it('a closed plan is only reopened', async () => {
    const created = (await sampling.post('/api/plans', plan({ name: '将关闭的计划' }))).json();
    const closed = await sampling.patch(`/api/plans/${created.id}`, { version: 1, status: 'closed' });
    expect(closed.json()).toMatchObject({ status: 'closed', actions: ['reopen'] });
    const rename = await sampling.patch(`/api/plans/${created.id}`, { version: 2, name: '新名称' });
    expect(rename.statusCode).toBe(409);
    expect(rename.json().error.code).toBe('PLAN_CLOSED');
    expect((await sampling.patch(`/api/plans/${created.id}`, { version: 2, status: 'active' })).json()).toMatchObject({ status: 'active', version: 3 });
  });
});

describe('sampling suggestions', () => {
  let target: { id: string };
  beforeAll(async () => {
    target = (await sampling.post('/api/plans', plan({ name: '2026年跟踪抽检计划', planKind: 'follow_up' }))).json();
  });

  const suggest = (client: TestClient, title: string) =>
    client.post('/api/suggestions', {
      year: 2026,
      title,
      content: '辖区内韭菜腐霉利不合格较多，建议加大抽检批次',
      categoryId: category('韭菜', 4),
      regionCode: '510107',
    });
  const reviewItems = async (suggestionId: string, status: 'open' | 'done') =>
    (await sampling.get(`/api/work-items?scope=mine&kind=suggestion_review&subjectId=${suggestionId}&status=${status}`)).json().items;

  it('goes to the sampling division\'s inbox, is accepted into a plan, and the work item is done', async () => {
    const created = await suggest(wuhou, '建议加大韭菜抽检');
    expect(created.statusCode).toBe(201);
    const suggestion = created.json();
    expect(suggestion).toMatchObject({ status: 'pending', fromUnitName: expect.stringContaining('武侯'), categoryName: '韭菜', version: 1, actions: [] });
    expect(await audits('suggestion.create', suggestion.id)).toHaveLength(1);

    const [item] = await reviewItems(suggestion.id, 'open');
    expect(item).toMatchObject({
      kind: 'suggestion_review',
      kindName: '处理抽检建议',
      ownerUnitId: unitIdForSlug('sampling'),
      subjectType: 'samplingSuggestion',
      links: [{ label: '抽检建议', href: '/plans?tab=suggestions' }],
    });
    const days = (new Date(item.dueAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.6);
    expect(days).toBeLessThan(31);

    const listed = (await sampling.get('/api/suggestions?year=2026&status=pending')).json();
    expect(listed.items.find((s: { id: string }) => s.id === suggestion.id)).toMatchObject({ actions: ['accept', 'decline'] });
    // Another city neither lists nor reads it.
    expect((await mianyang.get('/api/suggestions')).json().items.map((s: { id: string }) => s.id)).not.toContain(suggestion.id);
    expect((await mianyang.get(`/api/suggestions/${suggestion.id}`)).statusCode).toBe(404);

    const accepted = await sampling.post(`/api/suggestions/${suggestion.id}/accept`, { planId: target.id, version: 1 });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', planId: target.id, planName: '2026年跟踪抽检计划', decidedByName: expect.any(String), version: 2, actions: [] });
    expect(accepted.json().decidedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await reviewItems(suggestion.id, 'open')).toHaveLength(0);
    expect(await reviewItems(suggestion.id, 'done')).toHaveLength(1);
    const [audit] = await audits('suggestion.accept', suggestion.id);
    expect(audit).toMatchObject({ actorUsername: 'div-sampling', before: expect.objectContaining({ status: 'pending' }), after: expect.objectContaining({ status: 'accepted' }) });
    expect(await audits('workItem.complete', item.id)).toHaveLength(1);

    const detail = (await sampling.get(`/api/plans/${target.id}`)).json();
    expect(detail.suggestions).toEqual([expect.objectContaining({ id: suggestion.id, title: '建议加大韭菜抽检' })]);

    const again = await sampling.post(`/api/suggestions/${suggestion.id}/decline`, { reason: '重复处理', version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('SUGGESTION_DECIDED');
  });

  it('is declined only with a reason of at least two characters, which is kept', async () => {
    const suggestion = (await suggest(chengdu, '建议抽检火锅底料')).json();
    for (const body of [{ version: 1 }, { version: 1, reason: '否' }]) {
      const res = await sampling.post(`/api/suggestions/${suggestion.id}/decline`, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.reason).toMatch(/理由/);
    }
    const declined = await sampling.post(`/api/suggestions/${suggestion.id}/decline`, { version: 1, reason: '已列入国家抽检计划' });
    expect(declined.statusCode).toBe(200);
    expect(declined.json()).toMatchObject({ status: 'declined', decisionReason: '已列入国家抽检计划', planId: null });
    expect(await reviewItems(suggestion.id, 'done')).toHaveLength(1);
    expect(await audits('suggestion.decline', suggestion.id)).toHaveLength(1);
  });

  it('is accepted only into an active plan of its year that the caller\'s unit organises', async () => {
    const suggestion = (await suggest(wuhou, '建议抽检豆芽')).json();
    const otherYear = (await sampling.post('/api/plans', plan({ year: 2027, name: '2027年计划' }))).json();
    const cityPlan = (await mianyang.post('/api/plans', plan({ name: '绵阳市计划' }))).json();
    const accept = (planId: string) => sampling.post(`/api/suggestions/${suggestion.id}/accept`, { planId, version: 1 });
    expect((await accept(otherYear.id)).json().error.details.planId).toMatch(/年度/);
    expect((await accept(cityPlan.id)).json().error.details.planId).toMatch(/本单位/);
    expect((await accept('00000000-0000-4000-8000-000000000000')).json().error.details.planId).toMatch(/不存在/);
    // The proposing unit does not decide its own suggestion.
    expect((await wuhou.post(`/api/suggestions/${suggestion.id}/decline`, { version: 1, reason: '撤回' })).statusCode).toBe(403);
    expect((await wuhou.get(`/api/suggestions/${suggestion.id}`)).json()).toMatchObject({ status: 'pending', actions: [] });
  });

  it('lists the suggestions of the caller\'s subtree to a county, all of them to the sampling division', async () => {
    const own = (await wuhou.get('/api/suggestions?pageSize=200')).json();
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((s: { fromUnitName: string }) => s.fromUnitName.includes('武侯'))).toBe(true);
    const all = (await sampling.get('/api/suggestions?pageSize=200')).json();
    expect(all.total).toBeGreaterThan(own.total);
    const declined = (await sampling.get('/api/suggestions?status=declined')).json();
    expect(declined.total).toBeGreaterThan(0);
    expect(declined.items.every((s: { status: string }) => s.status === 'declined')).toBe(true);
  });
});
