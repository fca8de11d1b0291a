import { describe, expect, it } from 'vitest';
import type { Category } from '../../api/catalogue';
import type { ItemLimit } from './catalogue-api';
import { formatLimit, limitsFor, noteWithVerification, relatedCategoryIds } from './limits';

const c = (id: string, parentId: string | null): Category => ({ id, parentId, level: 1, name: id, rootId: 'veg', sortOrder: 0, active: true, version: 1 });
const categories = [c('veg', null), c('bulb', 'veg'), c('leek', 'bulb'), c('leafy', 'veg'), c('milk', null)];
const limit = (id: string, categoryId: string | null): ItemLimit => ({
  id,
  testItemId: 't',
  categoryId,
  categoryName: categoryId,
  foodKeyword: null,
  standard: 'GB 2763-2021',
  limitType: 'max',
  limitValue: '0.02',
  unit: 'mg/kg',
  samplingPlan: null,
  note: null,
  unverified: false,
  version: 1,
});

describe('limits', () => {
  it('read as sign, value and unit, or 不得检出', () => {
    expect(formatLimit({ limitType: 'max', limitValue: '0.02', unit: 'mg/kg' }, '不得检出')).toBe('≤ 0.02 mg/kg');
    expect(formatLimit({ limitType: 'min', limitValue: '3.0', unit: null }, '不得检出')).toBe('≥ 3.0');
    expect(formatLimit({ limitType: 'not_detected', limitValue: null, unit: 'mg/kg' }, '不得检出')).toBe('不得检出');
  });

  it('read as their sampling plan when they have one', () => {
    const plan = { n: 5, c: 2, m: 10000, M: 100000 };
    expect(formatLimit({ limitType: 'max', limitValue: '100000', unit: 'CFU/g', samplingPlan: plan }, '不得检出')).toBe('n=5, c=2, m=10000, M=100000 CFU/g');
    const pathogen = { n: 5, c: 0, m: 0, M: null };
    expect(formatLimit({ limitType: 'not_detected', limitValue: null, unit: '/25g', samplingPlan: pathogen }, '不得检出')).toBe('n=5, c=0, m=0 /25g');
  });

  it('for a chosen category are those of its ancestors, itself, its descendants and all foods', () => {
    const related = relatedCategoryIds(categories, 'bulb');
    expect([...related].sort()).toEqual(['bulb', 'leek', 'veg']);
    const all = [limit('1', 'veg'), limit('2', 'leek'), limit('3', 'leafy'), limit('4', null), limit('5', 'milk')];
    expect(limitsFor(all, related).map((l) => l.id)).toEqual(['1', '2', '4']);
    expect(limitsFor(all, null)).toHaveLength(5);
  });
});

describe('the 待核实 mark in a note', () => {
  it('is removed to confirm a value, keeping the rest of the note', () => {
    expect(noteWithVerification('待核实：GB 2763 表A.1', false)).toBe('GB 2763 表A.1');
    expect(noteWithVerification('待核实', false)).toBeNull();
    expect(noteWithVerification('按干重计；待核实', false)).toBe('按干重计');
  });

  it('is added once to mark a value as unverified', () => {
    expect(noteWithVerification('按干重计', true)).toBe('待核实：按干重计');
    expect(noteWithVerification('', true)).toBe('待核实');
    expect(noteWithVerification('待核实（2025版）', true)).toBe('待核实（2025版）');
  });
});
