import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FormatOption, HeaderInfo, ParsedSample } from './types.js';
import { parseSampleFile } from './parse-sample-file.js';

const FIXTURES = fileURLToPath(new URL('../../../../test/fixtures/imports/', import.meta.url));

async function parse(path: string, format: FormatOption = 'auto', fileName = path.split('/').pop()!) {
  const events = [];
  for await (const e of parseSampleFile(path, { format, fileName })) events.push(e);
  const header = events.find((e) => e.type === 'header')?.header as HeaderInfo | undefined;
  const samples = events.flatMap((e) => (e.type === 'sample' ? [e.sample] : []));
  const fatal = events.flatMap((e) => (e.type === 'fatal' ? [e.message] : []));
  return { events, header, samples, fatal };
}
const fixture = (name: string, format: FormatOption = 'auto', fileName?: string) => parse(join(FIXTURES, name), format, fileName);
const errorsOf = (samples: ParsedSample[]) => samples.flatMap((s) => s.errors.map((e) => `${e.row} ${e.column ?? '-'}: ${e.message}`));
const itemsOf = (s: ParsedSample) => s.items.map((i) => `${i.itemName}|${i.resultText}|${i.limitText}|${i.unit}`);

/** Parses once per describe in a hook (not while tests are collected), so a failure names its cause. */
function parsedOnce(name: string) {
  const parsed = {} as Awaited<ReturnType<typeof fixture>>;
  beforeAll(async () => void Object.assign(parsed, await fixture(name)));
  return parsed;
}

describe('provincial 不合格 workbook', () => {
  const file = parsedOnce('provincial-unqualified.xlsx');

  it('finds the file.header under the title and notes and reports layout and mapping', () => {
    expect(file.fatal).toEqual([]);
    expect(file.header).toMatchObject({
      layout: 'provincial', sheetName: '不合格产品信息', headerRow: 4, unmapped: [], fileConclusion: 'unqualified',
      title: '附件2 食品安全监督抽检不合格产品信息 （声明：以下信息仅指本次抽检标称的生产企业相关产品的生产日期/批号和所检项目）',
    });
    expect(file.header!.mapping).toMatchObject({
      sampledPartyName: '被抽样单位名称', productionDate: '生产日期/批号', failedItems: '不合格项目║检验结果║标准值', category: '分类',
    });
  });

  it('numbers file.samples by sheet row, skipping the blank row, the repeated file.header and the notes', () => {
    expect(file.samples.map((s) => s.row)).toEqual([5, 6, 8, 10, 11, 12, 13]);
    expect(errorsOf(file.samples)).toEqual([]);
    expect(file.samples.every((s) => s.sampleNo === null)).toBe(true);
  });

  it('splits multi-line failed-item cells with mixed separators', () => {
    expect(itemsOf(file.samples[0])).toEqual(['毒死蜱|0.12|≤0.02|mg/kg']);
    expect(itemsOf(file.samples[1])).toEqual(['腐霉利|1.3|≤0.2|mg/kg', '克百威|0.061|≤0.02|mg/kg']);
    expect(itemsOf(file.samples[2])).toEqual(['恩诺沙星|326|≤100|μg/kg']);
    expect(itemsOf(file.samples[3])).toEqual(['苯甲酸及其钠盐（以苯甲酸计）|1.5|≤1.0|g/kg', '二氧化硫残留量|0.35|≤0.1|g/kg']);
    expect(itemsOf(file.samples[4])).toEqual(['酸价(KOH)|4.2|≤3|mg/g', '过氧化值|0.36|≤0.25|g/100g']);
    expect(itemsOf(file.samples[5])).toEqual(['菌落总数|4.3×10⁴|≤10⁴|CFU/g']);
  });

  it('reads rich text, merged block cells, full-width text and dated or batch production texts', () => {
    expect(file.samples[0]).toMatchObject({ foodName: '芹菜', productionDateText: '购进日期：2025/4/12', productionDate: '2025-04-12', nominalProducerName: '彭州市某某蔬菜专业合作社' });
    expect(file.samples[1]).toMatchObject({ category: '食用农产品', taskSource: '四川省市场监督管理局', nominalProducerName: null, spec: null });
    expect(file.samples[2]).toMatchObject({ productionDateText: '2025.4.10', productionDate: '2025-04-10' }); // a formula's result
    expect(file.samples[3]).toMatchObject({ foodName: '泡菜（盐渍菜）', spec: '500g/袋', productionDateText: '2025年3月1日', productionDate: '2025-03-01' });
    expect(file.samples[6]).toMatchObject({ productionDateText: '批号：A20250301', productionDate: null });
  });

  it('ends with a progress event for the whole file', () => {
    const last = file.events[file.events.length - 1];
    expect(last.type).toBe('progress');
    if (last.type === 'progress') expect(last.bytesRead).toBe(last.totalBytes);
  });
});

describe('provincial 合格 workbook', () => {
  it('skips a cover sheet, reads samples without items and marks the file qualified', async () => {
    const { header, samples } = await fixture('provincial-qualified.xlsx');
    expect(header).toMatchObject({ layout: 'provincial', sheetName: '合格产品信息', headerRow: 3, fileConclusion: 'qualified' });
    expect(samples.map((s) => [s.row, s.foodName, s.items.length])).toEqual([[4, '浓香型白酒', 0], [5, '郫县豆瓣', 0], [6, '豇豆', 0]]);
  });
});

describe('national notice workbook', () => {
  const file = parsedOnce('national-notice.xlsx');

  it('maps alias headers and lists the columns it does not read', () => {
    expect(file.fatal).toEqual([]);
    expect(file.header).toMatchObject({ layout: 'national', headerRow: 3, unmapped: ['被抽样单位所在省份'], fileConclusion: 'unqualified' });
    expect(file.header!.mapping).toMatchObject({ sampledPartyName: '被抽检单位名称', foodName: '样品名称', sampleNo: '抽样编号', resultText: '检验值', failedItems: '不合格项目' });
  });

  it('joins continuation rows of merged multi-item samples', () => {
    expect(file.samples.map((s) => [s.sampleNo, s.rows])).toEqual([
      ['DBJ2551000028300101', [4, 5]], ['DBJ2551000028300102', [6]], ['DBJ2551000028300103', [7]], ['DBJ2551000028300104', [8, 9, 10]],
    ]);
    expect(itemsOf(file.samples[3])).toEqual(['铅(以Pb计)|0.35|≤0.2|mg/kg', '镉(以Cd计)|0.08|≤0.05|mg/kg', '恩诺沙星|15.2|不得检出|μg/kg']);
    expect(errorsOf(file.samples)).toEqual([]);
  });

  it('reads Excel serial dates and labelled text dates, and keeps an objection in the remarks', () => {
    expect(file.samples[0]).toMatchObject({ productionDateText: '2025-04-12', productionDate: '2025-04-12' });
    expect(file.samples[1]).toMatchObject({ productionDateText: '购进日期：2025/4/12', productionDate: '2025-04-12', shelfLife: '180天' });
    expect(file.samples[1].remarks).toContain('异议');
    expect(file.samples[2]).toMatchObject({ productionDate: '2025-04-03' });
  });
});

describe('national csv', () => {
  it('reads UTF-8 with BOM and GB18030 alike, with quoted commas, quotes and line breaks', async () => {
    const utf8 = await fixture('national-utf8-bom.csv');
    const gbk = await fixture('national-gb18030.csv');
    expect(utf8.header).toMatchObject({ layout: 'national', sheetName: null, headerRow: 1, fileConclusion: null });
    expect(utf8.samples.map((s) => s.rows)).toEqual([[2, 3], [4], [5], [6, 7, 8]]);
    expect(utf8.samples[0]).toMatchObject({ sampledPartyName: '成都市武侯区某某超市有限公司"旗舰店"', sampledPartyAddress: '四川省成都市武侯区, 某某路1号' });
    expect(utf8.samples[2].remarks).toBe('复检结果： 仍不合格');
    expect(gbk.samples).toEqual(utf8.samples);
  });

  it('takes the conclusion from a file name that says 不合格', async () => {
    const { header } = await fixture('national-utf8-bom.csv', 'auto', '2025年第5期不合格产品信息.csv');
    expect(header!.fileConclusion).toBe('unqualified');
  });
});

describe('template workbook', () => {
  it('reads one row per item and the sampling details', async () => {
    const { header, samples } = await fixture('template.xlsx');
    expect(header).toMatchObject({ layout: 'template', headerRow: 1, unmapped: [], fileConclusion: null });
    expect(samples.map((s) => [s.sampleNo, s.rows, s.samplingDate, s.link, s.importedColdChain])).toEqual([
      ['SC25510107001', [2, 3, 4], '2025-04-12', '流通', false],
      ['SC25510302002', [5], '2025-04-15', '餐饮', false],
      ['SC25511102003', [6], '2025-04-20', '生产', true],
    ]);
    expect(samples[1].items[0]).toMatchObject({ itemName: '菌落总数', resultText: '4.3×10⁴', unit: 'CFU/g', judgementText: '问题' });
    expect(samples.map((s) => s.shelfLife)).toEqual([null, '2天', '18个月']);
    expect(errorsOf(samples)).toEqual([]);
  });
});

describe('bad rows', () => {
  it('reports each bad national row with its row, column and reason', async () => {
    const { samples, fatal } = await fixture('bad-rows-national.xlsx');
    expect(fatal).toEqual([]);
    expect(errorsOf(samples)).toEqual([
      '2 -: 续行之前没有样品：该行只有检验项目，找不到所属的样品行',
      '3 生产日期: 日期不存在：2025-02-30',
      '3 检验值: 检验结果不能为负数：-0.05',
      '4 样品名称: 缺少食品名称',
      '4 生产日期: 日期不存在：2025-13-01',
      '4 检验值: 检验结果不是有效数值：待定',
      '9 抽样编号: 抽样编号为空',
      '10 生产日期: 日期不存在：1900-02-29（Excel 序列号 60）',
      '10 备注: 内容过长（5000 字，最多 4000 字）',
    ]);
    expect(itemsOf(samples.find((s) => s.row === 5)!)).toEqual(['腐霉利|未检出|≤0.2|mg/kg', '毒死蜱|<0.01|≤0.02|mg/kg', '克百威|ND|≤0.02|mg/kg', '菌落总数|4.3×10⁴|≤10⁴|CFU/g']);
  });

  it('reports provincial cells that cannot be split, impossible dates and missing food names', async () => {
    const { samples } = await fixture('bad-rows-provincial.xlsx');
    expect(errorsOf(samples)).toEqual([
      '3 不合格项目║检验结果║标准值: 无法拆分不合格项目：毒死蜱0.12mg/kg≤0.02mg/kg（应为“项目║检验结果║标准值”）',
      '4 生产日期/批号: 日期不存在：2025年2月30日',
      '4 不合格项目║检验结果║标准值: 无法拆分不合格项目：║0.12mg/kg║≤0.02mg/kg（应为“项目║检验结果║标准值”）',
      '5 食品名称: 缺少食品名称',
    ]);
  });
});

describe('bad files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jjld-parse-'));
  const only = (events: unknown[]) => events.map((e) => (e as { type: string }).type);

  it.each([
    ['not-a-spreadsheet.xlsx', '无法读取文件：不是有效的 xlsx 或 csv 文件'],
    ['empty-sheet.xlsx', '文件中没有数据行'],
  ])('%s → %s', async (name, message) => {
    const { events, fatal } = await fixture(name);
    expect(only(events)).toEqual(['fatal']);
    expect(fatal).toEqual([message]);
  });

  it('lists what it expected when no header is found', async () => {
    const { fatal } = await fixture('unrelated-headers.xlsx');
    expect(fatal[0]).toMatch(/^未找到表头：.*食品名称.*至少有 3 个可识别列名/);
  });

  it('refuses a chosen format the header does not match, before any sample', async () => {
    const { events, fatal } = await fixture('national-notice.xlsx', 'template');
    expect(only(events)).toEqual(['fatal']);
    expect(fatal[0]).toContain('所选格式“平台导入模板”与文件表头不符');
  });

  it('reports a header without data rows, an old .xls, an empty file and a missing file', async () => {
    const file = (name: string, data: string | Uint8Array) => (writeFileSync(join(dir, name), data), join(dir, name));
    const headerOnly = await parse(file('header-only.csv', '序号,食品名称,被抽样单位名称,商标\r\n\r\n'));
    expect(only(headerOnly.events)).toEqual(['header', 'progress', 'fatal']); // progress: the sheet's declared size, once known
    expect(headerOnly.fatal).toEqual(['文件中没有数据行']);
    expect((await parse(file('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))).fatal[0]).toContain('.xls');
    expect((await parse(file('empty.csv', ''))).fatal).toEqual(['无法读取文件：文件为空']);
    expect((await parse(join(dir, 'missing.xlsx'))).fatal).toEqual(['无法读取文件：文件不存在或无法打开']);
    expect((await parse(file('binary.csv', new Uint8Array([1, 0, 2, 0, 3])))).fatal).toEqual(['无法读取文件：不是有效的 xlsx 或 csv 文件']);
  });

  it('stops cleanly when the caller stops reading', async () => {
    for await (const e of parseSampleFile(join(FIXTURES, 'national-notice.xlsx'), { format: 'auto', fileName: 'x.xlsx' })) {
      if (e.type === 'header') break;
    }
    const { samples } = await fixture('national-utf8-bom.csv');
    expect(samples).toHaveLength(4);
  });
});
