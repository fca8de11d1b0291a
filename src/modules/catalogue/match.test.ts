import { describe, expect, it } from 'vitest';
import { buildCatalogue, categoryChain, findCategory, findLimit, findTestItem, normaliseItemName } from './match.js';
import { catalogueRows } from './seed-catalogue.js';

const rows = catalogueRows();
const catalogue = buildCatalogue(rows.categories, rows.testItems, rows.limits);
const pathOf = (id: string | undefined) =>
  categoryChain(catalogue, id)
    .map((c) => c.name)
    .reverse()
    .join('/');
const category = (text: string) => pathOf(findCategory(catalogue, text)?.id);
const itemId = (name: string) => findTestItem(catalogue, name)!.id;
const limit = (item: string, categoryText: string | null, foodName: string) =>
  findLimit(catalogue, itemId(item), categoryText ? findCategory(catalogue, categoryText)!.id : null, foodName);

describe('normaliseItemName', () => {
  it('folds full-width characters and brackets, drops spaces', () => {
    expect(normaliseItemName('铅（以Pb计）')).toBe(normaliseItemName('铅(以Pb计)'));
    expect(normaliseItemName(' 酸价（以脂肪计）（ＫＯＨ） ')).toBe(normaliseItemName('酸价(以脂肪计)(KOH)'));
    expect(normaliseItemName('苯甲酸及其钠盐 (以苯甲酸计)')).toBe('苯甲酸及其钠盐(以苯甲酸计)');
    expect(normaliseItemName('二氧化硫残留量（以SO₂计）')).toBe('二氧化硫残留量(以so2计)');
  });
});

describe('findTestItem', () => {
  it('finds items by name, alias and publisher spellings', () => {
    expect(findTestItem(catalogue, '铅（以Pb计）')?.name).toBe('铅(以Pb计)');
    expect(findTestItem(catalogue, '铅')?.name).toBe('铅(以Pb计)');
    expect(findTestItem(catalogue, '苯甲酸及其钠盐（以苯甲酸计）')?.name).toBe('苯甲酸及其钠盐(以苯甲酸计)');
    expect(findTestItem(catalogue, '二氧化硫残留量')?.name).toBe('二氧化硫残留量');
    expect(findTestItem(catalogue, '酸价（以脂肪计）（KOH）')?.name).toBe('酸价(以脂肪计)(KOH)');
    expect(findTestItem(catalogue, '恩诺沙星（以恩诺沙星与环丙沙星之和计）')?.name).toBe('恩诺沙星');
    expect(findTestItem(catalogue, '镉(以 Cd 计)')?.name).toBe('镉(以Cd计)');
    expect(findTestItem(catalogue, '不存在的项目')).toBeNull();
  });
});

describe('findCategory', () => {
  it('finds exact names, preferring the deepest', () => {
    expect(category('普通白菜')).toBe('食用农产品/蔬菜/叶菜类蔬菜/普通白菜');
    expect(category('芹菜')).toBe('食用农产品/蔬菜/叶菜类蔬菜/芹菜');
    expect(category('蔬菜')).toBe('食用农产品/蔬菜');
    expect(category('食用农产品')).toBe('食用农产品');
    expect(category('复用餐饮具')).toBe('餐饮食品/餐饮具/复用餐饮具');
  });

  it('falls back to the longest containing or contained name', () => {
    expect(category('火锅底料')).toBe('调味品/复合调味料/半固体复合调味料/火锅底料、麻辣烫底料');
    expect(category('鲜猪肉')).toBe('食用农产品/畜禽肉及副产品/畜肉/猪肉');
    expect(category('土鸡蛋')).toBe('食用农产品/鲜蛋/鸡蛋');
    expect(category('香辣牛肉干')).toBe('肉制品/熟肉制品/熟肉干制品/肉干');
    expect(category('小榨菜籽油')).toBe('食用油、油脂及其制品/食用植物油/菜籽油');
    expect(category('浓香型白酒')).toBe('酒类/白酒');
    expect(category('生姜')).toBe('食用农产品/蔬菜/根茎类和薯芋类蔬菜/姜');
  });

  it('matches a one-character name only at the end, and gives up on unknown text', () => {
    expect(category('大葱')).toBe('食用农产品/蔬菜/鳞茎类蔬菜/葱');
    expect(findCategory(catalogue, '葱油饼')).toBeNull();
    expect(findCategory(catalogue, '')).toBeNull();
    expect(findCategory(catalogue, 'xyz')).toBeNull();
  });
});

describe('findLimit', () => {
  it('takes the limit of the food under a broader category (毒死蜱 in 芹菜)', () => {
    expect(limit('毒死蜱', '芹菜', '芹菜')).toMatchObject({ limitType: 'max', limitValue: '0.05', standard: 'GB 2763-2021' });
    expect(limit('毒死蜱', '普通白菜', '普通白菜')).toBeNull();
  });

  it('applies a keyword limit by food name or by the category below it (腐霉利 in 韭菜)', () => {
    expect(limit('腐霉利', '韭菜', '韭菜')).toMatchObject({ foodKeyword: '韭菜', limitValue: '0.2' });
    expect(limit('腐霉利', '蔬菜', '散装韭菜')).toMatchObject({ foodKeyword: '韭菜', limitValue: '0.2' });
    expect(limit('腐霉利', '芹菜', '芹菜')).toBeNull();
  });

  it('walks up to the nearest category (铅 in 猪肝 vs 猪肉; 镉 in 猪肝 by keyword)', () => {
    expect(limit('铅(以Pb计)', '猪肝', '猪肝')).toMatchObject({ limitValue: '0.5', standard: 'GB 2762-2022' });
    expect(limit('铅(以Pb计)', '猪肉', '猪肉')).toMatchObject({ limitValue: '0.2' });
    expect(limit('铅(以Pb计)', '芹菜', '芹菜')).toMatchObject({ limitValue: '0.3' });
    expect(limit('铅(以Pb计)', '番茄', '番茄')).toMatchObject({ limitValue: '0.1' });
    expect(limit('镉(以Cd计)', '猪肝', '猪肝')).toMatchObject({ limitValue: '0.5', foodKeyword: '肝' });
    expect(limit('镉(以Cd计)', '猪肉', '猪肉')).toMatchObject({ limitValue: '0.1' });
  });

  it('gives not_detected for 大肠菌群 on 复用餐饮具 and every kind below it', () => {
    expect(limit('大肠菌群', '复用餐饮具', '碗')).toMatchObject({ limitType: 'not_detected', limitValue: null, standard: 'GB 14934-2016' });
    expect(limit('大肠菌群', '集中消毒餐饮具', '盘')).toMatchObject({ limitType: 'not_detected' });
  });

  it('tells the egg ban from the meat limit (恩诺沙星)', () => {
    expect(limit('恩诺沙星', '鸡蛋', '鸡蛋')).toMatchObject({ limitType: 'not_detected' });
    expect(limit('恩诺沙星', '鸡肉', '鸡肉')).toMatchObject({ limitType: 'max', limitValue: '100', unit: 'μg/kg' });
  });

  it('uses the every-food rule last, and nothing when the category is unknown', () => {
    expect(limit('防腐剂混合使用时各自用量占其最大使用量的比例之和', '面包', '面包')).toMatchObject({ limitValue: '1' });
    expect(limit('防腐剂混合使用时各自用量占其最大使用量的比例之和', null, '面包')).toMatchObject({ limitValue: '1' });
    expect(limit('铅(以Pb计)', null, '猪肝')).toBeNull();
  });
});
