import { describe, expect, it } from 'vitest';
import type { CountedResult } from './engine.js';
import { planEscalations, type ExistingEscalation } from './plan.js';
import { escalationRuleDefaults } from './rule-defaults.js';

const shop = { id: 'shop', inProvince: true };
const r = (id: string, samplingDate: string): CountedResult => ({ sampleId: id, sampleNo: id.toUpperCase(), samplingDate, link: 'distribution', asProducer: false, asSampledParty: true, specialFood: false });
const three = [r('a', '2026-01-10'), r('b', '2026-03-10'), r('c', '2026-05-10')];
const existing = (over: Partial<ExistingEscalation> = {}): ExistingEscalation => ({
  id: 'x1',
  ruleId: 'escalate.distributor.threeBatches',
  year: 2026,
  currentCount: 3,
  belowThreshold: false,
  samples: three.map((s) => ({ sampleId: s.sampleId, counted: true })),
  ...over,
});

describe('planning escalations for an enterprise', () => {
  it('creates one escalation when the rule first holds', () => {
    const plan = planEscalations(escalationRuleDefaults, shop, three, []);
    expect(plan.create.map((c) => [c.ruleId, c.year, c.samples.map((s) => s.sampleNo)])).toEqual([['escalate.distributor.threeBatches', 2026, ['A', 'B', 'C']]]);
    expect(plan.update).toEqual([]);
  });

  it('never duplicates: the same enterprise, rule and year is an update, not a second escalation', () => {
    const plan = planEscalations(escalationRuleDefaults, shop, [...three, r('d', '2026-08-01')], [existing()]);
    expect(plan.create).toEqual([]);
    expect(plan.update).toHaveLength(1);
    expect(plan.update[0]).toMatchObject({ currentCount: 4, belowThreshold: false, uncounted: [] });
    expect(plan.update[0].counted.map((s) => s.sampleId)).toEqual(['d']);
  });

  it('is a no-op when nothing changed', () => {
    expect(planEscalations(escalationRuleDefaults, shop, three, [existing()])).toEqual({ create: [], update: [] });
  });

  it('marks the escalation below the threshold when a result is overturned, keeping the sample on record as not counted', () => {
    const plan = planEscalations(escalationRuleDefaults, shop, three.slice(0, 2), [existing()]);
    expect(plan.update[0]).toMatchObject({ currentCount: 2, belowThreshold: true, uncounted: ['c'], counted: [], before: { currentCount: 3, belowThreshold: false } });
  });

  it('lifts the mark when a new result takes the count back to the threshold', () => {
    const overturned = existing({ currentCount: 2, belowThreshold: true, samples: [...three.slice(0, 2).map((s) => ({ sampleId: s.sampleId, counted: true })), { sampleId: 'c', counted: false }] });
    const plan = planEscalations(escalationRuleDefaults, shop, [...three.slice(0, 2), r('e', '2026-11-30')], [overturned]);
    expect(plan.create).toEqual([]);
    expect(plan.update[0]).toMatchObject({ currentCount: 3, belowThreshold: false });
    expect(plan.update[0].counted.map((s) => s.sampleId)).toEqual(['e']);
  });

  it('creates the next year separately from this year', () => {
    const next = [r('f', '2027-01-02'), r('g', '2027-02-02'), r('h', '2027-03-02')];
    const plan = planEscalations(escalationRuleDefaults, shop, [...three, ...next], [existing()]);
    expect(plan.create.map((c) => c.year)).toEqual([2027]);
  });
});
