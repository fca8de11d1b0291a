import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { and, eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { writeNationalCsv, writeNationalXlsx } from '../helpers/national-csv.js';
import { NATIONAL_HEADER } from '../fixtures/make-fixtures.js';
import { auditLog, resultItems, samples } from '../../src/db/schema/index.js';

let t: TestApp;
let sampling: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'jjld-import-'));
const fixture = (name: string) => join('test/fixtures/imports', name);

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
});
afterAll(() => t.close());

/** Uploads a file as multipart and waits for the job to finish. */
async function importFile(client: TestClient, path: string, fields: Record<string, string> = {}) {
  return t.importFile(client, path, fields);
}

const sampleCount = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(samples))[0].n;

describe('importing a national notice workbook', () => {
  it('imports each sample once, joining continuation rows, and says which layout and mapping it used', async () => {
    const before = await sampleCount();
    const { job } = await importFile(sampling, fixture('national-notice.xlsx'), { defaultSamplingDate: '2025-05-01' });
    expect(job.status).toBe('done');
    expect(job.progress).toBe(100);
    expect(job.summary).toMatchObject({ layout: 'national', headerRow: 3, rows: 7, imported: 4, rejected: 0 });
    expect(job.summary.mapping).toMatchObject({ sampledPartyName: '被抽检单位名称', sampleNo: '抽样编号', resultText: '检验值' });
    expect(await sampleCount()).toBe(before + 4);

    const list = (await sampling.get('/api/samples?sampleNo=DBJ2551000028300104')).json();
    const egg = (await sampling.get(`/api/samples/${list.items[0].id}`)).json();
    expect(egg.items.map((i: { itemName: string }) => i.itemName)).toHaveLength(3);
    expect(egg).toMatchObject({ conclusion: 'unqualified', regionCode: '511102', samplingDate: '2025-05-01', link: 'catering' });
    expect(egg.inferred['环节']).toBeDefined();
    expect(egg.history[0].action).toBe('sample.import');
  });

  it('keeps 保质期: stored with the sample, in its detail and in the samples export', async () => {
    const list = (await sampling.get('/api/samples?sampleNo=DBJ2551000028300102')).json();
    const detail = (await sampling.get(`/api/samples/${list.items[0].id}`)).json();
    expect(detail.shelfLife).toBe('180天');
    const egg = (await sampling.get('/api/samples?sampleNo=DBJ2551000028300104')).json().items[0];
    expect((await sampling.get(`/api/samples/${egg.id}`)).json().shelfLife).toBeNull(); // "/" means none

    const res = await t.app.inject({ method: 'GET', url: '/api/samples/export.xlsx?sampleNo=DBJ2551000028300102', headers: { cookie: sampling.cookie } });
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const headers = sheet.getRow(1).values as string[];
    expect(sheet.getRow(2).getCell(headers.indexOf('保质期')).value).toBe('180天');
  });

  it('re-importing the same file creates no duplicates and changes nothing', async () => {
    const before = await sampleCount();
    const { job } = await importFile(sampling, fixture('national-notice.xlsx'), { defaultSamplingDate: '2025-05-01' });
    expect(job.summary).toMatchObject({ imported: 0, updated: 0, unchanged: 4 });
    expect(await sampleCount()).toBe(before);
  });

  it('a later file updates a sample\'s result (the sample number is the key)', async () => {
    const path = join(dir, 'first.csv');
    writeNationalCsv(path, 3, { prefix: 'UPD', value: '0.12' });
    await importFile(sampling, path, { defaultSamplingDate: '2025-05-01' });
    writeNationalCsv(path, 3, { prefix: 'UPD', value: '0.01' });
    const { job } = await importFile(sampling, path, { defaultSamplingDate: '2025-05-01' });
    expect(job.summary).toMatchObject({ imported: 0, updated: 3 });
    const sample = (await sampling.get('/api/samples?sampleNo=UPD00000001')).json().items[0];
    const detail = (await sampling.get(`/api/samples/${sample.id}`)).json();
    expect(detail.items[0]).toMatchObject({ resultText: '0.01', judgement: 'qualified' });
    expect(detail.history.map((h: { action: string }) => h.action)).toEqual(['sample.importUpdate', 'sample.import']);
  });

  it('a dry run reports what would happen and writes nothing', async () => {
    const path = join(dir, 'dry.csv');
    writeNationalCsv(path, 5, { prefix: 'DRY' });
    const before = await sampleCount();
    const auditBefore = (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0].n;
    const { job } = await importFile(sampling, path, { dryRun: 'true', defaultSamplingDate: '2025-05-01' });
    expect(job.summary).toMatchObject({ dryRun: true, imported: 5, rejected: 0 });
    expect(await sampleCount()).toBe(before);
    const auditAfter = (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0].n;
    expect(auditAfter).toBe(auditBefore);
  });
});

describe('rows without a sample number', () => {
  it('rejects a row with its own 序号 and 被抽样单位 but no 抽样编号, instead of adding its failed item to the sample above', async () => {
    const path = join(dir, 'own-row-no-number.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('不合格产品信息');
    ws.addRow(['部分不合格产品信息']);
    ws.addRow(NATIONAL_HEADER);
    const lab = '四川省食品检验研究院';
    ws.addRow([1, '/', '/', '成都市武侯区某某蔬菜店', '四川省成都市武侯区某某路1号', '四川', '韭菜', '/', '/', '2025-04-12', '/', '腐霉利', '1.3mg/kg', '≤0.2mg/kg', '/', '', lab, '韭菜', 'MRG2551000001']);
    ws.addRow([2, '/', '/', '南充市顺庆区某某蔬菜店', '四川省南充市顺庆区某某街2号', '四川', '', '/', '/', '', '/', '铅(以Pb计)', '0.5mg/kg', '≤0.2mg/kg', '/', '', lab, '', '']);
    await wb.xlsx.writeFile(path);

    const { job } = await importFile(sampling, path, { defaultSamplingDate: '2025-05-01' });
    expect(job.summary).toMatchObject({ layout: 'national', rows: 2, imported: 1, rejected: 1 });
    expect(job.summary.errors).toContainEqual({ row: 4, column: '抽样编号', message: '抽样编号为空' });
    const id = (await sampling.get('/api/samples?sampleNo=MRG2551000001')).json().items[0].id;
    const detail = (await sampling.get(`/api/samples/${id}`)).json();
    expect(detail.items.map((i: { itemName: string }) => i.itemName)).toEqual(['腐霉利']);
    expect((await sampling.get('/api/samples?q=南充市顺庆区某某蔬菜店')).json().total).toBe(0);
  });
});

describe('other layouts and encodings', () => {
  it('imports the provincial 不合格 announcement, deriving stable sample numbers', async () => {
    const { job } = await importFile(sampling, fixture('provincial-unqualified.xlsx'), { defaultSamplingDate: '2025-05-01' });
    expect(job.summary).toMatchObject({ layout: 'provincial', rejected: 0 });
    expect(job.summary.imported).toBeGreaterThan(0);
    expect(job.summary.inferred['抽样编号']).toBe(job.summary.imported);
    const again = await importFile(sampling, fixture('provincial-unqualified.xlsx'), { defaultSamplingDate: '2025-05-01' });
    expect(again.job.summary.imported).toBe(0);
  });

  it('stores every Chinese name of a large xlsx exactly (characters split between inflate chunks included)', async () => {
    const path = join(dir, 'long-names.xlsx');
    const count = 1200;
    const partyName = (i: number, county: string) => `成都市${county}${i}号批量测试超市某某街道某某社区生鲜食品经营部`;
    await writeNationalXlsx(path, count, { prefix: 'UTF', partyName });
    const { job } = await importFile(sampling, path, { defaultSamplingDate: '2025-05-01' });
    expect(job.summary).toMatchObject({ imported: count, rejected: 0 });
    const stored = await t.database.db
      .select({ sampleNo: samples.sampleNo, name: samples.sampledPartyName })
      .from(samples)
      .where(sql`${samples.sampleNo} LIKE 'UTF%'`);
    const counties = ['武侯区', '锦江区', '青羊区', '金牛区', '成华区'];
    const wrong = stored.filter((s) => {
      const i = Number(s.sampleNo.slice(3));
      return s.name !== partyName(i, counties[i % 5]);
    });
    expect(stored).toHaveLength(count);
    expect(wrong.slice(0, 3)).toEqual([]);
  }, 120_000);

  it('rejects a row whose cell holds U+FFFD (bytes that could not be decoded), naming its row and column', async () => {
    const path = join(dir, 'replacement-char.csv');
    writeNationalCsv(path, 3, { prefix: 'FFD', partyName: (i, county) => (i === 1 ? `成都市${county}\uFFFD\uFFFD超市` : `成都市${county}某某超市`) });
    const { job } = await importFile(sampling, path, { defaultSamplingDate: '2025-05-01' });
    expect(job.summary).toMatchObject({ imported: 2, rejected: 1 });
    expect(job.summary.errors).toEqual([
      { row: 4, column: '被抽检单位名称', message: expect.stringMatching(/^含有无法识别的字符（�）/) },
    ]);
    expect(await t.database.db.select().from(samples).where(eq(samples.sampleNo, 'FFD00000001'))).toHaveLength(0);
  });

  it.each(['national-utf8-bom.csv', 'national-gb18030.csv'])('reads %s', async (name) => {
    const { job } = await importFile(sampling, fixture(name), { defaultSamplingDate: '2025-05-01' });
    expect(job.status).toBe('done');
    expect(job.summary.layout).toBe('national');
    expect(job.summary.imported + job.summary.updated + job.summary.unchanged).toBe(4);
    const hit = (await sampling.get('/api/samples?q=旗舰店')).json();
    expect(hit.total).toBeGreaterThan(0);
  });
});

describe('bad input', () => {
  it('rejects bad rows with sheet row, column and reason, imports the rest, and offers an xlsx report', async () => {
    const { job } = await importFile(sampling, fixture('bad-rows-national.xlsx'), { defaultSamplingDate: '2025-05-01', defaultLink: 'distribution' });
    expect(job.status).toBe('done');
    expect(job.summary.rejected).toBeGreaterThan(0);
    const messages = job.summary.errors.map((e: { message: string }) => e.message).join('\n');
    expect(messages).toMatch(/日期不存在/);
    expect(messages).toMatch(/负数/);
    expect(messages).toMatch(/食品名称为空/);
    expect(job.summary.errors.every((e: { row: number }) => e.row >= 2)).toBe(true);
    // The fixture's sample with an impossible date and a negative value was not written at all.
    expect(await t.database.db.select().from(samples).where(eq(samples.sampleNo, 'DBJ25510000289001'))).toHaveLength(0);

    const report = await t.app.inject({ method: 'GET', url: `/api/imports/${job.id}/errors.xlsx`, headers: { cookie: sampling.cookie } });
    expect(report.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, '行号', '列', '问题']);
    expect(sheet.rowCount).toBe(job.summary.errors.length + 2);
  });

  it.each([
    ['not-a-spreadsheet.xlsx', /无法读取文件/],
    ['unrelated-headers.xlsx', /未找到表头/],
    ['empty-sheet.xlsx', /没有数据/],
  ])('fails %s as a whole with a clear message', async (name, message) => {
    const before = await sampleCount();
    const { job } = await importFile(sampling, fixture(name));
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(message);
    expect(await sampleCount()).toBe(before);
  });

  it('refuses files that are not xlsx or csv, and a missing file, with field messages', async () => {
    const path = join(dir, 'notes.txt');
    (await import('node:fs')).writeFileSync(path, 'hello');
    const { res } = await importFile(sampling, path);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual({ file: '只支持 .xlsx 或 .csv 文件' });
  });

  it('rejects invalid options with field messages', async () => {
    const { res } = await importFile(sampling, fixture('national-notice.xlsx'), { defaultSamplingDate: '2025-02-30' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.defaultSamplingDate).toMatch(/日期/);
  });
});

describe('jurisdiction and batches', () => {
  it('a city officer imports only samples in their city; other rows are rejected, not written', async () => {
    const mianyang = await t.login('city-510700');
    const { job } = await importFile(mianyang, fixture('national-notice.xlsx'), { defaultSamplingDate: '2025-05-02' });
    expect(job.summary.imported + job.summary.updated).toBe(0);
    expect(job.summary.rejected).toBe(4);
    expect(job.summary.errors[0].message).toMatch(/不在您的管辖范围内/);
    expect((await sampling.get(`/api/imports/${job.id}`)).statusCode).toBe(404);
  });

  it('writes a file of several batches completely, each sample with its items', async () => {
    const path = join(dir, 'big.csv');
    writeNationalCsv(path, 2500, { prefix: 'BIG' });
    const { job } = await importFile(sampling, path, { defaultSamplingDate: '2025-05-01' });
    expect(job.summary).toMatchObject({ imported: 2500, rejected: 0, rows: 2500 + Math.ceil(2500 / 3) });
    const orphans = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(samples)
      .where(and(sql`${samples.sampleNo} LIKE 'BIG%'`, sql`NOT EXISTS (SELECT 1 FROM ${resultItems} WHERE ${resultItems.sampleId} = ${samples.id})`));
    expect(orphans[0].n).toBe(0);
  });
});
