import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { cakeCategoryId, FAILED_DHA } from '../helpers/samples.js';
import { portalPaths } from '../../src/modules/portal/pages.js';
import { MASKED_INDIVIDUAL } from '../../src/domain/publication/personal-data.js';

/**
 * The public surface, field by field: every route reachable without a session is listed here
 * (a new one fails the first test until it is added), and every one of them is fetched and
 * searched for what must never be public: internal ids, units, people, reviews, and any sample
 * that is not published (draft, returned, scheduled, withdrawn content).
 */
let t: TestApp;
let sampling: TestClient;
let news: TestClient;

/** The Open311 service list is public (the request routes need an intake key: their security is `intakeKey`). */
const OPEN_ROUTES = ['GET /open311/v2/services.json', 'GET /open/v1/results'];
/** Exactly the fields the open data API gives for a result. */
const OPEN_FIELDS = [
  'sampleNo', 'status', 'foodName', 'category', 'spec', 'trademark', 'productionDate', 'sampledPartyName', 'sampledPartyAddress', 'nominalProducerName', 'nominalProducerAddress',
  'creditCode', 'regionCode', 'regionName', 'samplingDate', 'conclusion', 'failedItems', 'labName', 'noticeNo', 'publicNote', 'corrections', 'publishedAt',
].sort();

const secret = {
  samplers: ['赵秘密', '钱秘密'],
  officer: '孙陪同',
  reportNo: 'RPT-SECRET-9',
  remarks: '内部备注勿公开',
  individual: '王小明',
  reviewComment: '会审意见勿公开',
  returnComment: '退回意见勿公开',
};

const anonymous = (url: string, remoteAddress = '127.0.0.1') => t.app.inject({ method: 'GET', url, remoteAddress });
let published: { id: string; sampleNo: string };
let hidden: { id: string; sampleNo: string }[] = [];
let announcementId = '';
let internalIds: string[] = [];

async function sample(sampleNo: string, party: string) {
  const res = await sampling.post('/api/samples', {
    sampleNo,
    samplingType: 'supervisory',
    foodName: '蛋黄酥',
    categoryId: await cakeCategoryId(t),
    link: 'distribution',
    samplers: secret.samplers,
    accompanyingOfficer: secret.officer,
    labName: '四川省食品检验研究院',
    reportNo: secret.reportNo,
    remarks: secret.remarks,
    sampledParty: { name: party, address: '四川省成都市武侯区某某市场12号' },
    samplingDate: '2026-11-20',
    items: [FAILED_DHA],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; sampleNo: string; ownerUnitId: string };
}

async function draft(title: string, ids: string[]) {
  const res = await sampling.post('/api/publications', { title, sampleIds: ids });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

beforeAll(async () => {
  t = await createTestApp({ openDataRateLimitPerMinute: 60 });
  [sampling, news] = await Promise.all(['div-sampling', 'div-news'].map((u) => t.login(u)));
  const p = await sample('EXP-PUBLISHED', secret.individual);
  published = p;
  const [inDraft, returned, scheduled, withdrawnBatch] = await Promise.all(['EXP-DRAFT', 'EXP-RETURNED', 'EXP-SCHEDULED', 'EXP-WITHDRAWN'].map((no) => sample(no, '某某食品店')));
  const neverDrafted = await sample('EXP-NEVER', '某某食品店');
  hidden = [inDraft, returned, scheduled, neverDrafted];
  internalIds = [p.id, p.ownerUnitId, sampling.me.id, sampling.me.unit.id, news.me.id, news.me.unit.id];

  announcementId = await draft('公开公告', [p.id, withdrawnBatch.id]);
  await sampling.post(`/api/publications/${announcementId}/approve`, { comment: secret.reviewComment });
  await news.post(`/api/publications/${announcementId}/approve`, { comment: secret.reviewComment });
  expect((await sampling.post(`/api/publications/${announcementId}/publish`, {})).statusCode).toBe(200);
  await sampling.post(`/api/publications/${announcementId}/results/${withdrawnBatch.id}/withdraw`, { note: '复检推翻' });
  hidden.push(withdrawnBatch);

  await draft('草稿', [inDraft.id]);
  const r = await draft('退回', [returned.id]);
  await news.post(`/api/publications/${r}/return`, { comment: secret.returnComment });
  const s = await draft('定时', [scheduled.id]);
  await sampling.post(`/api/publications/${s}/approve`, {});
  await news.post(`/api/publications/${s}/approve`, {});
  await sampling.post(`/api/publications/${s}/publish`, { publishAt: new Date(Date.now() + 86_400_000).toISOString() });

  const warning = await sampling.post('/api/publications', { kind: 'warning', title: '关于选购糕点的消费提示', body: '选购糕点时注意查看标签。', tags: ['糕点'], sampleIds: [p.id, inDraft.id] });
  const w = warning.json().id;
  await sampling.post(`/api/publications/${w}/approve`, { comment: secret.reviewComment });
  await news.post(`/api/publications/${w}/approve`, {});
  expect((await sampling.post(`/api/publications/${w}/publish`, {})).statusCode).toBe(200);
});
afterAll(() => t.close());

async function publicUrls(): Promise<string[]> {
  const warnings = (await anonymous('/public/warnings')).body.match(/\/public\/warnings\/[0-9a-f-]{36}/g) ?? [];
  const fill = (path: string) =>
    path.replace(':id', path.includes('warnings') ? warnings[0]!.split('/').pop()! : announcementId).replace(':sampleNo', published.sampleNo);
  return [
    ...portalPaths.map(fill),
    '/public/results?q=蛋黄酥',
    '/public/results?conclusion=unqualified',
    ...hidden.map((h) => `/public/results/${h.sampleNo}`),
    '/open/v1/results',
    '/open/v1/results?q=蛋黄酥',
    '/open/v1/results?format=csv',
    '/open/v1/results?count=conclusion',
    ...hidden.map((h) => `/open/v1/results?sampleNo=${h.sampleNo}`),
  ];
}

describe('the public surface', () => {
  it('is exactly the portal pages and the open data API (a new public route must be added here)', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs' })).json() as { paths: Record<string, Record<string, { security: unknown[] }>> };
    const publicOutsideApi = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.entries(ops).filter(([, op]) => op.security.length === 0).map(([method]) => `${method.toUpperCase()} ${path}`))
      .filter((r) => !r.includes(' /api/'));
    expect(publicOutsideApi).toEqual(OPEN_ROUTES);
    expect(Object.values(doc.paths['/open/v1/results'])[0]).toMatchObject({ tags: ['open-data'] });
  });

  it('answers every public page 200 without a session', async () => {
    for (const url of portalPaths) {
      if (url.includes(':')) continue;
      const res = await anonymous(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    }
  });

  it('gives exactly the public fields of a result, each from the published snapshot', async () => {
    const body = (await anonymous(`/open/v1/results?sampleNo=${published.sampleNo}`)).json();
    expect(body.total).toBe(1);
    const [item] = body.items;
    expect(Object.keys(item).sort()).toEqual(OPEN_FIELDS);
    expect(item).toMatchObject({
      sampleNo: published.sampleNo,
      status: 'current',
      foodName: '蛋黄酥',
      category: '糕点',
      sampledPartyName: MASKED_INDIVIDUAL,
      sampledPartyAddress: '四川省成都市武侯区某某市场12号',
      conclusion: 'unqualified',
      labName: '四川省食品检验研究院',
      publicNote: null,
      corrections: [],
    });
    expect(item.failedItems).toMatchObject([{ itemName: FAILED_DHA.itemName, result: FAILED_DHA.resultText, unit: FAILED_DHA.unit, limit: FAILED_DHA.limitText }]);
  });

  it('never shows an internal field, a person, a review or an unpublished sample on any public route', async () => {
    const forbidden = [...internalIds, ...secret.samplers, secret.officer, secret.reportNo, secret.remarks, secret.individual, secret.reviewComment, secret.returnComment, ...hidden.map((h) => h.id)];
    const hiddenNos = hidden.filter((h) => h.sampleNo !== 'EXP-WITHDRAWN').map((h) => h.sampleNo);
    for (const url of await publicUrls()) {
      const res = await anonymous(url);
      expect([200, 404], url).toContain(res.statusCode);
      for (const word of forbidden) expect(res.body, `${url} shows ${word}`).not.toContain(word);
      // A hidden sample's number appears only where the visitor typed it (the search box echoes it back).
      for (const no of hiddenNos) if (!url.includes(no)) expect(res.body, `${url} shows ${no}`).not.toContain(no);
    }
  });

  it('answers the same for a sample in a draft, a returned or scheduled batch, never drafted, or not existing', async () => {
    const bodies = await Promise.all([...hidden.filter((h) => h.sampleNo !== 'EXP-WITHDRAWN').map((h) => h.sampleNo), 'EXP-NO-SUCH'].map((no) => anonymous(`/public/results/${no}`)));
    expect(new Set(bodies.map((b) => `${b.statusCode} ${b.body}`)).size).toBe(1);
    expect(bodies[0].statusCode).toBe(404);
  });

  it('keeps a withdrawn record to its note: the old content is gone', async () => {
    const page = await anonymous('/public/results/EXP-WITHDRAWN');
    expect(page.body).toContain('复检推翻');
    expect(page.body).not.toContain('蛋黄酥');
    expect((await anonymous('/open/v1/results?q=蛋黄酥')).json().items.map((i: { sampleNo: string }) => i.sampleNo)).toEqual([published.sampleNo]);
  });

  it('refuses short and over-long inputs, and unknown filters never widen the result', async () => {
    expect((await anonymous('/open/v1/results?q=蛋')).statusCode).toBe(400);
    expect((await anonymous(`/open/v1/results?q=${'蛋'.repeat(61)}`)).statusCode).toBe(400);
    expect((await anonymous('/open/v1/results?pageSize=1000')).statusCode).toBe(400);
    expect((await anonymous('/public/results?q=蛋')).statusCode).toBe(400);
  });
});

describe('open data API', () => {
  it('is cacheable: ETag and Last-Modified, 304 on a match', async () => {
    const first = await anonymous('/open/v1/results?q=蛋黄酥');
    expect(first.headers.etag).toBeTruthy();
    expect(first.headers['last-modified']).toBeTruthy();
    expect(first.headers['cache-control']).toContain('public');
    const again = await t.app.inject({ method: 'GET', url: '/open/v1/results?q=蛋黄酥', headers: { 'if-none-match': first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
  });

  it('answers CSV and counts by a field', async () => {
    const csv = await anonymous('/open/v1/results?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('抽样编号');
    expect(csv.body).toContain(published.sampleNo);
    const counts = (await anonymous('/open/v1/results?count=conclusion')).json();
    // The demo announcement is published too: the counts add up to the unfiltered total.
    expect(counts.field).toBe('conclusion');
    const all = (await anonymous('/open/v1/results?pageSize=1')).json();
    expect(counts.counts.reduce((sum: number, c: { count: number }) => sum + c.count, 0)).toBe(all.total);
    expect(counts.counts.find((c: { term: string }) => c.term === 'unqualified').count).toBeGreaterThanOrEqual(1);
  });

  it('limits each client: one gets 429, another is still served', async () => {
    let limited = 0;
    for (let i = 0; i < 70 && limited === 0; i++) if ((await anonymous('/open/v1/results?pageSize=1', '10.9.9.1')).statusCode === 429) limited++;
    expect(limited).toBe(1);
    const res = await anonymous('/open/v1/results?pageSize=1', '10.9.9.1');
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('RATE_LIMITED');
    expect((await anonymous('/open/v1/results?pageSize=1', '10.9.9.2')).statusCode).toBe(200);
  });
});
