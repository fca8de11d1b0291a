import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disposalSteps, disposals } from '../../src/db/schema/index.js';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { createUnqualifiedSample } from '../helpers/samples.js';

let t: TestApp;
let sampling: TestClient;
let news: TestClient;
let closedOne: { id: string; sampleNo: string };
let openOne: { id: string; sampleNo: string };
let publicationId: string;

const anonymous = (url: string) => t.app.inject({ method: 'GET', url });

/** Closes a sample's disposal with the given steps, as the disposal workflow would leave it (test setup only). */
async function closeDisposal(sampleId: string, steps: Record<string, Record<string, unknown>>, text = '经办人王小明现场检查') {
  const [d] = await t.database.db.select().from(disposals).where(eq(disposals.sampleId, sampleId));
  for (const [kind, details] of Object.entries(steps)) {
    const [existing] = await t.database.db.select().from(disposalSteps).where(and(eq(disposalSteps.disposalId, d.id), eq(disposalSteps.kind, kind)));
    if (existing) await t.database.db.update(disposalSteps).set({ status: 'done', doneOn: '2026-11-25', text, details }).where(eq(disposalSteps.id, existing.id));
    else await t.database.db.insert(disposalSteps).values({ id: randomUUID(), disposalId: d.id, kind, status: 'done', doneOn: '2026-11-25', text, details });
  }
  await t.database.db.update(disposals).set({ status: 'closed', closedAt: new Date('2026-11-30T02:00:00Z') }).where(eq(disposals.id, d.id));
}

async function docxText(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

beforeAll(async () => {
  t = await createTestApp();
  [sampling, news] = await Promise.all(['div-sampling', 'div-news'].map((u) => t.login(u)));
  closedOne = await createUnqualifiedSample(t, sampling, 'PUBD-0001', '武侯区');
  openOne = await createUnqualifiedSample(t, sampling, 'PUBD-0002', '锦江区');
  await closeDisposal(closedOne.id, {
    riskControl: { measures: ['下架', '封存', '召回'], sealedQuantity: 12, recalledQuantity: 30, quantityUnit: '袋', recallLevel: '三级', recallAnnouncedOn: '2026-11-24' },
    penalty: { caseNo: '武市监罚〔2026〕88号', amount: 5000 },
    rectification: { measures: '建立进货查验制度', verified: true },
  });
  const res = await sampling.post('/api/publications', { title: '2026年第9期食品安全监督抽检信息公告', sampleIds: [closedOne.id, openOne.id] });
  expect(res.statusCode, res.body).toBe(201);
  publicationId = res.json().id;
  expect((await sampling.post(`/api/publications/${publicationId}/approve`, {})).statusCode).toBe(200);
  expect((await news.post(`/api/publications/${publicationId}/approve`, {})).statusCode).toBe(200);
  const published = await sampling.post(`/api/publications/${publicationId}/publish`, {});
  expect(published.statusCode, published.body).toBe(200);
});
afterAll(() => t.close());

describe('核查处置情况 of a published batch', () => {
  it('shows each closed disposal with its measures, recall and penalty amount; an open one as 处置中', async () => {
    const page = await anonymous(`/public/announcements/${publicationId}`);
    expect(page.statusCode).toBe(200);
    const section = page.body.slice(page.body.indexOf('核查处置情况'));
    expect(section).toContain('下架、封存12袋、召回');
    expect(section).toContain('已启动三级召回，召回30袋');
    expect(section).toContain('已立案查处');
    expect(section).toContain('5,000');
    expect(section).toContain('已整改到位');
    expect(section).toContain('已完成（2026-11-30）');
    const openRow = section.slice(section.indexOf(openOne.sampleNo));
    expect(openRow.slice(0, openRow.indexOf('</tr>'))).toContain('处置中');
    // Structured facts only: no case number, no officer's free text or name.
    expect(page.body).not.toContain('武市监罚');
    expect(page.body).not.toContain('王小明');
  });

  it('a disposal closed after publishing does not change the published batch', async () => {
    await closeDisposal(openOne.id, { riskControl: { measures: ['销毁'], destroyedQuantity: 5, quantityUnit: 'kg' } });
    const page = await anonymous(`/public/announcements/${publicationId}`);
    const section = page.body.slice(page.body.indexOf('核查处置情况'));
    const openRow = section.slice(section.indexOf(openOne.sampleNo));
    expect(openRow.slice(0, openRow.indexOf('</tr>'))).toContain('处置中');
    expect(section).not.toContain('销毁5kg');
  });

  it('the Word announcement and the xlsx carry the same section, from the snapshot', async () => {
    const docx = await sampling.get(`/api/publications/${publicationId}/announcement.docx`);
    expect(docx.statusCode).toBe(200);
    const text = await docxText(docx.rawPayload);
    expect(text).toContain('三、核查处置情况');
    expect(text).toContain('已启动三级召回，召回30袋');
    expect(text).toContain('处置中');
    expect(text).not.toContain('销毁5kg');
    const xlsx = await sampling.get(`/api/publications/${publicationId}/tables.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('核查处置情况')!;
    const rows = (sheet.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(rows[0]).toEqual(['序号', '抽样编号', '食品名称', '被抽样单位名称', '处置状态', '风险控制措施', '召回情况', '立案查处', '罚没金额（元）', '整改情况']);
    expect(rows.slice(1).map((r) => [r[1], r[4]])).toEqual([
      [closedOne.sampleNo, '已完成（2026-11-30）'],
      [openOne.sampleNo, '处置中'],
    ]);
  });
});

describe('drafting a batch by filter', () => {
  it('previews what a filter picks, within the drafter scope, and drafts from it server-side', async () => {
    const chengdu = await t.login('city-510100');
    const mianyang = await t.login('city-510700');
    const query = 'conclusion=unqualified&dateField=sampling&dateFrom=2026-11-20&dateTo=2026-11-20&regionCode=510100';
    const preview = await chengdu.get(`/api/publications/candidates?${query}`);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ total: 2, cap: 5000, overCap: false });
    expect(preview.json().items.map((i: { sampleNo: string }) => i.sampleNo).sort()).toEqual([closedOne.sampleNo, openOne.sampleNo]);
    // The province code covers every county the drafter may read.
    expect((await sampling.get('/api/publications/candidates?conclusion=unqualified&regionCode=510000')).json().total).toBeGreaterThanOrEqual(2);
    const county = await chengdu.get(`/api/publications/candidates?conclusion=unqualified&regionCode=510107`);
    expect(county.json().items.map((i: { sampleNo: string }) => i.sampleNo)).toEqual([closedOne.sampleNo]);
    // Another city's bureau asking for Chengdu's region gets nothing of it.
    expect((await mianyang.get(`/api/publications/candidates?${query}`)).json()).toMatchObject({ total: 0, items: [] });
    const refused = await mianyang.post('/api/publications', { title: '绵阳批次', sampleIds: [], filter: { conclusion: 'unqualified', regionCode: '510100' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('PUBLICATION_FILTER_EMPTY');
    const drafted = await chengdu.post('/api/publications', { title: '成都市2026年11月20日监督抽检信息公告', sampleIds: [], filter: { conclusion: 'unqualified', dateFrom: '2026-11-20', dateTo: '2026-11-20', regionCode: '510100' } });
    expect(drafted.statusCode, drafted.body).toBe(201);
    expect((await chengdu.get(`/api/publications/${drafted.json().id}`)).json()).toMatchObject({ sampleCount: 2, unqualifiedCount: 2 });
  });

  it('validates the filter', async () => {
    const bad = await sampling.get('/api/publications/candidates?dateFrom=2026-12-01&dateTo=2026-11-01&regionCode=51');
    expect(bad.statusCode).toBe(400);
  });
});
