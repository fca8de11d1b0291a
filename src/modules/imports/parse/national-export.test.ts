import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HeaderInfo, ParsedSample } from './types.js';
import { parseSampleFile } from './parse-sample-file.js';
import { allowedLimit } from './build-sample.js';
import { EXPORT_HEADER, exportItem, exportSample, writeExportXlsx, type ExportRow } from '../../../../test/helpers/national-export.js';

const dir = mkdtempSync(join(tmpdir(), 'jjld-export-'));

async function parse(rows: ExportRow[], header: readonly string[] = EXPORT_HEADER, format: 'auto' | 'template' = 'auto') {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
  await writeExportXlsx(path, rows, header);
  let info: HeaderInfo | null = null;
  let fatal: string | null = null;
  const samples: ParsedSample[] = [];
  for await (const e of parseSampleFile(path, { format, fileName: '普通食品国抽数据.xlsx' })) {
    if (e.type === 'header') info = e.header;
    if (e.type === 'sample') samples.push(e.sample);
    if (e.type === 'fatal') fatal = e.message;
  }
  return { info: info!, samples, fatal };
}

const celery = exportSample('EXP001', { 报告分类: '一般不合格报告' });
const biscuit = exportSample('EXP002', {
  食品大类: '饼干', 食品亚类: '饼干', 食品次亚类: '饼干', 食品细类: '饼干', 样品名称: '苏打饼干', 标识生产企业名称: '', 标识生产企业地址: '',
  委托企业名称: '四川某某食品有限公司', 委托企业地址: '四川省眉山市东坡区某某园区',
});

describe('the national export (国抽数据)', () => {
  it('is recognised by its headers, not taken for the template, and lists the columns it does not read', async () => {
    const { info } = await parse([exportItem(celery, '毒死蜱', '0.12', '不合格')]);
    expect(info.layout).toBe('nationalExport');
    expect(info.sheetName).toBe('data_1');
    expect(info.unmapped).toEqual(['抽样单位名称', '样品条码']);
    expect(info.mapping).toMatchObject({ reportCategory: '报告分类', judgement: '结果判定', nominalProducerName: '标识生产企业名称', lab: '检验机构名称' });
    expect(info.fileConclusion).toBeNull();
  });

  it('groups the rows of one 抽样编号 wherever they stand, in the order of their first rows', async () => {
    const { samples } = await parse([
      exportItem(celery, '毒死蜱', '0.12', '不合格'),
      exportItem(biscuit, '酸价(以脂肪计)', '0.5', '合格', { 标准值: '≤5', 结果单位: 'mg/g' }),
      exportItem(celery, '克百威', '未检出', '合格'),
    ]);
    expect(samples.map((s) => [s.sampleNo, s.rows, s.items.map((i) => i.itemName)])).toEqual([
      ['EXP001', [2, 4], ['毒死蜱', '克百威']],
      ['EXP002', [3], ['酸价(以脂肪计)']],
    ]);
    expect(samples[0]).toMatchObject({ reportCategory: '一般不合格报告', sampledPartyProvince: '四川省', sampledPartyCounty: '武侯区', errors: [] });
    expect(samples[0].items[0]).toMatchObject({ resultText: '0.12', limitText: '≤0.02', unit: 'mg/kg', judgementText: '不合格', standard: 'GB 2763-2021' });
    expect(samples[0].categoryCandidates).toEqual(['芹菜', '叶菜类蔬菜', '蔬菜', '食用农产品']);
  });

  it('takes the producer from 委托企业 only when 标识生产企业 is empty', async () => {
    const own = exportSample('EXP003', { 标识生产企业名称: '四川甲食品有限公司', 委托企业名称: '四川乙食品有限公司' });
    const { samples } = await parse([exportItem(biscuit, '酸价', '0.5', '合格'), exportItem(own, '铅', '0.01', '合格')]);
    expect(samples[0]).toMatchObject({ nominalProducerName: '四川某某食品有限公司', nominalProducerAddress: '四川省眉山市东坡区某某园区', producerFromEntrusting: true });
    expect(samples[1]).toMatchObject({ nominalProducerName: '四川甲食品有限公司', producerFromEntrusting: false });
  });

  it('takes the producer from 委托企业 when the file has no 标识生产企业 columns at all', async () => {
    const header = EXPORT_HEADER.filter((h) => !h.startsWith('标识生产企业'));
    const { samples } = await parse([exportItem(biscuit, '酸价', '0.5', '合格')], header);
    expect(samples[0]).toMatchObject({ nominalProducerName: '四川某某食品有限公司', producerFromEntrusting: true });
  });

  it('rejects a sample whose rows disagree on a sample field, naming both rows', async () => {
    const { samples, fatal } = await parse([
      exportItem(celery, '毒死蜱', '0.12', '不合格'),
      exportItem(biscuit, '酸价', '0.5', '合格'),
      exportItem({ ...celery, 被抽样单位名称: '成都市锦江区另一超市' }, '克百威', '未检出', '合格'),
    ]);
    expect(samples, `the file was not read: ${fatal}`).toHaveLength(2);
    expect(samples[0].errors).toEqual([
      { row: 4, column: '被抽样单位名称', message: expect.stringMatching(/^抽样编号 EXP001 的第 2 行与第 4 行“被抽样单位名称”不一致/) },
    ]);
    expect(samples[1].errors).toEqual([]);
  });

  it('takes a later row whose sample cells differ only in spacing or width as agreeing', async () => {
    const { samples } = await parse([
      exportItem(celery, '毒死蜱', '0.12', '不合格'),
      exportItem({ ...celery, 被抽样单位名称: ` ${celery.被抽样单位名称}　`, 抽样日期: '２０２５-04-15' }, '克百威', '未检出', '合格'),
    ]);
    expect(samples.map((s) => [s.rows, s.items.length, s.errors])).toEqual([[[2, 3], 2, []]]);
  });

  it('rejects a row without 抽样编号 on its own', async () => {
    const { samples } = await parse([exportItem(celery, '毒死蜱', '0.12', '不合格'), exportItem({ ...celery, 抽样编号: '' }, '克百威', '未检出', '合格')]);
    expect(samples.map((s) => [s.row, s.errors.map((e) => e.message)])).toEqual([[3, ['抽样编号为空']], [2, []]]);
  });

  it('still lets the user read it as the template, if they say so', async () => {
    const { info } = await parse([exportItem(celery, '毒死蜱', '0.12', '不合格')], EXPORT_HEADER, 'template');
    expect(info.layout).toBe('template');
  });
});

describe('allowedLimit', () => {
  it('reads 最大允许限 as ≤, else 最小允许限 as ≥, and ignores bounds without a number', () => {
    expect(allowedLimit('', '0.5')).toBe('≤0.5');
    expect(allowedLimit('3.0', '')).toBe('≥3.0');
    expect(allowedLimit('1', '5')).toBe('≤5');
    expect(allowedLimit('/', '/')).toBeUndefined();
  });
});
