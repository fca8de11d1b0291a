import { describe, expect, it } from 'vitest';
import { findHeader, isRepeatedHeader } from './header.js';
import type { RawRow } from './read-rows.js';

const r = (row: number, ...cells: string[]): RawRow => ({ row, cells });

describe('findHeader', () => {
  const provincial = [
    r(1, '附件2'),
    r(2, '食品安全监督抽检不合格产品信息'),
    r(3, '（声明：以下信息仅指本次抽检标称的生产企业相关产品的生产日期/批号和所检项目）'),
    r(4, '序号', '标称生产企业名称', '被抽样单位\n名称', '食品名称', '生产日期／批号', '不合格项目║检验结果║标准值', '分类', '页码'),
    r(5, '1', '四川某某食品有限公司', '成都市武侯区某某超市', '芹菜', '2025-04-12', '毒死蜱║0.12║≤0.02', '食用农产品', '1'),
  ];

  it('skips title and note rows and reports the sheet row of the header', () => {
    const match = findHeader(provincial)!;
    expect(match.headerRow).toBe(4);
    expect(match.lastHeaderRow).toBe(4);
    expect(match.titleRows).toEqual(['附件2', '食品安全监督抽检不合格产品信息', provincial[2].cells[0]]);
  });

  it('reports the mapping with the header text as the file shows it, and the columns it does not read', () => {
    const match = findHeader(provincial)!;
    expect(match.mapping).toEqual({
      seq: '序号',
      nominalProducerName: '标称生产企业名称',
      sampledPartyName: '被抽样单位名称',
      foodName: '食品名称',
      productionDate: '生产日期/批号',
      failedItems: '不合格项目║检验结果║标准值',
      category: '分类',
    });
    expect(match.unmapped).toEqual(['页码']);
  });

  it('needs a food-name column and at least three known columns', () => {
    expect(findHeader([r(1, '姓名', '部门', '工号', '入职日期')])).toBeNull();
    expect(findHeader([r(1, '抽样编号', '被抽样单位名称', '标称生产企业名称', '检验机构')])).toBeNull();
    expect(findHeader([r(1, '食品名称', '商标')])).toBeNull();
    expect(findHeader([r(1, '食品名称', '商标', '规格型号')])?.headerRow).toBe(1);
  });

  it('reads a merged group header with its sub-header row below', () => {
    const match = findHeader([
      r(3, '序号', '样品名称', '抽样编号', '不合格项目', '', '', '备注'),
      r(4, '', '', '', '项目名称', '检验结果', '标准值', ''),
      r(5, '1', '芹菜', 'DBJ001', '毒死蜱', '0.12', '≤0.02', ''),
    ])!;
    expect(match.headerRow).toBe(3);
    expect(match.lastHeaderRow).toBe(4);
    expect(match.columns).toEqual(['seq', 'foodName', 'sampleNo', 'itemName', 'resultText', 'limitText', 'remarks']);
    expect(match.mapping.failedItems).toBeUndefined();
  });

  it('spreads a combined 项目║结果║标准值 header merged over three columns', () => {
    const match = findHeader([r(1, '食品名称', '被抽样单位名称', '不合格项目║检验结果║标准值', '', '', '分类')])!;
    expect(match.columns).toEqual(['foodName', 'sampledPartyName', 'failedItems', 'resultText', 'limitText', 'category']);
    expect(match.mapping.resultText).toBe('检验结果');
  });

  it('keeps the first of two columns with the same meaning and lists the second as unmapped', () => {
    const match = findHeader([r(1, '食品名称', '被抽样单位名称', '受检单位', '商标')])!;
    expect(match.mapping.sampledPartyName).toBe('被抽样单位名称');
    expect(match.unmapped).toEqual(['受检单位']);
  });
});

describe('isRepeatedHeader', () => {
  it('recognises the header repeated on a later page, and not a data row', () => {
    const match = findHeader([r(1, '序号', '食品名称', '被抽样单位名称', '商标')])!;
    expect(isRepeatedHeader(r(20, '序号', '食品 名称', '被抽样单位名称', '商标'), match)).toBe(true);
    expect(isRepeatedHeader(r(21, '9', '芹菜', '成都市武侯区某某超市', '/'), match)).toBe(false);
  });
});
