import { describe, expect, it } from 'vitest';
import { ALIASES, matchHeader } from './aliases.js';
import { TEMPLATE_COLUMNS } from './template.js';

describe('matchHeader', () => {
  it.each([
    ['被抽样单位名称', 'sampledPartyName'],
    ['被抽检单位名称', 'sampledPartyName'],
    ['受检单位', 'sampledPartyName'],
    ['标称生产企业或供货单位名称', 'nominalProducerName'],
    ['标称生产企业(供货单位)名称', 'nominalProducerName'],
    ['不合格项目║检验结果║标准值', 'failedItems'],
    ['不合格项目||检验结果||标准值', 'failedItems'],
    ['主要不合格项目', 'failedItems'],
    ['检验值', 'resultText'],
    ['实测值', 'resultText'],
    ['标准要求', 'limitText'],
    ['样品名称', 'foodName'],
    ['生产日期／批号', 'productionDate'],
    ['购进日期', 'productionDate'],
    ['食品细类', 'category'],
    ['食品大类', 'categoryMajor'],
    ['标识生产企业名称', 'nominalProducerName'],
    ['委托企业名称', 'entrustingName'],
    ['被抽样单位省', 'sampledPartyProvince'],
    ['被抽样单位所在省份', 'sampledPartyProvince'],
    ['报告分类', 'reportCategory'],
    ['结果判定', 'judgement'],
    ['检验机构名称', 'lab'],
    ['公告号', 'noticeNo'],
    ['抽样单编号', 'sampleNo'],
    ['检验值(mg/kg)', 'resultText'],
    ['食品名称*', 'foodName'],
    ['食 品 名 称', 'foodName'],
  ])('%s → %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it('does not take the sampling organisation (抽样单位) for the sampled party', () => {
    expect(matchHeader('抽样单位')).toBeNull();
    expect(matchHeader('抽样单位名称')).toBeNull();
  });

  it('returns null for unknown and blank headers', () => {
    expect(matchHeader('被抽样单位联系电话')).toBeNull();
    expect(matchHeader('  ')).toBeNull();
  });

  it('maps every template header to its own field', () => {
    for (const col of TEMPLATE_COLUMNS) expect(matchHeader(col.header), col.header).toBe(col.field);
  });

  it('gives no alias to two fields', () => {
    const seen = new Map<string, string>();
    for (const [field, names] of Object.entries(ALIASES)) {
      for (const name of names) {
        expect(seen.get(name), name).toBeUndefined();
        seen.set(name, field);
      }
    }
  });
});
