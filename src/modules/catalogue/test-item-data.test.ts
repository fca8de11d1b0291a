import { describe, expect, it } from 'vitest';
import { planLimit } from '../../domain/sampling/sampling-plan.js';
import { normaliseItemName } from './match.js';
import { catalogueRows } from './seed-catalogue.js';
import { isToVerify, testItemData } from './test-item-data.js';

const KINDS = ['pesticide', 'veterinary_drug', 'contaminant', 'additive', 'microbe', 'quality', 'other'];
const MICROBES = ['菌落总数', '大肠菌群', '霉菌', '沙门氏菌', '金黄色葡萄球菌', '单核细胞增生李斯特氏菌', '致泻大肠埃希氏菌', '铜绿假单胞菌', '商业无菌'];

describe('test item data', () => {
  it('holds at least 40 items with unique names, and no alias shared by two items', () => {
    expect(testItemData.length).toBeGreaterThanOrEqual(40);
    const owner = new Map<string, string>();
    for (const item of testItemData) {
      for (const name of [item.name, ...item.aliases]) {
        const key = normaliseItemName(name);
        expect(owner.get(key) ?? item.name, `${name} is claimed by two items`).toBe(item.name);
        owner.set(key, item.name);
      }
    }
  });

  it('gives every item a known kind, and flags exactly the microbiological ones', () => {
    for (const item of testItemData) {
      expect(KINDS).toContain(item.kind);
      expect(item.microbiological, item.name).toBe(item.kind === 'microbe');
    }
    for (const name of MICROBES) expect(testItemData.find((i) => i.name === name)?.microbiological, name).toBe(true);
    for (const name of ['毒死蜱', '铅(以Pb计)', '苯甲酸及其钠盐(以苯甲酸计)', '酸价(以脂肪计)(KOH)']) {
      expect(testItemData.find((i) => i.name === name)?.microbiological, name).toBe(false);
    }
  });

  it('references an existing category from every limit (null only for an every-food rule)', () => {
    const { limits, testItems } = catalogueRows(); // throws on an unknown or ambiguous category
    expect(limits.length).toBe(testItemData.reduce((n, i) => n + i.limits.length, 0));
    expect(new Set(limits.map((l) => l.id)).size).toBe(limits.length);
    const global = limits.filter((l) => l.categoryId === null).map((l) => testItems.find((t) => t.id === l.testItemId)!.name);
    expect(global).toEqual(['防腐剂混合使用时各自用量占其最大使用量的比例之和']);
  });

  it('writes values as decimals, and not_detected without one', () => {
    for (const item of testItemData) {
      for (const limit of item.limits) {
        const label = `${item.name} / ${limit.category}`;
        if (limit.limitType === 'not_detected') expect(limit.limitValue, label).toBeNull();
        else expect(limit.limitValue, label).toMatch(/^\d+(\.\d+)?$/);
        expect(limit.standard, label).toMatch(/\S/);
      }
    }
  });

  it('keeps microbiological plans as data, with the limit value the plan stores (M, m, or none for 不得检出)', () => {
    const planned = testItemData.flatMap((item) => item.limits.filter((l) => l.samplingPlan).map((l) => ({ item, limit: l })));
    expect(planned.length).toBeGreaterThanOrEqual(30);
    for (const { item, limit } of planned) {
      const label = `${item.name} / ${limit.category}`;
      expect(item.microbiological, label).toBe(true);
      const stored = planLimit(limit.samplingPlan!);
      expect(limit.limitType, label).toBe(stored.limitType);
      expect(limit.limitValue === null ? null : Number(limit.limitValue), label).toBe(stored.limitValue);
      // The plan is data now, not words in the note.
      expect(limit.note ?? '', label).not.toMatch(/n=\d/);
    }
    const total = testItemData.find((i) => i.name === '菌落总数')!.limits.find((l) => l.category === '糕点')!;
    expect(total.samplingPlan).toEqual({ n: 5, c: 2, m: 10000, M: 100000 });
  });

  it('gives a unit to every item except the unitless ones (商业无菌, a ratio)', () => {
    expect(testItemData.filter((i) => i.unit === null).map((i) => i.name)).toEqual([
      '防腐剂混合使用时各自用量占其最大使用量的比例之和',
      '商业无菌',
    ]);
  });

  it('marks uncertain values 待核实 and keeps the well-known ones plain', () => {
    const limitOf = (name: string, category: string, kw?: string) =>
      testItemData.find((i) => i.name === name)!.limits.find((l) => l.category === category && l.foodKeyword === kw)!;
    expect(limitOf('毒死蜱', '蔬菜', '芹菜')).toMatchObject({ limitValue: '0.05', standard: 'GB 2763-2021' });
    expect(isToVerify(limitOf('毒死蜱', '蔬菜', '芹菜').note)).toBe(false);
    expect(isToVerify(limitOf('毒死蜱', '蔬菜', '韭菜').note)).toBe(true);
    expect(limitOf('极性组分', '煎炸过程用油')).toMatchObject({ limitType: 'max', limitValue: '27' });
    expect(limitOf('氰化物(以HCN计)', '白酒')).toMatchObject({ limitValue: '8.0', standard: 'GB 2757-2012' });
  });
});
