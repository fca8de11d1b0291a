import { describe, expect, it } from 'vitest';
import type { MeasuredValue } from './measured-value.js';
import { formatPlan, isPlanText, judgePlan, parsePlan, planLimit, type SamplingPlan } from './sampling-plan.js';

const counts = (...values: number[]): MeasuredValue[] => values.map((value) => ({ kind: 'number', value }));

describe('parsePlan', () => {
  it.each([
    ['n=5,c=2,m=10,M=100', { n: 5, c: 2, m: 10, M: 100 }, null],
    ['n=5, c=2, m=10⁴, M=10⁵', { n: 5, c: 2, m: 10000, M: 100000 }, null],
    ['n=5；c=2；m=10⁴CFU/g；M=10⁵CFU/g', { n: 5, c: 2, m: 10000, M: 100000 }, 'CFU/g'],
    ['n＝5，c＝1，m＝100，M＝1000', { n: 5, c: 1, m: 100, M: 1000 }, null],
    ['N=5,C=2,m=1.0×10²,M=1.0×10³', { n: 5, c: 2, m: 100, M: 1000 }, null],
    // Two-class: no M, m = M, or only M (the one limit is m).
    ['n=5,c=0,m=0/25g', { n: 5, c: 0, m: 0, M: null }, '/25g'],
    ['n=5,c=2,m=100', { n: 5, c: 2, m: 100, M: null }, null],
    ['n=5,c=2,m=100,M=100', { n: 5, c: 2, m: 100, M: null }, null],
    ['n=5,c=2,M=100', { n: 5, c: 2, m: 100, M: null }, null],
  ])('reads %s', (raw, plan, unit) => {
    expect(parsePlan(raw)).toEqual({ plan, unit });
  });

  it.each([
    ['n=5,c=2', '缺少 m'],
    ['c=2,m=10,M=100', '缺少 n 或 c'],
    ['n=5,c=6,m=10,M=100', '中 c 不能大于 n'],
    ['n=0,c=0,m=10', '中 n 应在 1 到 100 之间'],
    ['n=5,c=2,m=1000,M=100', '中 m 不能大于 M'],
    ['n=5,c=2,m=abc,M=100', '中 m 应为数值'],
    ['n=5,c=2.5,m=10,M=100', '中 c 应为整数'],
    ['n=5,c=2,m=10CFU/g,M=100CFU/mL', '中 m 与 M 的单位不一致：CFU/g、CFU/mL'],
    ['n=5,c=2,m=10,M=100,x=1', '中无法识别“x=1”'],
  ])('says what is wrong with %s', (raw, why) => {
    expect(parsePlan(raw)).toEqual({ error: `采样方案“${raw}”${why}（应写作 n=5,c=2,m=100,M=1000）` });
  });

  it('recognises plan text and writes a plan back', () => {
    expect(isPlanText('n=5,c=2,m=10,M=100')).toBe(true);
    expect(isPlanText('≤100')).toBe(false);
    expect(isPlanText('应符合 n=5 的要求')).toBe(false);
    expect(formatPlan({ n: 5, c: 2, m: 10, M: 100 })).toBe('n=5, c=2, m=10, M=100');
    expect(formatPlan({ n: 5, c: 0, m: 0, M: null })).toBe('n=5, c=0, m=0');
  });

  it('stores M, m or 不得检出 as the limit beside the plan', () => {
    expect(planLimit({ n: 5, c: 2, m: 10, M: 100 })).toEqual({ limitType: 'max', limitValue: 100 });
    expect(planLimit({ n: 5, c: 2, m: 100, M: null })).toEqual({ limitType: 'max', limitValue: 100 });
    expect(planLimit({ n: 5, c: 0, m: 0, M: null })).toEqual({ limitType: 'not_detected', limitValue: null });
  });
});

// GB 4789.1-2016 §3.2 note 2 and its example: n=5, c=2, m=100, M=1000 (here m=10, M=100).
describe('judgePlan, three-class plan n=5, c=2, m=10, M=100', () => {
  const plan: SamplingPlan = { n: 5, c: 2, m: 10, M: 100 };

  it('passes five results at or below m, exactly m included', () => {
    expect(judgePlan(counts(10, 10, 10, 10, 10), plan)).toEqual({ failed: false });
  });

  it('passes c results above m and at most M, exactly M included', () => {
    expect(judgePlan(counts(100, 100, 10, 5, 1), plan)).toEqual({ failed: false });
    expect(judgePlan(counts(11, 100, 10, 10, 10), plan)).toEqual({ failed: false });
  });

  it('fails c + 1 results above m', () => {
    expect(judgePlan(counts(11, 11, 11, 10, 10), plan)).toEqual({ failed: true });
  });

  it('fails any one result above M', () => {
    expect(judgePlan(counts(101, 1, 1, 1, 1), plan)).toEqual({ failed: true });
  });

  it('counts words: below the limit of quantification and not detected pass, a detection is above', () => {
    const values: MeasuredValue[] = [{ kind: 'below', value: 10 }, { kind: 'not_detected' }, ...counts(50, 50), { kind: 'positive' }];
    expect(judgePlan(values, plan)).toEqual({ failed: true });
    expect(judgePlan([{ kind: 'below', value: 10 }, { kind: 'not_detected' }, ...counts(50, 50, 5)], plan)).toEqual({ failed: false });
  });

  it('refuses fewer than n results that do not already fail', () => {
    expect(judgePlan(counts(5, 5, 5, 5), plan)).toEqual({ error: '采样方案 n=5，应有 5 个检验结果，只有 4 个（多个结果用逗号分隔）' });
    expect(judgePlan(counts(50), plan)).toEqual({ error: '采样方案 n=5，应有 5 个检验结果，只有 1 个（多个结果用逗号分隔）' });
    expect(judgePlan(counts(50, 50), plan)).toMatchObject({ error: expect.stringContaining('只有 2 个') });
  });

  it('fails fewer than n results that already fail the plan: the missing ones cannot change that', () => {
    expect(judgePlan(counts(150), plan)).toEqual({ failed: true });
    expect(judgePlan(counts(50, 50, 50), plan)).toEqual({ failed: true });
  });

  it('refuses more than n results', () => {
    expect(judgePlan(counts(1, 1, 1, 1, 1, 1), plan)).toEqual({ error: '采样方案 n=5，应有 5 个检验结果，录入了 6 个' });
  });

  it('takes one 未检出 as reported for all n units', () => {
    expect(judgePlan([{ kind: 'not_detected' }], plan)).toEqual({ failed: false });
  });
});

// GB 4789.1-2016 §3.2 note 1: at most c of the n results above m; there is no M.
describe('judgePlan, two-class plans', () => {
  it('allows c results above m and fails c + 1, however high they are', () => {
    const plan: SamplingPlan = { n: 5, c: 2, m: 100, M: null };
    expect(judgePlan(counts(100, 100, 100, 100, 100), plan)).toEqual({ failed: false });
    expect(judgePlan(counts(5000, 5000, 100, 1, 1), plan)).toEqual({ failed: false });
    expect(judgePlan(counts(5000, 5000, 101, 1, 1), plan)).toEqual({ failed: true });
  });

  it('fails any detection of a pathogen (n=5, c=0, m=0/25g)', () => {
    const plan: SamplingPlan = { n: 5, c: 0, m: 0, M: null };
    const nd: MeasuredValue = { kind: 'not_detected' };
    expect(judgePlan([nd, nd, nd, nd, nd], plan)).toEqual({ failed: false });
    expect(judgePlan([nd, nd, nd, nd, { kind: 'positive' }], plan)).toEqual({ failed: true });
    expect(judgePlan([{ kind: 'positive' }], plan)).toEqual({ failed: true });
    expect(judgePlan([nd], plan)).toEqual({ failed: false });
    expect(judgePlan([nd, nd], plan)).toMatchObject({ error: expect.stringContaining('只有 2 个') });
  });
});
