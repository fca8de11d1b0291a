import { describe, expect, it } from 'vitest';
import { deadlineRuleDefaults } from './rule-defaults.js';

describe('the default rule table', () => {
  it('lists each rule once, each with a source and a level', () => {
    const ids = deadlineRuleDefaults.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of deadlineRuleDefaults) {
      expect(r.legalBasis.length, r.id).toBeGreaterThan(2);
      expect(['V', 'S', 'U'], r.id).toContain(r.level);
    }
  });

  it('cites the primary sources found (issue 9, B9) and counts recall completion from the announcement (B8)', () => {
    const rule = (id: string) => deadlineRuleDefaults.find((r) => r.id === id)!;
    expect(rule('retest.apply')).toMatchObject({ level: 'V', amount: 7, unit: 'workingDay' });
    expect(rule('retest.apply').legalBasis).toContain('第八十八条第一款');
    expect(rule('retest.rapid')).toMatchObject({ level: 'V', amount: 4, unit: 'hour' });
    expect(rule('retest.rapid').legalBasis).toContain('第八十八条第二款');
    expect(rule('case.decide')).toMatchObject({ level: 'V', amount: 90 });
    expect(rule('case.decide').legalBasis).toContain('《中华人民共和国行政处罚法》第六十条');
    expect(rule('legalReview.complete').level).toBe('S');
    for (const level of [1, 2, 3]) expect(rule(`recall.level${level}.complete`).trigger).toBe('发布召回公告');
  });
});
