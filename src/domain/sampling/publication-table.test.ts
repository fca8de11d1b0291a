import { describe, expect, it } from 'vitest';
import { failedItemsCell, publicationRows, type PublicationSample } from './publication-table.js';

const sample: PublicationSample = {
  sampleNo: 'DBJ25510000001', nominalProducerName: '四川某某食品有限公司', nominalProducerAddress: '四川省眉山市东坡区某某园区',
  sampledPartyName: '成都市武侯区某某超市', sampledPartyProvince: '四川', sampledPartyAddress: '四川省成都市武侯区某某路1号', trademark: '',
  failedItems: [
    { itemName: '铅(以Pb计)', resultText: '1.3', unit: 'mg/kg', limitText: '≤0.5' },
    { itemName: '苯甲酸及其钠盐(以苯甲酸计)', resultText: '0.12g/kg', unit: 'g/kg', limitText: '不得使用' },
  ],
  labName: '四川省食品检验研究院', foodName: '苏打饼干', spec: '500g/袋', productionDateText: '2025-04-12', category: '饼干',
  noticeNo: '2025年第12号', noticeDate: '2025-05-20', taskSource: null, remarks: '  ', noticeUrl: 'https://scjgj.sc.gov.cn/notice/12',
};

describe('publicationRows', () => {
  it('lays out the 不合格公示表 with its exact header text and order, / where the source is empty', () => {
    expect(publicationRows('unqualified', [sample])).toEqual([
      ['抽样编号', '序号', '标称生产企业名称', '标称生产企业地址', '被抽样单位名称', '被抽样单位地址', '商标', '不合格项目', '检验机构', '食品名称',
        '规格型号', '生产日期/批号', '分类', '公告号', '公告日期', '任务来源/项目名称', '备注', '公告网址链接'],
      ['DBJ25510000001', '1', '四川某某食品有限公司', '四川省眉山市东坡区某某园区', '成都市武侯区某某超市', '四川省成都市武侯区某某路1号', '/',
        '铅(以Pb计)║1.3mg/kg║≤0.5mg/kg\n苯甲酸及其钠盐(以苯甲酸计)║0.12g/kg║不得使用', '四川省食品检验研究院', '苏打饼干', '500g/袋', '2025-04-12', '饼干',
        '2025年第12号', '2025-05-20', '/', '/', 'https://scjgj.sc.gov.cn/notice/12'],
    ]);
  });

  it('lays out the 合格公示表 with 被抽样单位所在省份 and without failed items or lab, numbering rows from 1', () => {
    const rows = publicationRows('qualified', [sample, { ...sample, sampleNo: 'DBJ25510000002', sampledPartyProvince: null }]);
    expect(rows[0]).toEqual(['抽样编号', '序号', '标称生产企业名称', '标称生产企业地址', '被抽样单位名称', '被抽样单位所在省份', '商标', '食品名称', '规格型号',
      '生产日期/批号', '分类', '公告号', '公告日期', '任务来源/项目名称', '备注', '公告网址链接']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[5]])).toEqual([['DBJ25510000001', '1', '四川'], ['DBJ25510000002', '2', '/']]);
  });

  it('writes / for a failed item without result or limit, and for no failed items at all', () => {
    expect(failedItemsCell([{ itemName: '菌落总数', resultText: null, unit: null, limitText: null }])).toBe('菌落总数║/║/');
    expect(failedItemsCell([])).toBe('/');
  });
});
