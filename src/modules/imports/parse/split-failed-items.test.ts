import { describe, expect, it } from 'vitest';
import { splitFailedItems } from './split-failed-items.js';

const item = (itemName: string, resultText: string, limitText: string | null, unit: string | null) => ({
  itemName, resultText, limitText, unit, standard: null, judgementText: null,
});

describe('splitFailedItems', () => {
  it('splits 项目║结果║标准值 and moves the unit out of the numbers', () => {
    expect(splitFailedItems('毒死蜱║0.12mg/kg║≤0.02mg/kg')).toEqual({ items: [item('毒死蜱', '0.12', '≤0.02', 'mg/kg')], errors: [] });
  });

  it('keeps scientific notation whole', () => {
    expect(splitFailedItems('菌落总数║4.3×10⁴CFU/g║≤10⁴CFU/g').items).toEqual([item('菌落总数', '4.3×10⁴', '≤10⁴', 'CFU/g')]);
  });

  it('reads one item per line with mixed separators and list numbering', () => {
    const cell = '1.腐霉利║1.3mg/kg║≤0.2mg/kg\r\n2.克百威‖0.061mg/kg‖≤0.02mg/kg\n3、恩诺沙星||326μg/kg||≤100μg/kg\n(4)镉(以Cd计)|0.32|≤0.2';
    expect(splitFailedItems(cell).items).toEqual([
      item('腐霉利', '1.3', '≤0.2', 'mg/kg'),
      item('克百威', '0.061', '≤0.02', 'mg/kg'),
      item('恩诺沙星', '326', '≤100', 'μg/kg'),
      item('镉(以Cd计)', '0.32', '≤0.2', null),
    ]);
  });

  it('splits items separated by ；and reads full-width digits and bars', () => {
    const cell = '酸价(KOH)║4.2mg/g║≤3mg/g；过氧化值｜０．３６ｇ／１００ｇ｜≤０．２５ｇ／１００ｇ';
    expect(splitFailedItems(cell).items).toEqual([item('酸价(KOH)', '4.2', '≤3', 'mg/g'), item('过氧化值', '0.36', '≤0.25', 'g/100g')]);
  });

  it('keeps a microbiological sampling plan together', () => {
    const { items } = splitFailedItems('菌落总数║1.2×10⁵,3.4×10⁴,2.0×10⁴,5.5×10³,8.0×10³CFU/g║n=5,c=2,m=10⁴,M=10⁵CFU/g');
    expect(items).toEqual([item('菌落总数', '1.2×10⁵,3.4×10⁴,2.0×10⁴,5.5×10³,8.0×10³', 'n=5,c=2,m=10⁴,M=10⁵', 'CFU/g')]);
  });

  it('tolerates a missing limit or result', () => {
    expect(splitFailedItems('毒死蜱║0.12mg/kg').items).toEqual([item('毒死蜱', '0.12', null, 'mg/kg')]);
    expect(splitFailedItems('沙门氏菌').items).toEqual([item('沙门氏菌', '', null, null)]);
    expect(splitFailedItems('沙门氏菌║检出/25g║不得检出/25g').items).toEqual([item('沙门氏菌', '检出', '不得检出', '/25g')]);
  });

  it('keeps the limit whole when its unit differs from the result unit', () => {
    expect(splitFailedItems('恩诺沙星║0.326mg/kg║≤100μg/kg').items).toEqual([item('恩诺沙星', '0.326', '≤100μg/kg', 'mg/kg')]);
  });

  it('reads items typed with spaces instead of bars', () => {
    expect(splitFailedItems('毒死蜱 0.12mg/kg ≤0.02mg/kg').items).toEqual([item('毒死蜱', '0.12', '≤0.02', 'mg/kg')]);
  });

  it('reports lines it cannot split, and keeps the readable ones', () => {
    const { items, errors } = splitFailedItems('毒死蜱0.12mg/kg≤0.02mg/kg\n║0.5║≤0.1\n克百威║0.05mg/kg║≤0.02mg/kg');
    expect(items).toEqual([item('克百威', '0.05', '≤0.02', 'mg/kg')]);
    expect(errors).toEqual([
      '无法拆分不合格项目：毒死蜱0.12mg/kg≤0.02mg/kg（应为“项目║检验结果║标准值”）',
      '无法拆分不合格项目：║0.5║≤0.1（应为“项目║检验结果║标准值”）',
    ]);
  });

  it('returns nothing for an empty cell', () => {
    expect(splitFailedItems(' \n ')).toEqual({ items: [], errors: [] });
  });
});
