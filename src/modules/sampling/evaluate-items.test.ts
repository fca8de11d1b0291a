import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../catalogue/match.js';
import { catalogueRows } from '../catalogue/seed-catalogue.js';
import { evaluateItems, type ItemInput } from './evaluate-items.js';
import { sampleCatalogueOf } from './load-sample-catalogue.js';

const rows = catalogueRows();
const catalogue = sampleCatalogueOf(buildCatalogue(rows.categories, rows.testItems, rows.limits));

/** Evaluates one item for a food, judged against the seed catalogue. */
function evaluate(foodName: string, item: ItemInput, samplingType: 'supervisory' | 'risk_monitoring' = 'supervisory') {
  const category = catalogue.findCategory(foodName);
  if (!category) throw new Error(`no category for ${foodName}`);
  return evaluateItems([item], { samplingType, categoryId: category.id, foodName }, catalogue);
}

describe('evaluateItems: units', () => {
  it('reads 0.54mg/100cm² on tableware and judges it against the catalogue limit (issue 9 A2)', () => {
    const result = evaluate('复用餐饮具', { itemName: '游离性余氯', resultText: '0.54mg/100cm²' });
    expect(result.errors).toEqual([]);
    expect(result.items[0]).toMatchObject({ resultText: '0.54', resultValue: '0.54', unit: 'mg/100cm²', limitText: '≤0.03', judgement: 'unqualified' });
    expect(evaluate('复用餐饮具', { itemName: '游离性余氯', resultText: '0.02', unit: 'mg/dm²' }).items[0].judgement).toBe('qualified');
  });

  it('converts μg/kg and g/kg to the limit unit before judging', () => {
    const lead = (resultText: string) => evaluate('小麦粉', { itemName: '铅', resultText });
    // Stored in the result's unit throughout: value, unit and the catalogue limit (0.2 mg/kg = 200 μg/kg).
    expect(lead('250μg/kg').items[0]).toMatchObject({ judgement: 'unqualified', resultText: '250', resultValue: '250', unit: 'μg/kg', limitText: '≤200', limitValue: '200' });
    expect(lead('200ug/kg').items[0].judgement).toBe('qualified');
    expect(evaluate('小麦粉', { itemName: '铅', resultText: '150', unit: 'ug/kg' }).items[0]).toMatchObject({ unit: 'μg/kg', limitText: '≤200', judgement: 'qualified' });
    expect(lead('0.0002g/kg').items[0].judgement).toBe('qualified');
    expect(lead('0.00021g/kg').items[0].judgement).toBe('unqualified');
  });

  it('names both units when a result cannot be converted to the limit unit', () => {
    expect(evaluate('小麦粉', { itemName: '铅', resultText: '0.1mg/L' }).errors).toEqual([
      { index: 0, field: 'resultText', message: '检验结果的单位“mg/L”与限量的单位“mg/kg”不同，无法换算，请核对单位' },
    ]);
  });

  it('says when the unit in the result is not the unit given beside it', () => {
    expect(evaluate('小麦粉', { itemName: '铅', resultText: '0.1mg/kg', unit: 'g/kg' }).errors).toEqual([
      { index: 0, field: 'unit', message: '检验结果中的单位“mg/kg”与所填单位“g/kg”不一致' },
    ]);
  });
});

describe('evaluateItems: sampling plans (GB 4789.1-2016 §3.2, GB 29921-2021)', () => {
  // 菌落总数 in 糕点: n=5, c=2, m=10⁴, M=10⁵ CFU/g (GB 7099-2015).
  const total = (resultText: string, limitText?: string) => evaluate('月饼', { itemName: '菌落总数', resultText, unit: 'CFU/g', limitText });

  it('keeps a unit inside a list where it is written, and takes one at the end out', () => {
    expect(total('120CFU/g,80CFU/g,30CFU/g,10CFU/g,5CFU/g').items[0].resultText).toBe('120CFU/g,80CFU/g,30CFU/g,10CFU/g,5CFU/g');
    expect(total('5.0×10⁴,2.0×10⁴,1.0×10⁴,5000,800CFU/g').items[0]).toMatchObject({ resultText: '5.0×10⁴,2.0×10⁴,1.0×10⁴,5000,800', unit: 'CFU/g' });
  });

  it('judges the catalogue plan over the five results and stores them with the plan', () => {
    const result = total('5.0×10⁴,2.0×10⁴,1.0×10⁴,5000,800');
    expect(result.errors).toEqual([]);
    expect(result.items[0]).toMatchObject({
      judgement: 'qualified',
      subResults: ['5.0×10⁴', '2.0×10⁴', '1.0×10⁴', '5000', '800'],
      resultValue: '50000',
      samplingPlan: { n: 5, c: 2, m: 10000, M: 100000 },
      limitText: 'n=5, c=2, m=10000, M=100000',
      limitType: 'max',
      limitValue: '100000',
    });
    expect(result.conclusion).toBe('qualified');
  });

  it('fails three results above m, and one above M', () => {
    expect(total('5.0×10⁴,2.0×10⁴,1.1×10⁴,5000,800').items[0].judgement).toBe('unqualified');
    expect(total('1.1×10⁵,800,800,800,800').conclusion).toBe('unqualified');
  });

  it('no longer passes a batch on M alone: one value below M with three units above m fails', () => {
    const result = total('9.0×10⁴,9.0×10⁴,9.0×10⁴,10,10');
    expect(result.items[0].judgement).toBe('unqualified');
  });

  it('refuses fewer than n results that do not decide the batch', () => {
    expect(total('5000,800').errors).toEqual([
      { index: 0, field: 'resultText', message: '采样方案 n=5，应有 5 个检验结果，只有 2 个（多个结果用逗号分隔）' },
    ]);
  });

  it('judges by the plan published with the result in preference to the catalogue', () => {
    const result = total('120,80,30,10,5', 'n=5,c=2,m=10,M=100');
    expect(result.items[0]).toMatchObject({ judgement: 'unqualified', samplingPlan: { n: 5, c: 2, m: 10, M: 100 }, limitText: 'n=5,c=2,m=10,M=100' });
    expect(total('100,80,10,10,5', 'n=5,c=2,m=10,M=100').items[0].judgement).toBe('qualified');
  });

  it('reports a published plan written wrongly', () => {
    expect(total('120,80,30,10,5', 'n=5,c=2,m=100,M=10').errors).toEqual([
      { index: 0, field: 'limitText', message: '采样方案“n=5,c=2,m=100,M=10”中 m 不能大于 M（应写作 n=5,c=2,m=100,M=1000）' },
    ]);
  });

  it('fails a detected pathogen of a two-class plan, and passes one 未检出 for all units', () => {
    const salmonella = (resultText: string) => evaluate('月饼', { itemName: '沙门氏菌', resultText });
    expect(salmonella('检出/25g').items[0]).toMatchObject({ judgement: 'unqualified', unit: '/25g', samplingPlan: { n: 5, c: 0, m: 0, M: null } });
    expect(salmonella('未检出').items[0].judgement).toBe('qualified');
    expect(salmonella('未检出,未检出,未检出,未检出,检出').items[0].judgement).toBe('unqualified');
  });

  it('calls a failed plan in risk monitoring 问题', () => {
    expect(evaluate('月饼', { itemName: '菌落总数', resultText: '2.0×10⁵,10,10,10,10' }, 'risk_monitoring').items[0].judgement).toBe('issue');
  });
});
