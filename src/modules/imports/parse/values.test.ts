import { describe, expect, it } from 'vitest';
import { resultProblem, splitValueUnit, vocabulary, yesNo } from './values.js';

describe('splitValueUnit', () => {
  it.each([
    ['0.12mg/kg', '0.12', 'mg/kg'],
    ['≤0.02 mg/kg', '≤0.02', 'mg/kg'],
    ['<0.01mg/kg', '<0.01', 'mg/kg'],
    ['4.3×10⁴CFU/g', '4.3×10⁴', 'CFU/g'],
    ['≤10^4 CFU/g', '≤10^4', 'CFU/g'],
    ['0.36g/100g', '0.36', 'g/100g'],
    ['326μg/kg', '326', 'μg/kg'],
    ['12.5%', '12.5', '%'],
    ['0.12(mg/kg)', '0.12', 'mg/kg'],
    // Issue 9 A2: 383 rows of a national file were lost on these units.
    ['0.54mg/100cm²', '0.54', 'mg/100cm²'],
    ['0.54mg/100cm2', '0.54', 'mg/100cm²'],
    ['0.02mg/dm²', '0.02', 'mg/dm²'],
    ['检出/25g', '检出', '/25g'],
    ['未检出/50cm²', '未检出', '/50cm²'],
    ['0/25g', '0', '/25g'],
    ['不得检出/25g', '不得检出', '/25g'],
    ['12ug/kg', '12', 'μg/kg'],
    ['12µg/kg', '12', 'μg/kg'],
    ['0.5g/L', '0.5', 'g/L'],
    ['3μg/L', '3', 'μg/L'],
    ['1.1×10²CFU/mL', '1.1×10²', 'CFU/mL'],
    ['30CFU/25g', '30', 'CFU/25g'],
    ['2.3MPN/g', '2.3', 'MPN/g'],
    ['<3 MPN/100mL', '<3', 'MPN/100mL'],
    ['1.2E+03mg/kg', '1.2E+03', 'mg/kg'],
    ['52.3%vol', '52.3', '%vol'],
    ['≥3.0g/100g', '≥3.0', 'g/100g'],
    ['1.2×10³,<10,<10,<10,<10CFU/g', '1.2×10³,<10,<10,<10,<10', 'CFU/g'],
    ['n=5,c=2,m=10⁴,M=10⁵CFU/g', 'n=5,c=2,m=10⁴,M=10⁵', 'CFU/g'],
    ['-0.05mg/kg', '-0.05', 'mg/kg'],
  ])('%s → %s + %s', (text, value, unit) => {
    expect(splitValueUnit(text)).toEqual({ value, unit });
  });

  it.each(['未检出', '不得检出', '0.12（复检）', '0.12 mg/kg以Pb计', '标签标示g'])('leaves %s whole', (text) => {
    expect(splitValueUnit(text)).toEqual({ value: text, unit: null });
  });
});

describe('resultProblem', () => {
  it.each(['0.12', '未检出', '<0.01', 'ND', 'N.D.', '阴性', '阳性', '4.3×10⁴', '1.2E3', '检出', '/', ''])('accepts %s against a numeric limit', (r) => {
    expect(resultProblem(r, '≤0.02')).toBeNull();
  });

  it('rejects negative values', () => {
    expect(resultProblem('-0.05', '≤0.02')).toBe('检验结果不能为负数：-0.05');
    expect(resultProblem('-3', null)).toBe('检验结果不能为负数：-3');
  });

  it('accepts the n results of a sampling plan and says what is wrong with a list', () => {
    expect(resultProblem('120,80,30,10,5', 'n=5,c=2,m=10,M=100')).toBeNull();
    expect(resultProblem('n=5: 120/80/30/10/5', 'n=5,c=2,m=10,M=100')).toBeNull();
    expect(resultProblem('120,80,待定', 'n=5,c=2,m=10,M=100')).toBe('检验结果“待定”不是有效数值（在“120,80,待定”中）');
    expect(resultProblem('n=5: 120/80/30', 'n=5,c=2,m=10,M=100')).toBe('检验结果注明 n=5，但列出了 3 个结果');
  });

  it('rejects text where the limit is a number, and allows it otherwise', () => {
    expect(resultProblem('待定', '≤0.02')).toBe('检验结果不是有效数值：待定');
    expect(resultProblem('标签未标示', '应标示')).toBeNull();
    expect(resultProblem('待定', null)).toBeNull();
  });
});

describe('vocabulary', () => {
  it('accepts the closed lists and their common variants', () => {
    expect(vocabulary('judgement', '不合格')).toEqual({ value: '不合格', error: null });
    expect(vocabulary('link', '流通环节')).toEqual({ value: '流通', error: null });
    expect(vocabulary('link', '餐饮服务')).toEqual({ value: '餐饮', error: null });
    expect(vocabulary('samplingType', '评价抽检')).toEqual({ value: '评价性抽检', error: null });
    expect(vocabulary('link', '')).toEqual({ value: null, error: null });
  });

  it('names the accepted words when a value is not in the list', () => {
    expect(vocabulary('link', '批发')).toEqual({ value: null, error: '只能填写 生产、流通、餐饮 或 网络：批发' });
    expect(vocabulary('judgement', '待定').error).toBe('只能填写 合格、不合格 或 问题：待定');
  });

  it('reads 是/否', () => {
    expect(yesNo('是')).toEqual({ value: true, error: null });
    expect(yesNo('否')).toEqual({ value: false, error: null });
    expect(yesNo('不知道').error).toBe('只能填写 是 或 否：不知道');
  });
});
