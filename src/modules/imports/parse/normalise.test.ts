import { describe, expect, it } from 'vitest';
import { normaliseHeaderText, normaliseKey, normaliseLines, normaliseText, stripTrailingNote } from './normalise.js';

describe('normaliseText', () => {
  it('folds full-width digits, letters and signs to ASCII', () => {
    expect(normaliseText('５００ｇ／袋')).toBe('500g/袋');
    expect(normaliseText('＜０．０１ｍｇ／ｋｇ')).toBe('<0.01mg/kg');
  });

  it('turns ideographic spaces into spaces, collapses runs and trims', () => {
    expect(normaliseText('　泡菜　')).toBe('泡菜');
    expect(normaliseText('成都市\u3000武侯区  某某\t超市')).toBe('成都市 武侯区 某某 超市');
  });

  it('keeps Chinese punctuation inside names as published', () => {
    expect(normaliseText('苯甲酸及其钠盐（以苯甲酸计）')).toBe('苯甲酸及其钠盐（以苯甲酸计）');
    expect(normaliseText('食用油、油脂及其制品，散装：是；')).toBe('食用油、油脂及其制品，散装：是；');
  });

  it('returns plain text unchanged', () => {
    const plain = '四川某某食品有限公司';
    expect(normaliseText(plain)).toBe(plain);
  });
});

describe('normaliseLines', () => {
  it('keeps one line per item and drops blank lines', () => {
    expect(normaliseLines('毒死蜱║０．１２\r\n\r\n  克百威║0.05 \r腐霉利')).toBe('毒死蜱║0.12\n克百威║0.05\n腐霉利');
  });
});

describe('normaliseKey', () => {
  it('removes whitespace and required stars, folds （） and unifies bar separators', () => {
    expect(normaliseKey(' 被抽样单位\n名称* ')).toBe('被抽样单位名称');
    expect(normaliseKey('标称生产企业（供货单位）名称')).toBe('标称生产企业(供货单位)名称');
    expect(normaliseKey('不合格项目||检验结果||标准值')).toBe('不合格项目║检验结果║标准值');
    expect(normaliseKey('不合格项目‖检验结果｜标准值')).toBe('不合格项目║检验结果║标准值');
  });

  it('strips a trailing note only on request', () => {
    expect(stripTrailingNote(normaliseKey('检验值（mg/kg）'))).toBe('检验值');
  });
});

describe('normaliseHeaderText', () => {
  it('drops line breaks typed between Chinese words in a header', () => {
    expect(normaliseHeaderText('被抽样单位\n名称')).toBe('被抽样单位名称');
    expect(normaliseHeaderText('检验值 (mg/kg)')).toBe('检验值 (mg/kg)');
  });
});
