/**
 * Issue 17 §3: the national publication tables (合格公示表 / 不合格公示表) — other provinces' and
 * the State Administration's announcements — are imported with 公告号 / 公告日期 / 公告网址链接
 * stored. The files are written with publicationRows, the function the publication module will
 * announce with, so what the platform produces it can also read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { publicationRows, type PublicationKind, type PublicationSample } from '../../src/domain/sampling/publication-table.js';
import { auditLog, resultItems, samples } from '../../src/db/schema/index.js';
import { exportItem, exportSample, writeExportXlsx } from '../helpers/national-export.js';

let t: TestApp;
let sampling: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'jjld-import-publication-'));

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
});
afterAll(() => t.close());

const sampleOf = async (sampleNo: string) => (await t.database.db.select().from(samples).where(eq(samples.sampleNo, sampleNo)))[0];

const base: PublicationSample = {
  sampleNo: '', nominalProducerName: '四川某某食品有限公司', nominalProducerAddress: '四川省眉山市东坡区某某园区', sampledPartyName: '成都市武侯区某某超市',
  sampledPartyProvince: '四川', sampledPartyAddress: '四川省成都市武侯区某某路1号', trademark: '某某牌', failedItems: [], labName: '四川省食品检验研究院',
  foodName: '苏打饼干', spec: '500g/袋', productionDateText: '2025-04-12', category: '饼干', noticeNo: '2025年第12号', noticeDate: '2025-05-20',
  taskSource: '国家市场监督管理总局', remarks: null, noticeUrl: 'https://www.samr.gov.cn/notice/12',
};
const lead = [{ itemName: '铅(以Pb计)', resultText: '1.3', unit: 'mg/kg', limitText: '≤0.5' }];

async function writeTable(name: string, kind: PublicationKind, list: PublicationSample[]) {
  const path = join(dir, name);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow([kind === 'unqualified' ? '不合格产品信息' : '合格产品信息']);
  for (const row of publicationRows(kind, list)) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('importing a 不合格公示表', () => {
  let job: any;
  beforeAll(async () => {
    const path = await writeTable('不合格公示表.xlsx', 'unqualified', [
      { ...base, sampleNo: 'PUB301', failedItems: lead },
      // Sampled in Chongqing from a Hebei producer: not this province's record.
      { ...base, sampleNo: 'PUB302', failedItems: lead, sampledPartyName: '重庆某某超市', sampledPartyAddress: '重庆市渝中区某某路2号', nominalProducerName: '河北某某食品有限公司', nominalProducerAddress: '河北省石家庄市某某路' },
      // Sampled in Chongqing from a Sichuan producer: kept for the producer's history.
      { ...base, sampleNo: 'PUB303', failedItems: lead, sampledPartyName: '重庆另一超市', sampledPartyAddress: '重庆市渝中区某某路3号' },
    ]);
    job = (await t.importFile(sampling, path, { defaultSamplingDate: '2025-04-15' })).job;
  }, 120_000);

  it('recognises the publication layout and reports imported and skipped samples', () => {
    expect(job.status).toBe('done');
    expect(job.summary).toMatchObject({
      layout: 'publication', headerRow: 2, rows: 3, imported: 2, rejected: 0, skipped: 1, unmapped: [],
      skips: [{ row: 4, sampleNo: 'PUB302', reason: '被抽样单位在省外，标称生产企业不在四川：不计入本省抽检记录' }],
    });
    expect(job.summary.errors).toEqual([]);
  });

  it('stores the sample with its failed item and the announcement that published it', async () => {
    const s = await sampleOf('PUB301');
    expect(s).toMatchObject({
      conclusion: 'unqualified', noticeNo: '2025年第12号', noticeDate: '2025-05-20', noticeUrl: 'https://www.samr.gov.cn/notice/12',
      taskSource: '国家市场监督管理总局', trademark: '某某牌', regionCode: '510107', labName: '四川省食品检验研究院',
    });
    const items = await t.database.db.select().from(resultItems).where(eq(resultItems.sampleId, s.id));
    expect(items.map((i) => [i.itemName, i.resultText, i.unit, i.limitText, i.judgement])).toEqual([['铅(以Pb计)', '1.3', 'mg/kg', '≤0.5', 'unqualified']]);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, s.id));
    expect(audit.map((a) => a.action)).toContain('sample.import');
    expect(await sampleOf('PUB302')).toBeUndefined();
    expect((await sampleOf('PUB303')).inferred).toMatchObject({ 省外抽样: '被抽样单位在省外，标称生产企业在四川：计入生产企业的抽检记录，由生产企业所在地市场监管部门核查处置' });
  });

  it('keeps the announcement when a later file without one (the national export) updates the sample', async () => {
    const path = join(dir, '国抽数据.xlsx');
    const row = exportSample('PUB301', { 报告分类: '一般不合格报告', 食品细类: '饼干', 样品名称: '苏打饼干', 被抽样单位名称: '成都市武侯区某某超市', 标识生产企业名称: '四川某某食品有限公司', 标识生产企业地址: '四川省眉山市东坡区某某园区' });
    await writeExportXlsx(path, [exportItem(row, '铅(以Pb计)', '1.3', '不合格', { 标准值: '≤0.5', 结果单位: 'mg/kg' })]);
    const again = (await t.importFile(sampling, path)).job;
    expect(again.summary).toMatchObject({ layout: 'nationalExport', updated: 1, rejected: 0 });
    expect(await sampleOf('PUB301')).toMatchObject({ samplingDate: '2025-04-15', noticeNo: '2025年第12号', noticeDate: '2025-05-20', noticeUrl: 'https://www.samr.gov.cn/notice/12' });
  });
});

describe('importing a 合格公示表', () => {
  it('imports qualified samples, skipping those of other provinces by 被抽样单位所在省份', async () => {
    const path = await writeTable('合格公示表.xlsx', 'qualified', [
      { ...base, sampleNo: 'PUB401' },
      { ...base, sampleNo: 'PUB402', sampledPartyProvince: '河北', sampledPartyName: '石家庄某某超市', nominalProducerName: '河北某某食品有限公司', nominalProducerAddress: '河北省石家庄市某某路' },
    ]);
    const { job } = await t.importFile(sampling, path, { defaultSamplingDate: '2025-04-15' });
    expect(job.summary).toMatchObject({ layout: 'publication', imported: 1, skipped: 1, skippedReasons: { '被抽样单位在河北，标称生产企业不在四川：不计入本省抽检记录': 1 } });
    expect(await sampleOf('PUB401')).toMatchObject({ conclusion: 'qualified', noticeNo: '2025年第12号', noticeDate: '2025-05-20' });
    expect(await sampleOf('PUB402')).toBeUndefined();
  });
});
