import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { auditLog, samplingSuggestions, signalHistory, signals } from '../../src/db/schema/index.js';
import { seedSyntheticSamples } from '../../src/modules/demo/synthetic/seed-samples.js';
import { toLocalDate } from '../../src/domain/time.js';

let t: TestApp;
let sampling: TestClient;
let production: TestClient;
let chengdu: TestClient;
let mianyang: TestClient;

beforeAll(async () => {
  // Demo mode: 300 synthetic samples with the planted patterns, and the demo's signal run.
  t = await createTestApp();
  [sampling, production, chengdu, mianyang] = await Promise.all(['div-sampling', 'div-production', 'city-510100', 'city-510700'].map((u) => t.login(u)));
  // 300 samples are too few for provincial rates: the planted patterns would be most of them. A
  // province's ordinary sampling around them (another seed), then a run by 抽检监测处.
  await seedSyntheticSamples(t.database.db, { samples: 4000, seed: 7 });
  const run = await sampling.post('/api/signals/run');
  if (run.statusCode !== 200) throw new Error(run.body);
}, 300_000);
afterAll(async () => t?.close());

const list = async (client: TestClient, query = '&active=true') => (await client.get(`/api/signals?pageSize=200${query}`)).json();

describe('the signal run', () => {
  it('found the planted cluster, systemic producer and catering rise in the demo, each explained with its numbers', async () => {
    const body = await list(sampling);
    expect(body.total).toBeGreaterThan(0);
    const methods = new Set(body.items.map((s: any) => s.method));
    for (const m of ['region', 'producer', 'outside', 'link']) expect(methods, m).toContain(m);
    const cluster = body.items.find((s: any) => s.method === 'region' && s.regionCode === '510700');
    expect(cluster).toMatchObject({ status: 'new', sampleNos: expect.any(Array), statistic: { observed: expect.any(Number), p: expect.any(Number), q: expect.any(Number) } });
    expect(cluster.statistic.q).toBeLessThanOrEqual(0.05);
    const detail = (await sampling.get(`/api/signals/${cluster.id}`)).json();
    expect(detail.explanation).toContain('Spiegelhalter');
    expect(detail.explanation).toContain('99.8%');
    expect(detail.samples.length).toBeGreaterThan(0);
    // Each unqualified sample behind the signal names its failed items (a correlated subquery once matched nothing).
    const unqualified = detail.samples.filter((s: any) => s.conclusion === 'unqualified');
    expect(unqualified.length).toBeGreaterThan(0);
    for (const s of unqualified) expect(s.failedItems.length, s.sampleNo).toBeGreaterThan(0);
    expect(detail.actions).toEqual(expect.arrayContaining(['accept', 'dismiss']));
  });

  it('is refused to a city bureau and to a division other than 抽检监测处', async () => {
    expect((await chengdu.post('/api/signals/run')).statusCode).toBe(403);
    const division = await production.post('/api/signals/run');
    expect(division.statusCode).toBe(403);
    expect(division.json().error.code).toBe('SIGNAL_RUN_SAMPLING_ONLY');
  });

  it('keeps a signal found again as one signal with its history', async () => {
    const before = await list(sampling);
    const res = await sampling.post('/api/signals/run');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ tests: expect.any(Number), signals: before.total, newSignals: 0 });
    const after = await list(sampling);
    expect(after.items.map((s: any) => s.id).sort()).toEqual(before.items.map((s: any) => s.id).sort());
    const producer = after.items.find((s: any) => s.method === 'producer');
    const earlier = before.items.find((s: any) => s.id === producer.id);
    expect(producer.runs).toBe(earlier.runs + 1);
    const history = await t.database.db.select().from(signalHistory).where(eq(signalHistory.signalId, producer.id));
    expect(history).toHaveLength(producer.runs);
  });
});

describe('scope (a city cannot read or change another city’s signal)', () => {
  it('routes the 绵阳 cluster to 绵阳 and hides it from 成都', async () => {
    const cluster = (await list(sampling)).items.find((s: any) => s.method === 'region' && s.regionCode === '510700');
    expect((await list(mianyang)).items.map((s: any) => s.id)).toContain(cluster.id);
    expect((await list(chengdu)).items.map((s: any) => s.id)).not.toContain(cluster.id);
    expect((await chengdu.get(`/api/signals/${cluster.id}`)).statusCode).toBe(404);
    expect((await chengdu.post(`/api/signals/${cluster.id}/review`, { decision: 'accept' })).statusCode).toBe(404);
    expect((await chengdu.post(`/api/signals/${cluster.id}/tracking`, {})).statusCode).toBe(404);
  });
});

describe('review and follow-ups', () => {
  it('proposes tracking sampling pre-filled from the signal, moving it to 研判中', async () => {
    const cluster = (await list(mianyang)).items.find((s: any) => s.method === 'region' && s.regionCode === '510700');
    const res = await mianyang.post(`/api/signals/${cluster.id}/tracking`, {});
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('reviewing');
    const [suggestion] = await t.database.db.select().from(samplingSuggestions).where(eq(samplingSuggestions.id, res.json().suggestionId));
    expect(suggestion).toMatchObject({ regionCode: '510700', categoryId: cluster.categoryId, kind: 'sampling' });
    expect(suggestion.content).toContain('建议批次');
    const suggestions = (await sampling.get('/api/suggestions?pageSize=100')).json();
    expect(suggestions.items.map((s: any) => s.id)).toContain(suggestion.id);
  });

  it('drafts a 风险预警提示 and puts the signal on the next 321 agenda', async () => {
    const cluster = (await list(mianyang)).items.find((s: any) => s.method === 'region' && s.regionCode === '510700');
    const draft = (await mianyang.get(`/api/signals/${cluster.id}/notice-draft`)).json();
    expect(draft).toMatchObject({ relatedSignalId: cluster.id, kind: 'risk_warning' });
    expect(draft.title).toContain('风险预警提示');
    const agenda = await mianyang.post(`/api/signals/${cluster.id}/agenda`);
    expect(agenda.statusCode).toBe(200);
    expect((await mianyang.post(`/api/signals/${cluster.id}/agenda`)).json().error.code).toBe('SIGNAL_ON_AGENDA');
    const open = (await mianyang.get(`/api/signals/agenda?unitId=${agenda.json().unitId}`)).json();
    expect(open.items.map((i: any) => i.signalId)).toContain(cluster.id);
    // The bureau's next meeting takes the agenda up: it names the signal, and the open agenda is empty.
    const heldOn = toLocalDate(new Date());
    const meeting = await mianyang.post('/api/risk-meetings', { heldOn, form: 'meeting', summary: '研判绵阳食用农产品不合格率偏高的信号' });
    expect(meeting.statusCode).toBe(201);
    const record = (await mianyang.get(`/api/risk-meetings/${meeting.json().id}`)).json();
    expect(record.signals.map((s: any) => s.signalId)).toContain(cluster.id);
    expect((await mianyang.get(`/api/signals/agenda?unitId=${agenda.json().unitId}`)).json().items.map((i: any) => i.signalId)).not.toContain(cluster.id);
  });

  it('dismisses only with a reason, once, with an audit row', async () => {
    const cluster = (await list(mianyang)).items.find((s: any) => s.method === 'region' && s.regionCode === '510700');
    const bare = await mianyang.post(`/api/signals/${cluster.id}/review`, { decision: 'dismiss' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.code).toBe('SIGNAL_REASON_REQUIRED');
    const ok = await mianyang.post(`/api/signals/${cluster.id}/review`, { decision: 'dismiss', reason: '系集中专项抽检所致，已处置' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('dismissed');
    const again = await mianyang.post(`/api/signals/${cluster.id}/review`, { decision: 'accept' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('SIGNAL_DECIDED');
    const [row] = await t.database.db.select().from(signals).where(eq(signals.id, cluster.id));
    expect(row.decisionReason).toBe('系集中专项抽检所致，已处置');
    const audits = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'signal'), eq(auditLog.entityId, cluster.id)));
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(['signal.proposeTracking', 'signal.addToAgenda', 'signal.review']));
    // Found again by the next run: still one signal, still dismissed.
    await sampling.post('/api/signals/run');
    const [still] = await t.database.db.select().from(signals).where(eq(signals.id, cluster.id));
    expect(still.status).toBe('dismissed');
  });
});

describe('thresholds as data', () => {
  it('lets 抽检监测处 edit a threshold with audit, and nobody else', async () => {
    const rules = (await sampling.get('/api/signals/rules')).json();
    const fdr = rules.items.find((r: any) => r.key === 'fdr');
    expect(rules.mayEdit).toBe(true);
    expect((await chengdu.patch('/api/signals/rules/fdr', { value: 0.1, version: fdr.version })).statusCode).toBe(403);
    const bad = await sampling.patch('/api/signals/rules/fdr', { value: 5, version: fdr.version });
    expect(bad.statusCode).toBe(400);
    const ok = await sampling.patch('/api/signals/rules/fdr', { value: 0.1, version: fdr.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().items.find((r: any) => r.key === 'fdr')).toMatchObject({ value: 0.1, edited: true });
  });
});
