/**
 * The link filter's 待确定 option: a sample imported without a link (link IS NULL, migration 0024)
 * and the disposal opened for it are listed with link=unknown — in the sample list, its export,
 * the disposal list and the ledger — and not under a link. See imports-review-flags.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { writeNationalCsv } from '../helpers/national-csv.js';

let t: TestApp;
let wuhou: TestClient;
/** The national notice has no 环节 column; a sampled party whose name says nothing of its link. */
const SAMPLE_NO = 'LFU00000000';

beforeAll(async () => {
  t = await createTestApp();
  const sampling = await t.login('div-sampling');
  wuhou = await t.login('county-510107');
  const path = join(mkdtempSync(join(tmpdir(), 'jjld-link-filter-')), 'notice.csv');
  writeNationalCsv(path, 1, { prefix: 'LFU', partyName: () => '成都市武侯区王某某' });
  const { job } = await t.importFile(sampling, path);
  expect(job.summary).toMatchObject({ imported: 1, linkItemsOpened: 1, disposalsOpened: 1 });
});
afterAll(() => t.close());

const sampleNos = async (url: string) => {
  const res = await wuhou.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { sampleNo: string }[]).map((i) => i.sampleNo);
};

describe('link=unknown (待确定)', () => {
  it('lists the sample without a link, not under a link', async () => {
    expect(await sampleNos(`/api/samples?sampleNo=${SAMPLE_NO}&link=unknown`)).toEqual([SAMPLE_NO]);
    expect(await sampleNos(`/api/samples?sampleNo=${SAMPLE_NO}&link=distribution`)).toEqual([]);
    expect(await sampleNos(`/api/samples?sampleNo=${SAMPLE_NO}`)).toEqual([SAMPLE_NO]);
  });

  it('exports the sample without a link with the same filter', async () => {
    const rowsOf = async (link: string) => {
      const res = await wuhou.get(`/api/samples/export.xlsx?sampleNo=${SAMPLE_NO}&link=${link}`);
      expect(res.statusCode, res.body).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const values: string[] = [];
      wb.worksheets[0].eachRow((row) => values.push(String(row.values)));
      return values.filter((v) => v.includes(SAMPLE_NO));
    };
    expect(await rowsOf('unknown')).toHaveLength(1);
    expect(await rowsOf('distribution')).toHaveLength(0);
  });

  it('lists the disposal of the sample without a link, not under a link', async () => {
    expect(await sampleNos(`/api/disposals?sampleNo=${SAMPLE_NO}&link=unknown`)).toEqual([SAMPLE_NO]);
    expect(await sampleNos(`/api/disposals?sampleNo=${SAMPLE_NO}&link=distribution`)).toEqual([]);
  });

  it('lists the ledger row of the sample without a link, not under a link', async () => {
    expect(await sampleNos('/api/ledger?link=unknown&pageSize=100')).toContain(SAMPLE_NO);
    expect(await sampleNos('/api/ledger?link=distribution&pageSize=100')).not.toContain(SAMPLE_NO);
  });

  it('rejects a link that is none of the options, in Chinese', async () => {
    const res = await wuhou.get('/api/samples?link=somewhere');
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error)).toContain('请选择环节');
  });
});
