import { describe, expect, it } from 'vitest';
import { assess, countsFor, evaluateEnterprise, type CountedResult } from './engine.js';
import { escalationRuleDefaults, windowReading, type EscalationRule } from './rule-defaults.js';

const rule = (id: string): EscalationRule => escalationRuleDefaults.find((r) => r.id === id)!;
const producer = { id: 'e1', inProvince: true };
let n = 0;
function result(samplingDate: string, over: Partial<CountedResult> = {}): CountedResult {
  n += 1;
  return { sampleId: `s${n}`, sampleNo: `NO${n}`, samplingDate, link: 'production', asProducer: true, asSampledParty: true, specialFood: false, ...over };
}
const distributed = (date: string) => result(date, { link: 'distribution', asProducer: false });
const ids = (firings: { ruleId: string; year: number }[]) => firings.map((f) => `${f.ruleId}@${f.year}`).sort();

describe('three batches in a year', () => {
  it('fires at the third unqualified batch, not at the second', () => {
    const two = [result('2026-01-05'), result('2026-06-01')];
    expect(ids(evaluateEnterprise(escalationRuleDefaults, producer, two))).toEqual([]);
    const three = [...two, result('2026-12-31')];
    expect(ids(evaluateEnterprise(escalationRuleDefaults, producer, three))).toEqual(['escalate.producer.threeBatches@2026']);
  });

  it('places a batch in the calendar year of its sampling date (31 Dec and 1 Jan are different years)', () => {
    const results = [result('2025-12-30'), result('2025-12-31'), result('2026-01-01')];
    const firings = evaluateEnterprise(escalationRuleDefaults, producer, results);
    expect(ids(firings)).toEqual(['escalate.producer.twoYears@2026']);
    expect(assess(rule('escalate.producer.threeBatches'), producer, results, 2025).samples).toHaveLength(2);
  });

  it('counts a distributor only for batches sampled from it at the distribution link', () => {
    const shop = { id: 'shop', inProvince: true };
    const results = [distributed('2026-03-01'), distributed('2026-04-01'), result('2026-05-01', { link: 'catering', asProducer: false })];
    expect(ids(evaluateEnterprise(escalationRuleDefaults, shop, results))).toEqual([]);
    results.push(distributed('2026-09-09'));
    expect(ids(evaluateEnterprise(escalationRuleDefaults, shop, results))).toEqual(['escalate.distributor.threeBatches@2026']);
  });

  it('counts a batch whose link is unknown (待确定) for no distributor or caterer rule until it is determined', () => {
    const shop = { id: 'shop', inProvince: true };
    const results = [distributed('2026-03-01'), distributed('2026-04-01'), result('2026-05-01', { link: null, asProducer: false })];
    expect(ids(evaluateEnterprise(escalationRuleDefaults, shop, results))).toEqual([]);
    results[2] = { ...results[2], link: 'distribution' };
    expect(ids(evaluateEnterprise(escalationRuleDefaults, shop, results))).toEqual(['escalate.distributor.threeBatches@2026']);
  });

  it('counts a caterer by the catering link', () => {
    const results = ['2026-02-01', '2026-02-02', '2026-02-03'].map((d) => result(d, { link: 'catering', asProducer: false }));
    expect(ids(evaluateEnterprise(escalationRuleDefaults, { id: 'c', inProvince: true }, results))).toEqual(['escalate.caterer.threeBatches@2026']);
  });

  it('follows an edited threshold', () => {
    const rules = escalationRuleDefaults.map((r) => (r.id === 'escalate.distributor.threeBatches' ? { ...r, threshold: 2 } : r));
    const results = [distributed('2026-03-01'), distributed('2026-04-01')];
    expect(ids(evaluateEnterprise(rules, { id: 'shop', inProvince: true }, results))).toEqual(['escalate.distributor.threeBatches@2026']);
  });

  it('never fires a disabled rule', () => {
    const rules = escalationRuleDefaults.map((r) => ({ ...r, enabled: false }));
    const results = ['2026-02-01', '2026-02-02', '2026-02-03'].map((d) => result(d));
    expect(evaluateEnterprise(rules, producer, results)).toEqual([]);
  });
});

describe('two consecutive years', () => {
  it('fires for a producer unqualified in 2025 and 2026, showing both years’ batches', () => {
    const results = [result('2025-07-01'), result('2026-02-01')];
    const [firing] = evaluateEnterprise(escalationRuleDefaults, producer, results);
    expect(firing.ruleId).toBe('escalate.producer.twoYears');
    expect(firing.year).toBe(2026);
    expect(firing.samples.map((s) => s.samplingDate)).toEqual(['2025-07-01', '2026-02-01']);
  });

  it('does not fire across a gap year (2024 and 2026)', () => {
    expect(evaluateEnterprise(escalationRuleDefaults, producer, [result('2024-07-01'), result('2026-02-01')])).toEqual([]);
  });

  it('fires once per year of a longer run (2024–2026 gives 2025 and 2026)', () => {
    const results = [result('2024-07-01'), result('2025-02-01'), result('2026-02-01')];
    expect(ids(evaluateEnterprise(escalationRuleDefaults, producer, results))).toEqual(['escalate.producer.twoYears@2025', 'escalate.producer.twoYears@2026']);
  });
});

describe('who counts', () => {
  it('leaves out producers outside the province', () => {
    const results = ['2026-02-01', '2026-02-02', '2026-02-03'].map((d) => result(d, { link: 'distribution', asSampledParty: false }));
    expect(evaluateEnterprise(escalationRuleDefaults, { id: 'far', inProvince: false }, results)).toEqual([]);
    expect(ids(evaluateEnterprise(escalationRuleDefaults, producer, results))).toEqual(['escalate.producer.threeBatches@2026']);
  });

  it("counts a producer's special-food batches in its three-batch and two-year counts (art. 7 makes no exception)", () => {
    const three = ['2026-02-01', '2026-02-02', '2026-02-03'].map((d) => result(d, { specialFood: true }));
    expect(ids(evaluateEnterprise(escalationRuleDefaults, producer, three))).toEqual(['escalate.producer.threeBatches@2026']);
    const twoYears = [result('2025-07-01', { specialFood: true }), result('2026-02-01')];
    expect(ids(evaluateEnterprise(escalationRuleDefaults, producer, twoYears))).toEqual(['escalate.producer.twoYears@2026']);
  });

  it('keeps the special-food rule the seed does not state off by default; switched on, it counts special-food batches only', () => {
    expect(rule('escalate.specialFood.threeBatches').enabled).toBe(false);
    const rules = escalationRuleDefaults.map((r) => (r.id === 'escalate.specialFood.threeBatches' ? { ...r, enabled: true } : r));
    const special = ['2026-02-01', '2026-02-02', '2026-02-03'].map((d) => result(d, { specialFood: true }));
    expect(ids(evaluateEnterprise(rules, producer, special))).toEqual(['escalate.producer.threeBatches@2026', 'escalate.specialFood.threeBatches@2026']);
    const mixed = [...special.slice(0, 2), result('2026-03-01')];
    expect(ids(evaluateEnterprise(rules, producer, mixed))).toEqual(['escalate.producer.threeBatches@2026']);
  });

  it('counts an online seller as a distributor', () => {
    const online = ['2026-02-01', '2026-03-01', '2026-04-01'].map((d) => result(d, { link: 'online', asProducer: false }));
    expect(ids(evaluateEnterprise(escalationRuleDefaults, { id: 'webshop', inProvince: true }, online))).toEqual(['escalate.distributor.threeBatches@2026']);
  });

  it('applies 省内 to distributors and caterers as to producers', () => {
    const far = { id: 'far', inProvince: false };
    const shop = ['2026-02-01', '2026-03-01', '2026-04-01'].map((d) => distributed(d));
    const restaurant = ['2026-02-01', '2026-03-01', '2026-04-01'].map((d) => result(d, { link: 'catering', asProducer: false }));
    expect(evaluateEnterprise(escalationRuleDefaults, far, shop)).toEqual([]);
    expect(evaluateEnterprise(escalationRuleDefaults, far, restaurant)).toEqual([]);
  });

  it('counts the label producer of a batch sampled in a shop', () => {
    const r = result('2026-02-01', { link: 'distribution', asSampledParty: false });
    expect(countsFor(rule('escalate.producer.threeBatches'), producer, r)).toBe(true);
    expect(countsFor(rule('escalate.distributor.threeBatches'), producer, r)).toBe(false);
  });

  it('stops holding when an overturned result leaves the history', () => {
    const results = [result('2026-01-05'), result('2026-06-01'), result('2026-07-01')];
    expect(assess(rule('escalate.producer.threeBatches'), producer, results, 2026).holds).toBe(true);
    expect(assess(rule('escalate.producer.threeBatches'), producer, results.slice(1), 2026).holds).toBe(false);
  });
});

describe('"一年内": calendar year by default, a rolling 12 months as a rule setting', () => {
  const rolling = escalationRuleDefaults.map((r) => (r.kind === 'batchesInYear' ? { ...r, window: 'rolling12Months' as const } : r));
  const shop = { id: 'shop', inProvince: true };

  it('states the reading in the rule text', () => {
    expect(windowReading(rule('escalate.distributor.threeBatches'))).toContain('自然年度');
    expect(windowReading({ kind: 'batchesInYear', window: 'rolling12Months' })).toContain('连续12个月');
  });

  it('does not fire across the turn of a year in calendar years, fires within 12 months when rolling', () => {
    const results = [distributed('2025-11-10'), distributed('2026-02-01'), distributed('2026-05-01')];
    expect(evaluateEnterprise(escalationRuleDefaults, shop, results)).toEqual([]);
    const [firing] = evaluateEnterprise(rolling, shop, results);
    expect(firing).toMatchObject({ ruleId: 'escalate.distributor.threeBatches', year: 2026, holds: true });
    expect(firing.samples.map((s) => s.samplingDate)).toEqual(['2025-11-10', '2026-02-01', '2026-05-01']);
  });

  it('leaves out a batch sampled on the same date a year earlier (the window is 12 months, not 12 months and a day)', () => {
    const results = [distributed('2025-05-01'), distributed('2026-02-01'), distributed('2026-05-01')];
    expect(evaluateEnterprise(rolling, shop, results)).toEqual([]);
    expect(ids(evaluateEnterprise(rolling, shop, [...results, distributed('2025-05-02')]))).toEqual(['escalate.distributor.threeBatches@2026']);
  });

  it('reports the fullest window when the rule no longer holds', () => {
    const a = assess(rolling.find((r) => r.id === 'escalate.distributor.threeBatches')!, shop, [distributed('2025-12-01'), distributed('2026-03-01')], 2026);
    expect(a).toMatchObject({ holds: false });
    expect(a.samples).toHaveLength(2);
  });
});
