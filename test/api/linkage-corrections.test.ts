/**
 * Issue 9, B7 and C: escalation rules as the seed states them (online sellers, 省内, the local
 * special-food rule off, "一年内" read and settable), corrected seeded rows that respect
 * administrators' edits, and the institute's suggestions and risk warnings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { auditLog, escalationRules, ruleSettings, samplingSuggestions, workItems } from '../../src/db/schema/index.js';
import { seedEscalationRules } from '../../src/modules/escalations/seed-escalation-rules.js';
import { unitIdForSlug } from '../../src/modules/org/seed-organisation.js';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { creditCodeFor } from '../helpers/credit-codes.js';
import { cakeCategoryId, postUnqualifiedCake } from '../helpers/samples.js';

let t: TestApp;
let sampling: TestClient;
let admin: TestClient;
let institute: TestClient;
let categoryId: string;

const WEBSHOP = creditCodeFor('510107', 41);

async function unqualifiedOnline(sampleNo: string, samplingDate: string) {
  await postUnqualifiedCake(sampling, categoryId, sampleNo, {
    link: 'online',
    sampledParty: { name: '成都市武侯区某某食品网店', creditCode: WEBSHOP, address: '四川省成都市武侯区某某路9号' },
    samplingDate,
    labName: '四川省食品检验研究院',
  });
}

beforeAll(async () => {
  t = await createTestApp();
  [sampling, admin, institute] = await Promise.all(['div-sampling', 'admin', 'div-institute'].map((u) => t.login(u)));
  categoryId = await cakeCategoryId(t);
});
afterAll(() => t?.close());

describe('escalation rules as the seed states them (arts. 7–10)', () => {
  it('ships the special-food rule the seed does not state switched off, and states how "一年内" is read', async () => {
    const res = await admin.get('/api/escalation-rules');
    expect(res.statusCode).toBe(200);
    const rules = res.json().rules as { id: string; enabled: boolean; window: string; reading: string; name: string }[];
    expect(rules.find((r) => r.id === 'escalate.specialFood.threeBatches')).toMatchObject({ enabled: false, name: expect.stringContaining('本地可选规则') });
    expect(rules.find((r) => r.id === 'escalate.distributor.threeBatches')).toMatchObject({ window: 'calendarYear', name: expect.stringContaining('省内'), reading: expect.stringContaining('自然年度') });
  });

  it('counts an online seller as a distributor: its third unqualified batch escalates to 经营处', async () => {
    await unqualifiedOnline('ESC-W-1', '2026-02-03');
    await unqualifiedOnline('ESC-W-2', '2026-04-03');
    expect((await sampling.get(`/api/escalations?creditCode=${WEBSHOP}`)).json()).toEqual([]);
    await unqualifiedOnline('ESC-W-3', '2026-06-03');
    const list = (await sampling.get(`/api/escalations?creditCode=${WEBSHOP}`)).json();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ rule: 'escalate.distributor.threeBatches', year: 2026, ownerUnitId: unitIdForSlug('distribution') });
  });

  it('lets an administrator read "一年内" as a rolling 12 months (audited, recomputed), not for a consecutive-years rule', async () => {
    const { rules } = (await admin.get('/api/escalation-rules')).json();
    const caterer = rules.find((r: { id: string }) => r.id === 'escalate.caterer.threeBatches');
    const twoYears = rules.find((r: { id: string }) => r.id === 'escalate.producer.twoYears');
    const refused = await admin.patch('/api/escalation-rules/escalate.producer.twoYears', { version: twoYears.version, window: 'rolling12Months' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.window).toContain('自然年度');
    const res = await admin.patch('/api/escalation-rules/escalate.caterer.threeBatches', { version: caterer.version, window: 'rolling12Months' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().rule).toMatchObject({ window: 'rolling12Months', version: caterer.version + 1 });
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'escalationRule.update'), eq(auditLog.entityId, 'escalate.caterer.threeBatches')));
    expect(audit).toMatchObject({ before: expect.objectContaining({ window: 'calendarYear' }), after: expect.objectContaining({ window: 'rolling12Months' }) });
  });

  it('corrects seeded rows nobody edited at start (audited), and keeps an administrator’s edit', async () => {
    const db = t.database.db;
    // A database seeded before the correction: the special-food rule on, the old names; the amount setting at 10万元.
    await db.update(escalationRules).set({ enabled: true, name: '特殊食品生产企业同一年内3批次及以上抽检不合格' }).where(eq(escalationRules.id, 'escalate.specialFood.threeBatches'));
    await db.update(escalationRules).set({ name: '流通企业一年内3批次及以上抽检不合格', enabled: false, version: 4, updatedByUserId: admin.me.id }).where(eq(escalationRules.id, 'escalate.distributor.threeBatches'));
    await db.update(ruleSettings).set({ value: 100000 }).where(eq(ruleSettings.id, 'case.legalReview.fineThreshold'));
    expect(await seedEscalationRules(db)).toBe(2);
    const [special] = await db.select().from(escalationRules).where(eq(escalationRules.id, 'escalate.specialFood.threeBatches'));
    expect(special).toMatchObject({ enabled: false, name: expect.stringContaining('本地可选规则'), version: 1 });
    const [edited] = await db.select().from(escalationRules).where(eq(escalationRules.id, 'escalate.distributor.threeBatches'));
    expect(edited).toMatchObject({ enabled: false, name: '流通企业一年内3批次及以上抽检不合格', version: 4 });
    const [amount] = await db.select().from(ruleSettings).where(eq(ruleSettings.id, 'case.legalReview.fineThreshold'));
    expect(amount.value).toBe(0);
    const corrections = await db.select().from(auditLog).where(eq(auditLog.action, 'escalationRule.seedCorrect')).orderBy(asc(auditLog.seq));
    expect(corrections).toEqual([expect.objectContaining({ entityId: 'escalate.specialFood.threeBatches', before: expect.objectContaining({ enabled: true }), after: expect.objectContaining({ enabled: false }) })]);
    // Nothing left to correct: a second start changes nothing.
    expect(await seedEscalationRules(db)).toBe(0);
  });
});

describe('the institute (seed art. 16(2), (6))', () => {
  it('submits a sampling suggestion and a risk warning, each a work item of 抽检监测处', async () => {
    const suggestion = await institute.post('/api/suggestions', { year: 2026, title: '建议加强婴幼儿辅助食品跟踪抽检', content: '近期检出率上升，建议跟踪抽检。' });
    expect(suggestion.statusCode, suggestion.body).toBe(201);
    expect(suggestion.json()).toMatchObject({ kind: 'sampling', kindName: '抽检建议', fromUnitId: unitIdForSlug('institute') });
    const warning = await institute.post('/api/suggestions', { kind: 'risk_warning', year: 2026, title: '散装白酒甲醇风险预警', content: '多批次散装白酒甲醇接近限量。' });
    expect(warning.statusCode, warning.body).toBe(201);
    expect(warning.json()).toMatchObject({ kind: 'risk_warning', kindName: '风险预警提示' });
    const [item] = await t.database.db.select().from(workItems).where(eq(workItems.subjectId, warning.json().id));
    expect(item).toMatchObject({ kind: 'suggestion_review', ownerUnitId: unitIdForSlug('sampling'), title: expect.stringContaining('处理风险预警提示') });
    const [row] = await t.database.db.select().from(samplingSuggestions).where(eq(samplingSuggestions.id, warning.json().id));
    expect(row.kind).toBe('risk_warning');
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'suggestion.create'), eq(auditLog.entityId, warning.json().id)));
    expect(audit.after).toMatchObject({ kind: 'risk_warning' });
  });
});
