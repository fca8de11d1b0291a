import { describe, expect, it } from 'vitest';
import { escalationFilters } from './escalation-filters';
import { boardQuery, citySeries, divisionSlug, enterpriseSearch, isActive, listQuery, ownerDivisions, pickRuleFilters, ruleRows, yearOptions } from './escalation-format';
import type { EscalationRule, UnitBoardCounts } from './escalations-api';

const counts = { active: 0, open: 0, reported: 0, closed: 0, withdrawn: 0, overdue: 0, dueSoon: 0, belowThreshold: 0 };
const rule = (id: string, name: string, level: 'V' | 'U' = 'V') => ({ id, name, level }) as EscalationRule;
const DIVISION = 'd2ca2ef2-f306-5084-a4d3-ee20602442ae';

describe('escalation filters in the URL', () => {
  it('reads every filter and drops what the server would refuse', () => {
    const state = escalationFilters.parse(new URLSearchParams(`status=closed&ruleId=escalate.producer.twoYears&year=2026&ownerUnitId=${DIVISION}&overdue=true&belowThreshold=false&q=超市&page=2`));
    expect(state).toEqual({ status: 'closed', ruleId: 'escalate.producer.twoYears', year: '2026', ownerUnitId: DIVISION, overdue: 'true', q: '超市', page: 2, pageSize: 20 });
    expect(escalationFilters.parse(new URLSearchParams('status=pending&ownerUnitId=42'))).toEqual({ page: 1, pageSize: 20 });
  });
});

describe('the list and board queries', () => {
  it('lists 进行中 by default and sends no status for 全部状态', () => {
    expect(listQuery({ page: 1, pageSize: 20 })).toMatchObject({ status: 'active', page: 1, pageSize: 20 });
    expect(listQuery({ status: 'all', page: 1, pageSize: 20 }).status).toBeUndefined();
    expect(listQuery({ status: 'withdrawn', page: 1, pageSize: 20 }).status).toBe('withdrawn');
  });

  it('sends a year only when it is one, and the flags only when on', () => {
    expect(listQuery({ year: '2026', overdue: 'true', belowThreshold: 'true', page: 1, pageSize: 20 })).toMatchObject({ year: 2026, overdue: 'true', belowThreshold: 'true' });
    expect(listQuery({ year: '26', overdue: 'false', page: 1, pageSize: 20 })).toMatchObject({ year: undefined, overdue: undefined, belowThreshold: undefined });
  });

  it('gives the board only the year, rule and division', () => {
    expect(boardQuery({ year: '2025', ruleId: 'r', ownerUnitId: DIVISION, ...{ q: 'x' } })).toEqual({ year: 2025, ruleId: 'r', ownerUnitId: DIVISION });
  });
});

describe('enterpriseSearch', () => {
  it('looks a whole credit code up exactly, in capitals', () => {
    expect(enterpriseSearch(' 91510311773049615r ')).toEqual({ q: undefined, creditCode: '91510311773049615R' });
  });

  it('searches anything else by name, and clears both when empty', () => {
    expect(enterpriseSearch('鑫源超市')).toEqual({ q: '鑫源超市', creditCode: undefined });
    expect(enterpriseSearch('9151031177304961')).toEqual({ q: '9151031177304961', creditCode: undefined });
    expect(enterpriseSearch('  ')).toEqual({ q: undefined, creditCode: undefined });
  });
});

describe('board figures', () => {
  it('charts the bureaus with active escalations, in time and overdue stacking to the active ones', () => {
    const items: UnitBoardCounts[] = [
      { ...counts, unitId: 'a', unitName: '成都市市场监督管理局', active: 5, overdue: 2 },
      { ...counts, unitId: 'b', unitName: '南充市市场监督管理局', closed: 2 },
      { ...counts, unitId: 'c', unitName: '自贡市市场监督管理局', active: 1 },
    ];
    expect(citySeries(items, (u) => u.unitName.slice(0, 3))).toEqual({ categories: ['成都市', '自贡市'], inTime: [3, 1], overdue: [2, 0] });
  });

  it('lists every rule in the rule table’s order, with zeros for a rule that fired nothing', () => {
    const rules = [rule('p3', '生产三批'), rule('d3', '流通三批'), rule('s3', '特殊食品三批', 'U')];
    const rows = ruleRows([{ ...counts, ruleId: 'd3', active: 2, closed: 1 }, { ...counts, ruleId: 'gone', closed: 1 }], rules);
    expect(rows.map((r) => [r.ruleId, r.name, r.active, r.closed, r.level])).toEqual([
      ['p3', '生产三批', 0, 0, 'V'],
      ['d3', '流通三批', 2, 1, 'V'],
      ['s3', '特殊食品三批', 0, 0, 'U'],
      ['gone', 'gone', 0, 1, null],
    ]);
    expect(ruleRows([], rules, 'd3').map((r) => r.ruleId)).toEqual(['d3']);
  });
});

describe('small readings', () => {
  it('counts 办理中 and 待审核 as active', () => {
    expect(['open', 'reported', 'closed', 'withdrawn'].map(isActive)).toEqual([true, true, false, false]);
  });

  it('offers this Shanghai year and the four before it', () => {
    expect(yearOptions(new Date('2026-12-31T17:00:00Z'))).toEqual([2027, 2026, 2025, 2024, 2023]);
  });

  it('maps a rule’s business to its division’s slug', () => {
    expect(divisionSlug('special_food')).toBe('special-food');
    expect(divisionSlug('distribution')).toBe('distribution');
  });

  it('names each owning division once, in the rules’ order', () => {
    const units = [
      { id: 'u-p', slug: 'production', name: '食品生产安全监督管理处', shortName: '生产处' },
      { id: 'u-s', slug: 'special-food', name: '特殊食品安全监督管理处', shortName: null },
    ];
    const rules = [{ ownerBusiness: 'production' }, { ownerBusiness: 'production' }, { ownerBusiness: 'special_food' }, { ownerBusiness: 'unknown' }];
    expect(ownerDivisions(rules, units)).toEqual([
      { business: 'production', unitId: 'u-p', name: '生产处' },
      { business: 'special_food', unitId: 'u-s', name: '特殊食品安全监督管理处' },
    ]);
  });

  it('shows a picked rule in every status, dropping the status and flags left from before', () => {
    const before = escalationFilters.parse(new URLSearchParams('status=reported&overdue=true&belowThreshold=true&year=2026'));
    const after = { ...before, ...pickRuleFilters('distribution.threeBatches') };
    expect(listQuery(after)).toMatchObject({ ruleId: 'distribution.threeBatches', year: 2026, status: undefined, overdue: undefined, belowThreshold: undefined });
  });
});
