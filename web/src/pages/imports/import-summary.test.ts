// @vitest-environment jsdom
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { errorsCaption, inferredEntries, layoutLabel, mappingRows, skippedEntries, summaryCards } from './import-summary';
import { importFormData, type ImportSummary } from './imports-api';

const summary: ImportSummary = {
  rows: 7,
  imported: 4,
  updated: 1,
  unchanged: 0,
  rejected: 2,
  needsReview: 4,
  dryRun: false,
  layout: 'national',
  sheetName: '不合格产品信息',
  headerRow: 3,
  mapping: { lab: '检验机构', sampleNo: '抽样编号', foodName: '样品名称', mystery: '奇怪列' },
  unmapped: ['被抽样单位所在省份'],
  inferred: { 抽检类型: 4, 环节: 6 },
  errors: Array.from({ length: 130 }, (_, i) => ({ row: i + 2, column: '食品名称', message: '缺少食品名称' })),
  errorsTruncated: false,
};

describe('import summary on screen', () => {
  it('shows the six counts, coloured when they need attention', () => {
    const cards = summaryCards(summary);
    expect(cards.map((c) => [c.title, c.value])).toEqual([
      ['总行数', 7],
      ['新增', 4],
      ['更新', 1],
      ['未变化', 0],
      ['拒绝', 2],
      ['待核实', 4],
    ]);
    expect(cards.find((c) => c.key === 'rejected')?.color).toBe('#cf1322');
    expect(cards.find((c) => c.key === 'unchanged')?.color).toBeUndefined();
  });

  it('says what a preview would write', () => {
    expect(summaryCards({ ...summary, dryRun: true }).slice(1, 3).map((c) => c.title)).toEqual(['可新增', '可更新']);
  });

  it('says how many 核查处置 a real import opened and voided', () => {
    const cards = summaryCards({ ...summary, disposalsOpened: 3, disposalsVoided: 1 });
    expect(cards.slice(6).map((c) => [c.title, c.value])).toEqual([['新开核查处置', 3], ['撤销核查处置', 1]]);
    expect(summaryCards({ ...summary, dryRun: true, disposalsOpened: 0 }).map((c) => c.key)).not.toContain('disposalsOpened');
  });

  it('links 新开核查处置 to the disposals this import opened', () => {
    const opened = summaryCards({ ...summary, disposalsOpened: 3 }, 'job-1').find((c) => c.key === 'disposalsOpened')!;
    expect(opened.href).toBe('/disposals?importJobId=job-1&status=all');
    expect(summaryCards({ ...summary, disposalsOpened: 0 }, 'job-1').find((c) => c.key === 'disposalsOpened')!.href).toBeUndefined();
  });

  it('says how many samples were sent to their bureaus to record the accompanying officer', () => {
    const card = summaryCards({ ...summary, officerItemsOpened: 5 }).find((c) => c.key === 'officerItemsOpened')!;
    expect([card.title, card.value]).toEqual(['待补录陪同执法人员', 5]);
    expect(summaryCards({ ...summary, officerItemsOpened: 0 }).map((c) => c.key)).not.toContain('officerItemsOpened');
  });

  it('counts the samples skipped, with their reasons, only when there were any', () => {
    const card = summaryCards({ ...summary, skipped: 2 }).find((c) => c.key === 'skipped')!;
    expect([card.title, card.value]).toEqual(['跳过', 2]);
    expect(summaryCards(summary).map((c) => c.key)).not.toContain('skipped');
    expect(skippedEntries({ 甲: 1, 乙: 2 })).toEqual(['乙 2 条', '甲 1 条']);
  });

  it('names the layout, or a dash when none was recognised', () => {
    expect(layoutLabel('provincial')).toBe('省级不合格/合格产品信息');
    expect(layoutLabel('national')).toBe('国家抽检通告');
    expect(layoutLabel('template')).toBe('本平台模板');
    expect(layoutLabel('nationalExport')).toBe('国抽数据（国家抽检系统导出）');
    expect(layoutLabel('publication')).toBe('合格/不合格公示表');
    expect(layoutLabel(null)).toBe('—');
  });

  it('lists the column mapping in catalogue order with Chinese field names, unknown fields last', () => {
    expect(mappingRows(summary.mapping)).toEqual([
      { field: 'sampleNo', label: '抽样编号', header: '抽样编号' },
      { field: 'foodName', label: '食品名称', header: '样品名称' },
      { field: 'lab', label: '检验机构', header: '检验机构' },
      { field: 'mystery', label: 'mystery', header: '奇怪列' },
    ]);
  });

  it('lists inferred fields, most frequent first', () => {
    expect(inferredEntries(summary.inferred)).toEqual(['环节 6 条', '抽检类型 4 条']);
  });

  it('says when only the first 100 errors are shown', () => {
    expect(errorsCaption(summary)).toBe('显示前 100 条，共 130 条');
    expect(errorsCaption({ ...summary, errors: summary.errors!.slice(0, 3) })).toBe('共 3 条');
    expect(errorsCaption({ ...summary, errorsTruncated: true })).toContain('错误过多');
  });
});

describe('the upload body', () => {
  it('carries the file and only the options that are set', () => {
    const file = new File(['x'], 'national-notice.xlsx');
    const form = importFormData(file, { format: 'national', dryRun: true, defaultSamplingDate: dayjs('2026-03-01'), defaultLink: 'distribution' });
    expect(form.get('format')).toBe('national');
    expect(form.get('dryRun')).toBe('true');
    expect(form.get('defaultSamplingDate')).toBe('2026-03-01');
    expect(form.get('defaultLink')).toBe('distribution');
    expect(form.has('defaultSamplingType')).toBe(false);
    expect(form.has('planId')).toBe(false);
    expect((form.get('file') as File).name).toBe('national-notice.xlsx');
  });
});
