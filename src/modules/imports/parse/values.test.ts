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
  ])('%s → %s + %s', (text, value, unit) => {
    expect(splitValueUnit(text)).toEqual({ value, unit });
  });

  it.each(['未检出', '不得检出', '0.12（复检）', '检出/25g'])('leaves %s whole', (text) => {
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
