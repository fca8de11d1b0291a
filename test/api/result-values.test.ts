/**
 * Results with units and microbiological sampling plans (issue 9 A2): a national row such as
 * `0.54mg/100cm²` was rejected as "not a number", and a plan n=5, c=2, m, M was judged on M
 * alone. Judged per GB 4789.1-2016 §3.2 (GB 29921-2021 and the product standards state their
 * microbiological limits as such plans).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { and, asc, eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { NATIONAL_HEADER } from '../fixtures/make-fixtures.js';
import { auditLog, disposals, foodCategories, itemLimits, testItems } from '../../src/db/schema/index.js';

let t: TestApp;
let sampling: TestClient;
let admin: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'jjld-results-'));

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
  admin = await t.login('admin');
});
afterAll(() => t.close());

/** A national-layout row: one item of one sample in a Chengdu restaurant. */
function row(sampleNo: string, food: string, category: string, item: string, result: string, limit: string) {
  const cells: (string | number)[] = NATIONAL_HEADER.map(() => '');
  const set = (name: string, value: string | number) => (cells[NATIONAL_HEADER.indexOf(name)] = value);
  set('序号', sampleNo.slice(-2));
  set('被抽检单位名称', `成都市武侯区${sampleNo}餐馆`);
  set('被抽样单位地址', '四川省成都市武侯区某某路1号');
  set('样品名称', food);
  set('食品细类', category);
  set('不合格项目', item);
  set('检验值', result);
  set('标准值', limit);
  set('检验机构', '四川省食品检验研究院');
  set('抽样编号', sampleNo);
  return cells;
}

async function importRows(rows: (string | number)[][]) {
  const path = join(dir, `results-${Math.random().toString(36).slice(2)}.xlsx`);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(NATIONAL_HEADER);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path);
  const { job } = await t.importFile(sampling, path, { defaultSamplingDate: '2026-05-01', defaultLink: 'catering' });
  expect(job.status).toBe('done');
  return job;
}

async function detail(sampleNo: string) {
  const list = (await sampling.get(`/api/samples?sampleNo=${sampleNo}`)).json();
  expect(list.items).toHaveLength(1);
  return (await sampling.get(`/api/samples/${list.items[0].id}`)).json();
}

const PLAN = 'n=5,c=2,m=10⁴,M=10⁵CFU/g';

describe('importing results with area units and sampling plans', () => {
  let job: { summary: { imported: number; rejected: number; errors: { row: number; column: string | null; message: string }[] } };

  beforeAll(async () => {
    job = await importRows([
      row('AREA0001', '消毒碗', '复用餐饮具', '游离性余氯', '0.54mg/100cm²', '≤0.03mg/100cm²'),
      row('AREA0002', '消毒碗', '复用餐饮具', '游离性余氯', '0.02mg/dm²', ''),
      row('PLAN0001', '月饼', '月饼', '菌落总数', '5.0×10⁴,2.0×10⁴,1.1×10⁴,5000,800CFU/g', PLAN),
      row('PLAN0002', '月饼', '月饼', '菌落总数', '5.0×10⁴,2.0×10⁴,1.0×10⁴,5000,800CFU/g', PLAN),
      row('PLAN0003', '月饼', '月饼', '菌落总数', '5000,800CFU/g', PLAN),
      row('UNIT0001', '小麦粉', '通用小麦粉', '铅(以Pb计)', '0.1mg/L', ''),
    ]);
  });

  it('imports a 0.54mg/100cm² row and judges it against the limit in the same unit', async () => {
    expect(job.summary).toMatchObject({ imported: 4, rejected: 2 });
    const sample = await detail('AREA0001');
    expect(sample.conclusion).toBe('unqualified');
    expect(sample.items[0]).toMatchObject({ itemName: '游离性余氯', resultText: '0.54', resultValue: '0.54', unit: 'mg/100cm²', limitText: '≤0.03', judgement: 'unqualified' });
  });

  it('converts mg/dm² to the catalogue limit in mg/100cm²', async () => {
    const sample = await detail('AREA0002');
    expect(sample.conclusion).toBe('qualified');
    expect(sample.items[0]).toMatchObject({ resultText: '0.02', unit: 'mg/dm²', limitText: '≤0.03', limitValue: '0.03', judgement: 'qualified' });
  });

  it('judges a plan over its five results: three above m fail although none is above M', async () => {
    const failed = await detail('PLAN0001');
    expect(failed.conclusion).toBe('unqualified');
    expect(failed.items[0]).toMatchObject({
      subResults: ['5.0×10⁴', '2.0×10⁴', '1.1×10⁴', '5000', '800'],
      samplingPlan: { n: 5, c: 2, m: 10000, M: 100000 },
      unit: 'CFU/g',
      limitText: 'n=5,c=2,m=10⁴,M=10⁵',
      resultValue: '50000',
      judgement: 'unqualified',
    });
    // The failure opened its disposal in the same import.
    expect(await t.database.db.select().from(disposals).where(eq(disposals.sampleId, failed.id))).toHaveLength(1);
    const passed = await detail('PLAN0002');
    expect(passed.conclusion).toBe('qualified');
    expect(passed.items[0].judgement).toBe('qualified');
  });

  it('rejects a plan row with fewer results than n, and units that cannot be converted, naming the cell', () => {
    expect(job.summary.errors).toEqual([
      { row: 6, column: '检验值', message: '采样方案 n=5，应有 5 个检验结果，只有 2 个（多个结果用逗号分隔）' },
      { row: 7, column: '检验值', message: '检验结果的单位“mg/L”与限量的单位“mg/kg”不同，无法换算，请核对单位' },
    ]);
  });
});

describe('entering the n results of a plan by hand', () => {
  let sampleId: string;
  let version: number;

  beforeAll(async () => {
    const category = (await t.database.db.select().from(foodCategories).where(eq(foodCategories.name, '月饼')))[0];
    const res = await sampling.post('/api/samples', {
      sampleNo: 'HANDPLAN01',
      samplingType: 'supervisory',
      foodName: '五仁月饼',
      categoryId: category.id,
      link: 'production',
      sampledParty: { name: '成都市武侯区某某食品厂', address: '四川省成都市武侯区某某路2号' },
      samplingDate: '2026-05-02',
      samplers: ['张三', '李四'],
    });
    expect(res.statusCode).toBe(201);
    sampleId = res.json().id;
    version = res.json().version;
  });

  it('refuses fewer than n results with a field message, and writes nothing', async () => {
    const res = await sampling.post(`/api/samples/${sampleId}/results`, { version, items: [{ itemName: '菌落总数', resultText: '5000,800,600', unit: 'CFU/g' }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual({ 'items.0.resultText': '采样方案 n=5，应有 5 个检验结果，只有 3 个（多个结果用逗号分隔）' });
    const audits = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, sampleId), eq(auditLog.action, 'sample.recordResults')));
    expect(audits).toHaveLength(0);
  });

  it('judges the five results by the catalogue plan (GB 7099-2015: n=5, c=2, m=10⁴, M=10⁵) and audits them', async () => {
    const res = await sampling.post(`/api/samples/${sampleId}/results`, {
      version,
      items: [
        { itemName: '菌落总数', resultText: '9.0×10⁴, 9.0×10⁴, 9.0×10⁴, <10, <10', unit: 'CFU/g' },
        { itemName: '沙门氏菌', resultText: '未检出' },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().conclusion).toBe('unqualified');
    const sample = (await sampling.get(`/api/samples/${sampleId}`)).json();
    expect(sample.items[0]).toMatchObject({
      subResults: ['9.0×10⁴', '9.0×10⁴', '9.0×10⁴', '<10', '<10'],
      samplingPlan: { n: 5, c: 2, m: 10000, M: 100000 },
      limitText: 'n=5, c=2, m=10000, M=100000',
      judgement: 'unqualified',
    });
    expect(sample.items[1]).toMatchObject({ subResults: null, samplingPlan: { n: 5, c: 0, m: 0, M: null }, judgement: 'qualified' });
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, sampleId), eq(auditLog.action, 'sample.recordResults')));
    expect((audit.after as { items: { subResults: string[] | null }[] }).items[0].subResults).toHaveLength(5);
  });
});

describe('sampling plans in the catalogue', () => {
  it('sets a plan on a limit, which then gives the limit type and value, with an audit row', async () => {
    const [item] = await t.database.db.select().from(testItems).where(eq(testItems.name, '霉菌'));
    const [limit] = await t.database.db.select().from(itemLimits).where(eq(itemLimits.testItemId, item.id)).orderBy(asc(itemLimits.id)).limit(1);
    const res = await admin.patch(`/api/catalogue/limits/${limit.id}`, { version: limit.version, samplingPlan: { n: 5, c: 2, m: 50, M: 500 } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ limitType: 'max', limitValue: '500', samplingPlan: { n: 5, c: 2, m: 50, M: 500 } });
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, limit.id), eq(auditLog.action, 'catalogue.updateLimit')));
    expect(audit.after).toMatchObject({ samplingPlan: { n: 5, c: 2, m: 50, M: 500 }, limitValue: '500' });

    const bad = await admin.patch(`/api/catalogue/limits/${limit.id}`, { version: limit.version + 1, samplingPlan: { n: 5, c: 2, m: 500, M: 50 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual({ samplingPlan: '采样方案中 m 不能大于 M' });
    const cleared = await admin.patch(`/api/catalogue/limits/${limit.id}`, { version: limit.version + 1, samplingPlan: null });
    expect(cleared.json()).toMatchObject({ samplingPlan: null, limitType: 'max', limitValue: '500' });
  });

  it('migration 0016 keeps a plan written in the note of a limit an administrator edited', async () => {
    const [item] = await t.database.db.select().from(testItems).where(eq(testItems.name, '大肠菌群'));
    const limits = await t.database.db.select().from(itemLimits).where(eq(itemLimits.testItemId, item.id));
    const three = limits.find((l) => l.samplingPlan?.M === 100)!;
    const two = limits.find((l) => l.limitType === 'not_detected' && l.samplingPlan)!;
    // As the seed wrote them before 0016, and as an administrator may have saved them since.
    await t.database.db.update(itemLimits).set({ samplingPlan: null, version: 2, note: 'n=5, c=2, m=10, M=100（三级采样方案，M 存为上限）' }).where(eq(itemLimits.id, three.id));
    await t.database.db.update(itemLimits).set({ samplingPlan: null, version: 2, note: 'n=5, c=0, m=0；待核实：单位' }).where(eq(itemLimits.id, two.id));
    const migration = readFileSync('src/db/migrations/0016_sampling_plans.sql', 'utf8').split('--> statement-breakpoint');
    for (const statement of migration.filter((s) => /UPDATE/.test(s))) await t.database.db.execute(sql.raw(statement));
    const after = await t.database.db.select().from(itemLimits).where(eq(itemLimits.testItemId, item.id));
    expect(after.find((l) => l.id === three.id)!.samplingPlan).toEqual({ n: 5, c: 2, m: 10, M: 100 });
    expect(after.find((l) => l.id === two.id)!.samplingPlan).toEqual({ n: 5, c: 0, m: 0, M: null });
  });
});
