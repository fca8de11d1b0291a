import { describe, expect, it } from 'vitest';
import { deriveConclusion, judgeItem, judgementFromText, parseLimit, parseMeasuredValue } from './judge.js';

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
    ['≤0.02', { limitType: 'max', limitValue: 0.02 }],
    ['0.2', { limitType: 'max', limitValue: 0.2 }],
    ['不得检出', { limitType: 'not_detected', limitValue: null }],
    ['≥3.0', { limitType: 'min', limitValue: 3 }],
    ['≤10⁴', { limitType: 'max', limitValue: 10000 }],
  ])('reads %s', (raw, expected) => {
    expect(parseLimit(raw)).toEqual(expected);
  });
});

describe('judging', () => {
  const max = { limitType: 'max' as const, limitValue: 0.02 };
  it('fails above a maximum, passes at it exactly', () => {
    expect(judgeItem({ kind: 'number', value: 0.021 }, max, 'supervisory')).toBe('unqualified');
    expect(judgeItem({ kind: 'number', value: 0.02 }, max, 'supervisory')).toBe('qualified');
    expect(judgeItem({ kind: 'not_detected' }, max, 'supervisory')).toBe('qualified');
    expect(judgeItem({ kind: 'below', value: 0.01 }, max, 'supervisory')).toBe('qualified');
  });

  it('fails any detection of a 不得检出 item', () => {
    const nd = { limitType: 'not_detected' as const, limitValue: null };
    expect(judgeItem({ kind: 'number', value: 0.3 }, nd, 'supervisory')).toBe('unqualified');
    expect(judgeItem({ kind: 'positive' }, nd, 'supervisory')).toBe('unqualified');
    expect(judgeItem({ kind: 'not_detected' }, nd, 'supervisory')).toBe('qualified');
    expect(judgeItem({ kind: 'below', value: 0.5 }, nd, 'supervisory')).toBe('qualified');
  });

  it('fails below a minimum (e.g. protein in formula)', () => {
    const min = { limitType: 'min' as const, limitValue: 1.8 };
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
  });
});
