import { describe, expect, it } from 'vitest';
import type { Layout, ParsedSample } from './types.js';
import type { RawRow } from './read-rows.js';
import { findHeader } from './header.js';
import { SampleAssembler } from './assemble-samples.js';
import { TEMPLATE_COLUMNS, TEMPLATE_HEADERS } from './template.js';

/** Runs rows (the first is the header) through the assembler, as parseSampleFile does. */
function assemble(layout: Layout, header: string[], ...rows: (string | null)[][]): ParsedSample[] {
  const match = findHeader([{ row: 1, cells: header }])!;
  const assembler = new SampleAssembler(match, layout);
  const out: ParsedSample[] = [];
  rows.forEach((cells, i) => {
    const raw: RawRow = { row: i + 2, cells: cells.map((c) => c ?? '') };
    const done = assembler.push(raw);
    if (done) out.push(done);
  });
  const last = assembler.finish();
  if (last) out.push(last);
  return out;
}

const NATIONAL = ['抽样编号', '样品名称', '被抽样单位名称', '不合格项目', '检验值', '标准值', '检验机构'];
const PROVINCIAL = ['序号', '食品名称', '被抽样单位名称', '不合格项目║检验结果║标准值', '分类', '检验机构'];

describe('national rows', () => {
  it('joins continuation rows whose 抽样编号 is blank (merged) to the sample above', () => {
    const [s] = assemble('national', NATIONAL,
      ['DBJ001', '鲜鸡蛋', '乐山市市中区某某餐馆', '铅(以Pb计)', '0.35mg/kg', '≤0.2mg/kg', '四川省食品检验研究院'],
      [null, null, null, '镉(以Cd计)', '0.08mg/kg', '≤0.05mg/kg', null],
      [null, null, null, '恩诺沙星', '15.2μg/kg', '不得检出', null]);
    expect(s.rows).toEqual([2, 3, 4]);
    expect(s.items.map((i) => [i.itemName, i.resultText, i.limitText, i.unit])).toEqual([
      ['铅(以Pb计)', '0.35', '≤0.2', 'mg/kg'],
      ['镉(以Cd计)', '0.08', '≤0.05', 'mg/kg'],
      ['恩诺沙星', '15.2', '不得检出', 'μg/kg'],
    ]);
    expect(s.errors).toEqual([]);
  });

  it('joins a row that repeats the 抽样编号, and starts a new sample for a new number', () => {
    const samples = assemble('national', NATIONAL,
      ['DBJ001', '芹菜', '某超市', '毒死蜱', '0.12', '≤0.02', ''],
      ['dbj 001', '芹菜', '某超市', '克百威', '0.05', '≤0.02', ''],
      ['DBJ002', '韭菜', '某超市', '腐霉利', '1.3', '≤0.2', '']);
    expect(samples.map((s) => [s.sampleNo, s.rows])).toEqual([['DBJ001', [2, 3]], ['DBJ002', [4]]]);
  });

  it('reports a continuation row before any sample and a new food without a number', () => {
    const samples = assemble('national', NATIONAL,
      [null, null, null, '毒死蜱', '0.1', '≤0.02', null],
      [null, '豇豆', '某超市', '克百威', '0.05', '≤0.02', null]);
    expect(samples[0].errors).toEqual([{ row: 2, column: null, message: '续行之前没有样品：该行只有检验项目，找不到所属的样品行' }]);
    expect(samples[0].items).toHaveLength(1);
    expect(samples[1].errors).toEqual([{ row: 3, column: '抽样编号', message: '抽样编号为空' }]);
  });
});

describe('which rows continue a sample (national)', () => {
  const HEADER = ['序号', '抽样编号', '样品名称', '被抽样单位名称', '标称生产企业名称', '不合格项目', '检验值', '标准值'];
  const first = ['1', 'DBJ001', '韭菜', '成都市武侯区某某超市', '彭州市某某合作社', '腐霉利', '1.3mg/kg', '≤0.2mg/kg'];
  const itemsOf = (s: ParsedSample) => s.items.map((i) => i.itemName);

  it('keeps a row with its own 序号 and 被抽样单位 but a blank 抽样编号 out of the sample above, and rejects it', () => {
    const samples = assemble('national', HEADER, first, ['2', null, null, '南充市顺庆区某某店', null, '铅(以Pb计)', '0.5mg/kg', '≤0.2mg/kg']);
    expect(samples.map((s) => [s.sampleNo, s.rows, itemsOf(s)])).toEqual([['DBJ001', [2], ['腐霉利']], [null, [3], ['铅(以Pb计)']]]);
    expect(samples[0].errors).toEqual([]);
    expect(samples[1].errors).toContainEqual({ row: 3, column: '抽样编号', message: '抽样编号为空' });
  });

  it.each([
    ['序号', 0, '2'],
    ['被抽样单位名称', 3, '南充市顺庆区某某店'],
    ['样品名称', 2, '芹菜'],
    ['标称生产企业名称', 4, '四川某某食品有限公司'],
  ])('a blank-numbered row whose %s differs from the sample above is a sample of its own', (_, column, value) => {
    const row: (string | null)[] = [null, null, null, null, null, '铅(以Pb计)', '0.5mg/kg', '≤0.2mg/kg'];
    row[column] = value;
    const samples = assemble('national', HEADER, first, row);
    expect(samples).toHaveLength(2);
    expect(itemsOf(samples[0])).toEqual(['腐霉利']);
    expect(samples[1].errors.map((e) => e.message)).toContain('抽样编号为空');
  });

  it('joins a blank-numbered row whose identifying cells are blank or repeat the sample above', () => {
    const [s, ...rest] = assemble('national', HEADER, first,
      ['1', null, '韭菜', '成都市武侯区某某超市', '彭州市某某合作社', '克百威', '0.05mg/kg', '≤0.02mg/kg'],
      [null, null, '韭菜', null, null, '毒死蜱', '0.1mg/kg', '≤0.02mg/kg']);
    expect(rest).toEqual([]);
    expect([s.rows, itemsOf(s), s.errors]).toEqual([[2, 3, 4], ['腐霉利', '克百威', '毒死蜱'], []]);
  });

  it('joins a row repeating the number even when it numbers its own 序号', () => {
    const [s, ...rest] = assemble('national', HEADER, first, ['2', 'DBJ001', '韭菜', null, null, '克百威', '0.05mg/kg', '≤0.02mg/kg']);
    expect(rest).toEqual([]);
    expect(itemsOf(s)).toEqual(['腐霉利', '克百威']);
  });

  it('rejects the sample when a row repeats its number but names another party', () => {
    const [s, ...rest] = assemble('national', HEADER, first, [null, 'DBJ001', null, '南充市顺庆区某某店', null, '铅(以Pb计)', '0.5mg/kg', '≤0.2mg/kg']);
    expect(rest).toEqual([]);
    expect(s.rows).toEqual([2, 3]);
    expect(s.errors).toEqual([{
      row: 3, column: '被抽样单位名称', message: '抽样编号与第 2 行相同，但被抽样单位名称不同：无法确定该行属于哪个样品，请核对',
    }]);
  });
});

describe('which rows continue a sample (provincial)', () => {
  const first = ['1', '韭菜', '某市场', '腐霉利║1.3mg/kg║≤0.2mg/kg', '食用农产品', ''];

  it('keeps a row with its own 序号 out of the sample above', () => {
    const samples = assemble('provincial', PROVINCIAL, first, ['2', null, null, '克百威║0.061mg/kg║≤0.02mg/kg', null, null]);
    expect(samples.map((s) => s.rows)).toEqual([[2], [3]]);
    expect(samples[0].items.map((i) => i.itemName)).toEqual(['腐霉利']);
    expect(samples[1].errors.map((e) => e.message)).toEqual(['缺少食品名称']);
  });

  it('keeps a row of another food at the same party out of the sample above', () => {
    const samples = assemble('provincial', PROVINCIAL, first, [null, '芹菜', '某市场', '毒死蜱║0.12║≤0.02', null, null]);
    expect(samples.map((s) => [s.foodName, s.rows])).toEqual([['韭菜', [2]], ['芹菜', [3]]]);
  });

  it('joins a row that repeats the sample\'s 序号, food and party', () => {
    const [s, ...rest] = assemble('provincial', PROVINCIAL, first, ['1', '韭菜', '某市场', '克百威║0.061mg/kg║≤0.02mg/kg', null, null]);
    expect(rest).toEqual([]);
    expect(s.items.map((i) => i.itemName)).toEqual(['腐霉利', '克百威']);
  });

  it('generates no number where the table has no 抽样编号 column, and rejects a blank one where it has', () => {
    const [without] = assemble('provincial', PROVINCIAL, first);
    expect(without.errors).toEqual([]);
    const withColumn = ['序号', '抽样编号', '食品名称', '被抽样单位名称', '不合格项目║检验结果║标准值'];
    const [blank] = assemble('provincial', withColumn, ['1', '', '韭菜', '某市场', '腐霉利║1.3║≤0.2']);
    expect(blank.errors).toEqual([{ row: 2, column: '抽样编号', message: '抽样编号为空' }]);
  });
});

describe('provincial rows', () => {
  it('carries merged block columns (分类, 检验机构) down to the rows below', () => {
    const samples = assemble('provincial', PROVINCIAL,
      ['1', '芹菜', '某超市', '毒死蜱║0.12║≤0.02', '食用农产品', '四川省食品检验研究院'],
      ['2', '韭菜', '某市场', '腐霉利║1.3║≤0.2', null, null]);
    expect(samples.map((s) => [s.category, s.labName])).toEqual([
      ['食用农产品', '四川省食品检验研究院'],
      ['食用农产品', '四川省食品检验研究院'],
    ]);
  });

  it('joins a row holding only failed items to the sample above, and leaves sampleNo null', () => {
    const [s] = assemble('provincial', PROVINCIAL,
      ['1', '韭菜', '某市场', '腐霉利║1.3mg/kg║≤0.2mg/kg', '食用农产品', ''],
      [null, null, null, '克百威║0.061mg/kg║≤0.02mg/kg', null, null]);
    expect(s.sampleNo).toBeNull();
    expect(s.rows).toEqual([2, 3]);
    expect(s.items.map((i) => i.itemName)).toEqual(['腐霉利', '克百威']);
  });

  it('skips blank rows, repeated headers, section lines and the notes under the table', () => {
    const samples = assemble('provincial', PROVINCIAL,
      ['1', '芹菜', '某超市', '毒死蜱║0.12║≤0.02', '', ''],
      ['', '', '', '', '', ''],
      PROVINCIAL,
      ['二', '', '', '', '', ''],
      ['2', '韭菜', '某市场', '腐霉利║1.3║≤0.2', '', ''],
      ['注：以上信息仅指本次抽检标称的生产企业相关产品。'],
      ['2.不合格项目的检验结果以检验报告为准。'],
      ['备注：本表共 2 批次']);
    expect(samples.map((s) => [s.row, s.foodName])).toEqual([[2, '芹菜'], [6, '韭菜']]);
  });

  it('rejects a cell holding U+FFFD, the mark of bytes that could not be decoded', () => {
    const [s] = assemble('provincial', PROVINCIAL, ['1', '芹菜', '成都市武侯\uFFFD\uFFFD超市', '毒死蜱║0.12║≤0.02', '', '']);
    expect(s.errors).toEqual([{ row: 2, column: '被抽样单位名称', message: '含有无法识别的字符（�），文件可能已损坏或编码有误，请核对该单元格后重新导入：成都市武侯\uFFFD\uFFFD超市' }]);
  });

  it('reports a cell that is too long', () => {
    const [s] = assemble('provincial', PROVINCIAL, ['1', '芹'.repeat(501), '某超市', '', '', '']);
    expect(s.errors).toEqual([{ row: 2, column: '食品名称', message: '内容过长（501 字，最多 500 字）' }]);
  });
});

describe('template rows', () => {
  const row = (values: Record<string, string>) => TEMPLATE_COLUMNS.map((c) => values[c.header] ?? null);
  const first = {
    '抽样编号*': 'SC001', '抽样日期*': '2025/4/12', '抽检类型': '监督抽检', '环节': '流通', '被抽样单位名称*': '成都市武侯区某某超市',
    '食品名称*': '芹菜', '抽样人员': '张某、李某,王某', '进口冷链食品': '否', '行政区划代码': '510107',
    '检验项目': '毒死蜱', '检验结果': '0.12', '单位': 'mg/kg', '标准值': '≤0.02', '判定依据': 'GB 2763-2021', '单项判定': '不合格',
  };

  it('joins rows that repeat the 抽样编号 or leave the sample columns blank', () => {
    const [s] = assemble('template', [...TEMPLATE_HEADERS],
      row(first),
      row({ '抽样编号*': 'SC001', '检验项目': '克百威', '检验结果': '未检出', '单位': 'mg/kg', '标准值': '≤0.02', '单项判定': '合格' }),
      row({ '检验项目': '氧乐果', '检验结果': '<0.01', '单位': 'mg/kg', '标准值': '≤0.02', '单项判定': '合格' }));
    expect(s).toMatchObject({
      rows: [2, 3, 4], sampleNo: 'SC001', samplingDate: '2025-04-12', samplingType: '监督抽检', link: '流通',
      samplers: ['张某', '李某', '王某'], importedColdChain: false, regionCode: '510107', errors: [],
    });
    expect(s.items.map((i) => [i.itemName, i.resultText, i.unit, i.judgementText, i.standard])).toEqual([
      ['毒死蜱', '0.12', 'mg/kg', '不合格', 'GB 2763-2021'],
      ['克百威', '未检出', 'mg/kg', '合格', null],
      ['氧乐果', '<0.01', 'mg/kg', '合格', null],
    ]);
  });

  it('reports missing required columns and words outside the closed lists', () => {
    const [s] = assemble('template', [...TEMPLATE_HEADERS], row({
      ...first, '抽样日期*': '', '被抽样单位名称*': '', '环节': '批发', '单项判定': '待定', '进口冷链食品': '不知道', '行政区划代码': '51010',
    }));
    expect(s.errors.map((e) => `${e.column}: ${e.message}`)).toEqual([
      '抽样日期*: 缺少抽样日期',
      '环节: 只能填写 生产、流通、餐饮 或 网络：批发',
      '被抽样单位名称*: 缺少被抽样单位名称',
      '行政区划代码: 行政区划代码应为 6 位数字：51010',
      '进口冷链食品: 只能填写 是 或 否：不知道',
      '单项判定: 只能填写 合格、不合格 或 问题：待定',
    ]);
  });

  it('keeps a blank-numbered row of another party out of the sample above, and rejects it', () => {
    const samples = assemble('template', [...TEMPLATE_HEADERS],
      row(first),
      row({ '被抽样单位名称*': '南充市顺庆区某某店', '检验项目': '铅(以Pb计)', '检验结果': '0.5', '单位': 'mg/kg', '标准值': '≤0.2', '单项判定': '不合格' }));
    expect(samples.map((s) => s.rows)).toEqual([[2], [3]]);
    expect(samples[0].items.map((i) => i.itemName)).toEqual(['毒死蜱']);
    expect(samples[1].errors.map((e) => e.message)).toContain('抽样编号为空');
  });

  it('rejects the sample when a row repeats its number with another food', () => {
    const [s] = assemble('template', [...TEMPLATE_HEADERS],
      row(first),
      row({ '抽样编号*': 'SC001', '食品名称*': '韭菜', '检验项目': '腐霉利', '检验结果': '1.3', '单位': 'mg/kg', '标准值': '≤0.2', '单项判定': '不合格' }));
    expect(s.errors).toEqual([{ row: 3, column: '食品名称*', message: '抽样编号与第 2 行相同，但食品名称不同：无法确定该行属于哪个样品，请核对' }]);
  });

  it('does not carry values down: a blank cell in our template means blank', () => {
    const samples = assemble('template', [...TEMPLATE_HEADERS], row(first), row({ ...first, '抽样编号*': 'SC002', '抽检类型': '' }));
    expect(samples[1].samplingType).toBeNull();
  });
});
