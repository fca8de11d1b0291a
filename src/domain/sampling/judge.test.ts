import { describe, expect, it } from 'vitest';
import { deriveConclusion, inLimitUnit, judgeItem, judgeResults, judgementFromText, parseLimit, parseMeasuredValue, readLimit, type ParsedLimit } from './judge.js';

describe('measured values', () => {
  it.each([
    ['0.12', { kind: 'number', value: 0.12 }],
    ['未检出', { kind: 'not_detected' }],
    ['ND', { kind: 'not_detected' }],
    ['<0.01', { kind: 'below', value: 0.01 }],
    ['＜０.０１', { kind: 'below', value: 0.01 }],
    ['4.3×10⁴', { kind: 'number', value: 43000 }],
    ['1.2E+03', { kind: 'number', value: 1200 }],
    ['0.12mg/kg', { kind: 'number', value: 0.12 }],
    ['阳性', { kind: 'positive' }],
  ])('reads %s', (raw, expected) => {
    expect(parseMeasuredValue(raw)).toEqual(expected);
  });

  it('rejects negative and non-numeric values with a Chinese reason', () => {
    expect(parseMeasuredValue('-0.5')).toEqual({ kind: 'invalid', reason: '检验结果“-0.5”不能为负数' });
    expect(parseMeasuredValue('见附件')).toMatchObject({ kind: 'invalid' });
  });
});

describe('limits', () => {
  it.each([
    ['≤0.02', { limitType: 'max', limitValue: 0.02, unit: null, plan: null }],
    ['0.2', { limitType: 'max', limitValue: 0.2, unit: null, plan: null }],
    ['不得检出', { limitType: 'not_detected', limitValue: null, unit: null, plan: null }],
    ['≥3.0', { limitType: 'min', limitValue: 3, unit: null, plan: null }],
    ['≤10⁴', { limitType: 'max', limitValue: 10000, unit: null, plan: null }],
    ['≤0.03mg/100cm²', { limitType: 'max', limitValue: 0.03, unit: 'mg/100cm²', plan: null }],
    ['≤0.05 ug/kg', { limitType: 'max', limitValue: 0.05, unit: 'μg/kg', plan: null }],
    ['≤10⁴CFU/g', { limitType: 'max', limitValue: 10000, unit: 'CFU/g', plan: null }],
    ['不得检出/25g', { limitType: 'not_detected', limitValue: null, unit: '/25g', plan: null }],
    ['n=5,c=2,m=10⁴,M=10⁵CFU/g', { limitType: 'max', limitValue: 100000, unit: 'CFU/g', plan: { n: 5, c: 2, m: 10000, M: 100000 } }],
    ['n=5,c=0,m=0/25g', { limitType: 'not_detected', limitValue: null, unit: '/25g', plan: { n: 5, c: 0, m: 0, M: null } }],
    ['n=5, c=2, m=100', { limitType: 'max', limitValue: 100, unit: null, plan: { n: 5, c: 2, m: 100, M: null } }],
  ])('reads %s', (raw, expected) => {
    expect(parseLimit(raw)).toEqual(expected);
  });

  it('reports a plan written wrongly instead of falling back to the catalogue', () => {
    expect(readLimit('n=5,c=2,m=1000,M=100')).toEqual({ limit: null, error: '采样方案“n=5,c=2,m=1000,M=100”中 m 不能大于 M（应写作 n=5,c=2,m=100,M=1000）' });
    expect(readLimit('应符合标签标示')).toEqual({ limit: null, error: null });
  });
});

describe('units', () => {
  const limit = (value: number, unit: string | null): ParsedLimit => ({ limitType: 'max', limitValue: value, unit, plan: null });

  it('converts a result to the limit unit where that is a change of scale', () => {
    expect(inLimitUnit([{ kind: 'number', value: 20 }], 'μg/kg', limit(0.02, 'mg/kg'))).toEqual({ values: [{ kind: 'number', value: 0.02 }] });
    expect(inLimitUnit([{ kind: 'number', value: 0.25 }], 'g/kg', limit(250, 'mg/kg'))).toEqual({ values: [{ kind: 'number', value: 250 }] });
    expect(inLimitUnit([{ kind: 'below', value: 0.5 }], 'mg/L', limit(0.0006, 'g/L'))).toEqual({ values: [{ kind: 'below', value: 0.0005 }] });
    expect(inLimitUnit([{ kind: 'number', value: 0.54 }], 'mg/dm²', limit(0.03, 'mg/100cm²'))).toEqual({ values: [{ kind: 'number', value: 0.54 }] });
  });

  it('names both units when they cannot be converted', () => {
    expect(inLimitUnit([{ kind: 'number', value: 0.5 }], 'mg/L', limit(1, 'mg/kg'))).toEqual({
      error: '检验结果的单位“mg/L”与限量的单位“mg/kg”不同，无法换算，请核对单位',
    });
    expect(inLimitUnit([{ kind: 'number', value: 50 }], 'CFU/mL', limit(100, 'CFU/g'))).toMatchObject({ error: expect.stringContaining('CFU/mL') });
  });

  it('needs no conversion for words, 不得检出 limits or an unstated unit', () => {
    const values = [{ kind: 'not_detected' as const }];
    expect(inLimitUnit(values, 'mg/L', limit(1, 'mg/kg'))).toEqual({ values });
    const detected = [{ kind: 'number' as const, value: 3 }];
    expect(inLimitUnit(detected, 'mg/L', { limitType: 'not_detected', limitValue: null, unit: 'mg/kg', plan: null })).toEqual({ values: detected });
    expect(inLimitUnit(detected, null, limit(1, 'mg/kg'))).toEqual({ values: detected });
  });
});

describe('judging', () => {
  const max: ParsedLimit = { limitType: 'max', limitValue: 0.02, unit: null, plan: null };
  it('fails above a maximum, passes at it exactly', () => {
    expect(judgeItem({ kind: 'number', value: 0.021 }, max, 'supervisory')).toBe('unqualified');
    expect(judgeItem({ kind: 'number', value: 0.02 }, max, 'supervisory')).toBe('qualified');
    expect(judgeItem({ kind: 'not_detected' }, max, 'supervisory')).toBe('qualified');
    expect(judgeItem({ kind: 'below', value: 0.01 }, max, 'supervisory')).toBe('qualified');
  });

  it('fails any detection of a 不得检出 item', () => {
    const nd: ParsedLimit = { limitType: 'not_detected', limitValue: null, unit: null, plan: null };
    expect(judgeItem({ kind: 'number', value: 0.3 }, nd, 'supervisory')).toBe('unqualified');
    expect(judgeItem({ kind: 'positive' }, nd, 'supervisory')).toBe('unqualified');
    expect(judgeItem({ kind: 'not_detected' }, nd, 'supervisory')).toBe('qualified');
    expect(judgeItem({ kind: 'below', value: 0.5 }, nd, 'supervisory')).toBe('qualified');
  });

  it('fails below a minimum (e.g. protein in formula)', () => {
    const min: ParsedLimit = { limitType: 'min', limitValue: 1.8, unit: null, plan: null };
    expect(judgeItem({ kind: 'number', value: 1.7 }, min, 'supervisory')).toBe('unqualified');
    expect(judgeItem({ kind: 'number', value: 1.8 }, min, 'supervisory')).toBe('qualified');
  });

  it('calls a risk-monitoring failure 问题, not 不合格', () => {
    expect(judgeItem({ kind: 'number', value: 1 }, max, 'risk_monitoring')).toBe('issue');
    expect(judgementFromText('不合格', 'risk_monitoring')).toBe('issue');
    expect(deriveConclusion(['qualified', 'issue'], 'risk_monitoring')).toBe('issue');
  });

  it('derives the sample conclusion from its items', () => {
    expect(deriveConclusion(['qualified', 'unqualified'], 'supervisory')).toBe('unqualified');
    expect(deriveConclusion(['qualified', 'qualified'], 'supervisory')).toBe('qualified');
    expect(deriveConclusion([], 'supervisory')).toBe('pending');
    expect(deriveConclusion([null], 'supervisory')).toBe('pending');
  });

  it('cannot judge without a limit', () => {
    expect(judgeItem({ kind: 'number', value: 1 }, null, 'supervisory')).toBeNull();
    expect(judgeResults([{ kind: 'number', value: 1 }], null, 'supervisory')).toEqual({ judgement: null });
  });

  it('judges several results without a plan as each having to meet the limit', () => {
    expect(judgeResults([{ kind: 'number', value: 0.01 }, { kind: 'number', value: 0.02 }], max, 'supervisory')).toEqual({ judgement: 'qualified' });
    expect(judgeResults([{ kind: 'number', value: 0.01 }, { kind: 'number', value: 0.03 }], max, 'supervisory')).toEqual({ judgement: 'unqualified' });
  });

  it('judges a plan over its n results (GB 4789.1-2016 §3.2) and calls a monitoring failure 问题', () => {
    const plan: ParsedLimit = { limitType: 'max', limitValue: 100, unit: 'CFU/g', plan: { n: 5, c: 2, m: 10, M: 100 } };
    const counts = (...v: number[]) => v.map((value) => ({ kind: 'number' as const, value }));
    expect(judgeResults(counts(100, 80, 5, 5, 5), plan, 'supervisory')).toEqual({ judgement: 'qualified' });
    expect(judgeResults(counts(101, 5, 5, 5, 5), plan, 'supervisory')).toEqual({ judgement: 'unqualified' });
    expect(judgeResults(counts(20, 20, 20, 5, 5), plan, 'risk_monitoring')).toEqual({ judgement: 'issue' });
    expect(judgeResults(counts(5, 5, 5), plan, 'supervisory')).toEqual({ error: '采样方案 n=5，应有 5 个检验结果，只有 3 个（多个结果用逗号分隔）' });
  });
});
