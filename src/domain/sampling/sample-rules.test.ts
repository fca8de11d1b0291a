import { describe, expect, it } from 'vitest';
import { deriveSampleNo, inferLink, linkFromText, requiresAccompaniment } from './sample-rules.js';

describe('link inference', () => {
  it.each([
    [{ sampledPartyName: '成都市武侯区张记火锅店' }, 'catering'],
    [{ sampledPartyName: '四川永辉超市有限公司成都武侯分公司' }, 'distribution'],
    [{ sampledPartyName: '某某食品旗舰店' }, 'online'],
    [{ sampledPartyName: '乐山市市中区某某餐馆' }, 'catering'],
    [{ sampledPartyName: '自贡市自流井区某某商贸有限公司' }, 'distribution'],
    [{ sampledPartyName: '南充市顺庆区某某干杂店' }, 'distribution'],
    [{ sampledPartyName: '绵阳市涪城区某某果蔬店' }, 'distribution'],
    [{ sampledPartyName: '四川某某食品有限公司', nominalProducerName: '四川某某食品有限公司' }, 'production'],
    [{ sampledPartyName: '乐山市某某酿造厂' }, 'production'],
    [{ sampledPartyName: '某某', taskSource: '四川省市场监督管理局（流通环节）' }, 'distribution'],
  ])('%o → %s', (input, link) => {
    expect(inferLink(input)?.link).toBe(link);
  });

  it('says how it inferred, and gives up rather than guess', () => {
    expect(inferLink({ sampledPartyName: '成都市某某火锅店' })?.how).toBe('被抽样单位名称为餐饮服务单位');
    expect(inferLink({ sampledPartyName: '张三' })).toBeNull();
  });

  it('reads stated links', () => {
    expect(linkFromText('餐饮环节')).toBe('catering');
    expect(linkFromText('生产')).toBe('production');
  });
});

describe('accompanied sampling (art. 23)', () => {
  it('is required for 食用农产品 and imported cold-chain food organised by market regulation', () => {
    expect(requiresAccompaniment({ categoryRootName: '食用农产品', importedColdChain: false, organisedByMarketRegulation: true })).toBe(true);
    expect(requiresAccompaniment({ categoryRootName: '速冻食品', importedColdChain: true, organisedByMarketRegulation: true })).toBe(true);
    expect(requiresAccompaniment({ categoryRootName: '糕点', importedColdChain: false, organisedByMarketRegulation: true })).toBe(false);
    expect(requiresAccompaniment({ categoryRootName: '食用农产品', importedColdChain: false, organisedByMarketRegulation: false })).toBe(false);
  });
});

describe('derived sample numbers', () => {
  const base = { sampledPartyName: '成都市某超市', foodName: '芹菜', productionDateText: '2025-04-12', nominalProducerName: null, spec: null };
  it('are stable across spacing and full-width differences', () => {
    expect(deriveSampleNo(base)).toBe(deriveSampleNo({ ...base, sampledPartyName: '成都市某超市 ', productionDateText: '２０２５-04-12' }));
    expect(deriveSampleNo(base)).toMatch(/^GB-[0-9A-F]{16}$/);
  });
  it('differ for another batch', () => {
    expect(deriveSampleNo(base)).not.toBe(deriveSampleNo({ ...base, productionDateText: '2025-04-13' }));
  });
});
