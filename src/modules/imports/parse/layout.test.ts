import { describe, expect, it } from 'vitest';
import type { FieldKey } from './types.js';
import { chooseLayout, detectLayout } from './layout.js';
import { findHeader } from './header.js';
import { TEMPLATE_HEADERS } from './template.js';

const mappingOf = (...headers: string[]) => findHeader([{ row: 1, cells: headers }])!.mapping;

const NATIONAL = mappingOf('序号', '标称生产企业名称', '被抽样单位名称', '样品名称', '生产日期', '不合格项目', '检验值', '标准值', '检验机构', '食品细类', '抽样编号');
const PROVINCIAL = mappingOf('序号', '标称生产企业名称', '被抽样单位名称', '食品名称', '生产日期/批号', '不合格项目║检验结果║标准值', '分类', '任务来源', '检验机构');
const PROVINCIAL_QUALIFIED = mappingOf('序号', '标称生产企业名称', '被抽样单位名称', '食品名称', '生产日期/批号', '分类', '任务来源', '检验机构');
const TEMPLATE = mappingOf(...TEMPLATE_HEADERS);

describe('detectLayout', () => {
  it('tells the three layouts apart by their columns', () => {
    expect(detectLayout(NATIONAL)).toBe('national');
    expect(detectLayout(PROVINCIAL)).toBe('provincial');
    expect(detectLayout(PROVINCIAL_QUALIFIED)).toBe('provincial');
    expect(detectLayout(TEMPLATE)).toBe('template');
  });

  it('reads a combined failed-item column as provincial even with a sample number', () => {
    expect(detectLayout({ ...PROVINCIAL, sampleNo: '抽样编号' } as Partial<Record<FieldKey, string>>)).toBe('provincial');
  });
});

describe('chooseLayout', () => {
  it('keeps the detected layout for auto and for a matching choice', () => {
    expect(chooseLayout('auto', NATIONAL)).toEqual({ layout: 'national' });
    expect(chooseLayout('national', NATIONAL)).toEqual({ layout: 'national' });
  });

  it('refuses a chosen layout the header cannot carry', () => {
    expect(chooseLayout('national', PROVINCIAL)).toEqual({
      error: '所选格式“国家总局通告表”与文件表头不符：缺少“抽样编号”列（表头更像“省级公布表”）',
    });
    expect(chooseLayout('template', NATIONAL)).toHaveProperty('error');
    expect(chooseLayout('provincial', TEMPLATE)).toHaveProperty('error');
  });

  it('allows reading a national table as provincial', () => {
    expect(chooseLayout('provincial', NATIONAL)).toEqual({ layout: 'provincial' });
  });
});
