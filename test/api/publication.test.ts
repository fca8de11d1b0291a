import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { cakeCategoryId, createUnqualifiedSample, postUnqualifiedCake } from '../helpers/samples.js';

let t: TestApp;
let sampling: TestClient;
let news: TestClient;
let publicity: TestClient;
let chengdu: TestClient;
let mianyang: TestClient;
let failedA: { id: string; sampleNo: string };
let failedB: { id: string; sampleNo: string };
let passed: { id: string; sampleNo: string };

const anonymous = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const openResults = async (query: string) => (await anonymous(`/open/v1/results?${query}`)).json() as { items: { sampleNo: string }[]; total: number };

async function qualifiedCake(client: TestClient, sampleNo: string) {
  const res = await client.post('/api/samples', {
    sampleNo,
    samplingType: 'supervisory',
    foodName: '绿豆糕',
    categoryId: await cakeCategoryId(t),
    link: 'distribution',
    samplers: ['张三', '李四'],
    sampledParty: { name: '成都市青羊区某某食品店', address: '四川省成都市青羊区某某路1号' },
    samplingDate: '2026-11-20',
    items: [{ itemName: '菌落总数', resultText: '100', limitText: '≤10^5', unit: 'CFU/g' }],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
  [sampling, news, publicity, chengdu, mianyang] = await Promise.all(['div-sampling', 'div-news', 'div-publicity-archives', 'city-510100', 'city-510700'].map((u) => t.login(u)));
  failedA = await createUnqualifiedSample(t, sampling, 'PUB-0001', '武侯区');
  failedB = await createUnqualifiedSample(t, sampling, 'PUB-0002', '锦江区');
  passed = await qualifiedCake(sampling, 'PUB-0003');
});
afterAll(() => t.close());

describe('co-review and publication', () => {
  let id: string;

  it('drafts a batch (201 { id }) in review, with a 会审 item for each division', async () => {
    const res = await sampling.post('/api/publications', { title: '2026年第1期食品安全监督抽检信息公告', sampleIds: [failedA.id, passed.id] });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    const detail = (await sampling.get(`/api/publications/${id}`)).json();
    expect(detail).toMatchObject({ status: 'review', sampleCount: 2, unqualifiedCount: 1, approvedBy: [] });
    expect(detail.actions).toContain('approve');
    for (const client of [sampling, news]) {
      const items = (await client.get('/api/work-items?kind=publication_review&pageSize=50')).json().items as { links: { href: string }[] }[];
      expect(items.some((i) => i.links.some((l) => l.href === `/publications/${id}`))).toBe(true);
    }
  });

  it('refuses to publish until both divisions approved (409), and keeps it out of public reach', async () => {
    const res = await sampling.post(`/api/publications/${id}/publish`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('PUBLICATION_NOT_APPROVED');
    expect((await openResults(`sampleNo=${failedA.sampleNo}`)).items).toEqual([]);
  });

  it('takes one approval per division; others may not review', async () => {
    const first = await sampling.post(`/api/publications/${id}/approve`, { comment: '数据核对无误' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'review', approvedBy: ['sampling'] });
    const again = await sampling.post(`/api/publications/${id}/approve`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('PUBLICATION_ALREADY_APPROVED');
    expect((await chengdu.post(`/api/publications/${id}/approve`, {})).statusCode).toBe(403);
    expect((await sampling.post(`/api/publications/${id}/publish`, {})).statusCode).toBe(409);
    const second = await news.post(`/api/publications/${id}/approve`, {});
    expect(second.json()).toMatchObject({ status: 'approved', approvedBy: ['news', 'sampling'] });
    expect(second.json().reviews.map((r: { sideName: string; decision: string }) => [r.sideName, r.decision])).toEqual([
      ['抽检监测处', 'approve'],
      ['新闻宣传处', 'approve'],
    ]);
  });

  it('publishes: the results are public, 宣传和档案中心 gets an opinion-watch item for the configured days', async () => {
    const res = await sampling.post(`/api/publications/${id}/publish`, { watchDays: 10 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'published', watchDays: 10 });
    const open = await openResults(`sampleNo=${failedA.sampleNo}`);
    expect(open.total).toBe(1);
    expect(open.items[0]).toMatchObject({ sampleNo: failedA.sampleNo, conclusion: 'unqualified', foodName: '蛋黄酥' });
    const watch = (await publicity.get('/api/work-items?kind=opinion_watch&pageSize=50')).json().items as { links: { href: string }[]; dueAt: string }[];
    const item = watch.find((i) => i.links.some((l) => l.href === `/publications/${id}`))!;
    expect(item).toBeDefined();
    expect(new Date(item.dueAt).getTime() - Date.now()).toBeGreaterThan(9.9 * 86_400_000);
    const page = await anonymous(`/public/results/${failedA.sampleNo}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('蛋黄酥');
    expect(page.body).toContain('脱氢乙酸');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['cache-control']).toContain('public');
  });

  it('answers an unpublished sample exactly as a sample that does not exist', async () => {
    const unpublished = await anonymous(`/public/results/${failedB.sampleNo}`);
    const missing = await anonymous('/public/results/NO-SUCH-SAMPLE');
    expect(unpublished.statusCode).toBe(404);
    expect(unpublished.body).toBe(missing.body);
    expect((await openResults(`sampleNo=${failedB.sampleNo}`)).total).toBe(0);
    expect((await openResults('q=蛋黄酥')).items.map((i) => i.sampleNo)).toEqual([failedA.sampleNo]);
  });

  it('a later internal edit does not leak: the public copy changes only by a correction with a public note', async () => {
    const res = await sampling.post(`/api/publications/${id}/results/${passed.id}/correct`, { note: '更正规格型号' });
    expect(res.statusCode, res.body).toBe(200);
    const open = await openResults(`sampleNo=${passed.sampleNo}`);
    expect(open.items[0]).toMatchObject({ corrections: [{ note: '更正：更正规格型号' }] });
  });

  it('withdraws a record with a public note and no longer shows its content', async () => {
    const res = await sampling.post(`/api/publications/${id}/results/${failedA.id}/withdraw`, { note: '经复检，原检验结论被推翻' });
    expect(res.statusCode, res.body).toBe(200);
    const page = await anonymous(`/public/results/${failedA.sampleNo}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('经复检，原检验结论被推翻');
    expect(page.body).not.toContain('蛋黄酥');
    expect((await openResults('q=蛋黄酥')).total).toBe(0);
  });

  it('exports the tables (xlsx) and the announcement (docx)', async () => {
    const xlsx = await sampling.get(`/api/publications/${id}/tables.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const docx = await sampling.get(`/api/publications/${id}/announcement.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('return, history and scheduling', () => {
  it('a returned batch keeps its history and starts a new round when resubmitted', async () => {
    const id = (await sampling.post('/api/publications', { title: '第2期', sampleIds: [failedB.id] })).json().id;
    const returned = await news.post(`/api/publications/${id}/return`, { comment: '请补充核查处置情况' });
    expect(returned.json()).toMatchObject({ status: 'returned', actions: [] });
    const detail = (await sampling.get(`/api/publications/${id}`)).json();
    expect(detail.actions).toContain('resubmit');
    const again = await sampling.post(`/api/publications/${id}/resubmit`, { version: detail.version, title: '第2期（修改）' });
    expect(again.json()).toMatchObject({ status: 'review', round: 2, title: '第2期（修改）', approvedBy: [] });
    expect(again.json().reviews).toMatchObject([{ round: 1, decision: 'return', comment: '请补充核查处置情况' }]);
  });

  it('a scheduled publication stays out of public reach before its time', async () => {
    const id = (await sampling.post('/api/publications', { title: '第3期（定时）', sampleIds: [failedB.id] })).json().id;
    await sampling.post(`/api/publications/${id}/approve`, {});
    await news.post(`/api/publications/${id}/approve`, {});
    const res = await sampling.post(`/api/publications/${id}/publish`, { publishAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(res.json()).toMatchObject({ status: 'published', scheduled: true, statusName: '定时公布' });
    expect((await openResults(`sampleNo=${failedB.sampleNo}`)).total).toBe(0);
    expect((await anonymous(`/public/announcements/${id}`)).statusCode).toBe(404);
  });
});

describe('data scope', () => {
  it("a city bureau drafts for its own samples; another city's bureau neither reads nor changes the batch (404)", async () => {
    const own = await postUnqualifiedCake(chengdu, await cakeCategoryId(t), 'PUB-CD-01', {
      sampledParty: { name: '成都市金牛区某某食品店', address: '四川省成都市金牛区某某路5号' },
      samplingDate: '2026-11-21',
    });
    const res = await chengdu.post('/api/publications', { title: '成都市抽检信息', sampleIds: [own.id] });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    expect((await mianyang.get(`/api/publications/${id}`)).statusCode).toBe(404);
    expect((await mianyang.post(`/api/publications/${id}/publish`, {})).statusCode).toBe(404);
    expect((await mianyang.get('/api/publications')).json().items.some((p: { id: string }) => p.id === id)).toBe(false);
    expect((await mianyang.post('/api/publications', { title: 'x', sampleIds: [own.id] })).json().error.code).toBe('PUBLICATION_SAMPLES_UNKNOWN');
    expect((await sampling.get(`/api/publications/${id}`)).statusCode).toBe(200);
  });
});

describe('the hold-back rule', () => {
  it('holds back a sample with a pending objection (rule `hold`, 待核实) and publishes the rest', async () => {
    const disputed = await createUnqualifiedSample(t, sampling, 'PUB-0004', '成华区');
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const objection = await sampling.post(`/api/samples/${disputed.id}/objections`, { applicant: '成都市成华区某某食品店', content: '对检验结论有异议', ground: 'sample_identity', windowStartOn: today, appliedOn: today });
    expect(objection.statusCode, objection.body).toBe(201);
    const other = await createUnqualifiedSample(t, sampling, 'PUB-0005', '成华区');
    const id = (await sampling.post('/api/publications', { title: '第4期', sampleIds: [disputed.id, other.id] })).json().id;
    const detail = (await sampling.get(`/api/publications/${id}`)).json();
    expect(detail.samples.map((s: { sampleNo: string; heldBack: boolean }) => [s.sampleNo, s.heldBack])).toEqual([
      ['PUB-0004', true],
      ['PUB-0005', false],
    ]);
    await sampling.post(`/api/publications/${id}/approve`, {});
    await news.post(`/api/publications/${id}/approve`, {});
    expect((await sampling.post(`/api/publications/${id}/publish`, {})).statusCode).toBe(200);
    expect((await openResults('sampleNo=PUB-0004')).total).toBe(0);
    expect((await openResults('sampleNo=PUB-0005')).total).toBe(1);
  });
});
