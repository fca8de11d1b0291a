import { describe, expect, it } from 'vitest';
import { leadingGroupDefaults } from './leading-group.js';
import { isAllowedPeriodMonths } from './periods.js';
import { levelOfKind, meetingRuleDefaults } from './rules.js';

describe('the 321 rhythm defaults (seed art. 22)', () => {
  it('province quarterly, city every two months, county monthly, each citing art. 22', () => {
    expect(meetingRuleDefaults.map((r) => [r.level, r.periodMonths])).toEqual([
      ['province', 3],
      ['city', 2],
      ['county', 1],
    ]);
    expect(meetingRuleDefaults.every((r) => r.basis.includes('第二十二条') && isAllowedPeriodMonths(r.periodMonths))).toBe(true);
  });

  it('finds the level of a unit kind; a kind in no rule is not obliged', () => {
    expect(levelOfKind(meetingRuleDefaults, 'division')).toBe('province');
    expect(levelOfKind(meetingRuleDefaults, 'county_bureau')).toBe('county');
    expect(levelOfKind(meetingRuleDefaults, 'lab')).toBeNull();
  });

  it('the leading group has one 组长 and one 副组长 at the province bureau, members the heads of units (arts. 19–20)', () => {
    expect(leadingGroupDefaults.filter((m) => m.role === 'leader').map((m) => m.unitSlug)).toEqual(['province']);
    expect(leadingGroupDefaults.filter((m) => m.role === 'deputy').map((m) => m.unitSlug)).toEqual(['province']);
    const members = leadingGroupDefaults.filter((m) => m.role === 'member');
    expect(new Set(members.map((m) => m.unitSlug)).size).toBe(members.length);
    expect(members.map((m) => m.unitSlug)).toEqual(expect.arrayContaining(['coordination', 'sampling', 'enforcement']));
  });
});
