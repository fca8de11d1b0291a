/**
 * 检验项目 and their limits: the seed of the editable standards catalogue — the items that fail
 * most often in Chinese sampling announcements.
 *
 * Values follow the cited standards in their 2021–2023 editions (GB 2763-2021, GB 2762-2022,
 * GB 2761-2017, GB 2760-2014, GB 31650-2019, GB 29921-2021 and the product standards) and were
 * written from knowledge of those texts, not copied from them. They MUST be verified against the
 * current texts before being relied on for a legal judgement; note that GB 2760-2024 replaced
 * GB 2760-2014 from 2025-02-08 and changed several additive permissions. Every value the author
 * was not sure of carries a note beginning with 待核实 (the UI shows it as to-verify).
 *
 * A limit names the lowest category it applies to (a name unique in category-data.ts, or a path
 * suffix such as "畜禽肉及副产品/畜肉"); it applies to that category and everything below it.
 * `kw` (foodKeyword) narrows a limit to foods whose name (or category) contains the keyword.
 * Microbiological limits that the standards state as sampling plans (n, c, m, M; GB 4789.1-2016
 * §3.2) carry the plan (`plan`) and are judged over the n results; the limit value is M for a
 * three-class plan and m for a two-class one (none when m = 0: 不得检出).
 */

import type { SamplingPlan } from '../../domain/sampling/sampling-plan.js';

export type TestItemKind = 'pesticide' | 'veterinary_drug' | 'contaminant' | 'additive' | 'microbe' | 'quality' | 'other';
export type LimitType = 'max' | 'min' | 'not_detected';

export interface LimitSpec {
  /** Category name or path suffix; null = every food. */
  category: string | null;
  foodKeyword?: string;
  standard: string;
  limitType: LimitType;
  /** Decimal string; null for not_detected. */
  limitValue: string | null;
  /** Defaults to the item's unit. */
  unit?: string;
  samplingPlan?: SamplingPlan;
  note?: string;
}

export interface TestItemSpec {
  name: string;
  aliases: string[];
  kind: TestItemKind;
  microbiological: boolean;
  unit: string | null;
  limits: LimitSpec[];
}

export const TO_VERIFY = '待核实';
/** True for a limit whose value or basis the seed author was not sure of. */
export const isToVerify = (note: string | null | undefined) => !!note && note.includes(TO_VERIFY);

interface Extra {
  kw?: string;
  unit?: string;
  plan?: SamplingPlan;
  note?: string;
}
const extra = ({ kw, unit, plan, note }: Extra) => ({
  ...(kw ? { foodKeyword: kw } : {}),
  ...(unit ? { unit } : {}),
  ...(plan ? { samplingPlan: plan } : {}),
  ...(note ? { note } : {}),
});
const max = (category: string | null, value: string, standard: string, e: Extra = {}): LimitSpec => ({
  category,
  standard,
  limitType: 'max',
  limitValue: value,
  ...extra(e),
});
const min = (category: string | null, value: string, standard: string, e: Extra = {}): LimitSpec => ({
  category,
  standard,
  limitType: 'min',
  limitValue: value,
  ...extra(e),
});
const nd = (category: string | null, standard: string, e: Extra = {}): LimitSpec => ({
  category,
  standard,
  limitType: 'not_detected',
  limitValue: null,
  ...extra(e),
});
function item(name: string, kind: TestItemKind, unit: string | null, aliases: string[], limits: LimitSpec[]): TestItemSpec {
  return { name, aliases, kind, microbiological: kind === 'microbe', unit, limits };
}

const V = TO_VERIFY;
const PEST = 'GB 2763-2021';
const VET = 'GB 31650-2019';
const BAN250 = '农业农村部公告第250号';
const BAN2292 = '农业部公告第2292号';
const CONT = 'GB 2762-2022';
const MYCO = 'GB 2761-2017';
const ADD = 'GB 2760-2014';
const PATHO = 'GB 29921-2021';
const BULK = 'GB 31607-2021';
const WARE = 'GB 14934-2016';
const OIL = 'GB 2716-2018';
const WATER = 'GB 19298-2014';
const SPIRIT = 'GB 2757-2012';
const BAKERY = 'GB 7099-2015';
const BISCUIT = 'GB 7100-2015';
const COOKED = 'GB 2726-2016';
const DRINK = 'GB 7101-2022';
const NUTS = 'GB 19300-2014';
const PRESERVED = 'GB 14884-2016';
const PUFFED = 'GB 17401-2014';
const NOODLE = 'GB 17400-2015';
const SPROUT = '原国家食品药品监督管理总局 农业部 国家卫生和计划生育委员会公告2015年第11号';
const NONFOOD = '整顿办函〔2011〕1号';
/** A sampling plan; without M a two-class plan (m = 0: any detection fails). */
const plan = (n: number, c: number, m: number, M: number | null = null): SamplingPlan => ({ n, c, m, M });

const pesticides: TestItemSpec[] = [
  item('毒死蜱', 'pesticide', 'mg/kg', [], [
    max('蔬菜', '0.05', PEST, { kw: '芹菜' }),
    max('蔬菜', '0.02', PEST, { kw: '韭菜', note: V }),
    max('柑、橘', '1', PEST, { note: V }),
  ]),
  item('克百威', 'pesticide', 'mg/kg', ['呋喃丹', '克百威(以克百威及3-羟基克百威之和计)'], [
    max('蔬菜', '0.02', PEST, { note: '克百威及3-羟基克百威之和' }),
    max('水果类', '0.02', PEST, { note: '克百威及3-羟基克百威之和' }),
  ]),
  item('甲拌磷', 'pesticide', 'mg/kg', [], [max('蔬菜', '0.01', PEST), max('水果类', '0.01', PEST)]),
  item('氧乐果', 'pesticide', 'mg/kg', [], [max('蔬菜', '0.02', PEST), max('水果类', '0.02', PEST)]),
  item('腐霉利', 'pesticide', 'mg/kg', [], [
    max('蔬菜', '0.2', PEST, { kw: '韭菜' }),
    max('蔬菜', '2', PEST, { kw: '黄瓜', note: V }),
    max('葡萄', '5', PEST, { note: V }),
  ]),
  item('乙酰甲胺磷', 'pesticide', 'mg/kg', [], [max('蔬菜', '1', PEST, { note: `${V}：2019 年起禁用于蔬菜，限量可能已调整` })]),
  item('啶虫脒', 'pesticide', 'mg/kg', [], [
    max('蔬菜', '3', PEST, { kw: '芹菜', note: V }),
    max('蔬菜', '0.5', PEST, { kw: '结球甘蓝', note: V }),
  ]),
  item('吡虫啉', 'pesticide', 'mg/kg', [], [max('蔬菜', '1', PEST, { kw: '黄瓜', note: V })]),
  item('阿维菌素', 'pesticide', 'mg/kg', [], [max('蔬菜', '0.05', PEST, { kw: '豇豆', note: V })]),
  item('倍硫磷', 'pesticide', 'mg/kg', [], [max('蔬菜', '0.05', PEST), max('水果类', '0.05', PEST)]),
  item('水胺硫磷', 'pesticide', 'mg/kg', [], [max('蔬菜', '0.05', PEST, { note: V }), max('柑橘类水果', '0.02', PEST, { note: V })]),
  item('氟虫腈', 'pesticide', 'mg/kg', [], [
    max('蔬菜', '0.02', PEST, { note: '氟虫腈、氟甲腈、氟虫腈砜、氟虫腈亚砜之和' }),
    max('水果类', '0.02', PEST, { note: '氟虫腈、氟甲腈、氟虫腈砜、氟虫腈亚砜之和' }),
  ]),
  item('敌敌畏', 'pesticide', 'mg/kg', [], [max('蔬菜', '0.2', PEST, { note: V })]),
  item('噻虫胺', 'pesticide', 'mg/kg', [], [
    max('蔬菜', '0.1', PEST, { kw: '韭菜', note: V }),
    max('蔬菜', '0.04', PEST, { kw: '芹菜', note: V }),
  ]),
  item('噻虫嗪', 'pesticide', 'mg/kg', [], [max('蔬菜', '0.5', PEST, { kw: '韭菜', note: V })]),
  item('6-苄基腺嘌呤(6-BA)', 'pesticide', 'mg/kg', ['6-苄基腺嘌呤', '6-BA'], [nd('豆芽', SPROUT, { note: '豆芽生产中禁止使用' })]),
  item('4-氯苯氧乙酸钠(以4-氯苯氧乙酸计)', 'pesticide', 'mg/kg', ['4-氯苯氧乙酸钠', '4-氯苯氧乙酸'], [
    nd('豆芽', SPROUT, { note: '豆芽生产中禁止使用' }),
  ]),
  item('甲胺磷', 'pesticide', 'mg/kg', [], [max('蔬菜', '0.05', PEST), max('水果类', '0.05', PEST)]),
  item('乐果', 'pesticide', 'mg/kg', [], [max('蔬菜', '0.01', PEST, { note: V })]),
  item('甲基异柳磷', 'pesticide', 'mg/kg', [], [max('蔬菜', '0.01', PEST, { note: V })]),
  item('灭蝇胺', 'pesticide', 'mg/kg', [], [max('豇豆', '0.5', PEST, { note: V })]),
  item('联苯菊酯', 'pesticide', 'mg/kg', [], [max('茶叶', '5', PEST)]),
  item('多菌灵', 'pesticide', 'mg/kg', [], [max('柑、橘', '5', PEST, { note: V })]),
];

const eggBan = '产蛋期禁用';
const veterinaryDrugs: TestItemSpec[] = [
  item('恩诺沙星', 'veterinary_drug', 'μg/kg', ['恩诺沙星(以恩诺沙星与环丙沙星之和计)', '恩诺沙星（以恩诺沙星和环丙沙星之和计）'], [
    max('畜肉', '100', VET, { note: '肌肉；以恩诺沙星与环丙沙星之和计' }),
    max('禽肉', '100', VET, { note: '肌肉；以恩诺沙星与环丙沙星之和计' }),
    max('猪肝', '200', VET),
    max('牛肝', '300', VET),
    max('羊肝', '300', VET),
    max('鸡肝', '200', VET),
    max('水产品', '100', VET, { note: '鱼：皮+肉；其他动物：肌肉' }),
    nd('鲜蛋', VET, { note: eggBan }),
  ]),
  item('氧氟沙星', 'veterinary_drug', 'μg/kg', [], [
    nd('畜禽肉及副产品', BAN2292, { note: `${V}：依据文号（食品动物禁用）` }),
    nd('水产品', BAN2292, { note: `${V}：依据文号（食品动物禁用）` }),
    nd('鲜蛋', BAN2292, { note: `${V}：依据文号（食品动物禁用）` }),
  ]),
  item('诺氟沙星', 'veterinary_drug', 'μg/kg', [], [
    nd('畜禽肉及副产品', BAN2292, { note: `${V}：依据文号（食品动物禁用）` }),
    nd('水产品', BAN2292, { note: `${V}：依据文号（食品动物禁用）` }),
    nd('鲜蛋', BAN2292, { note: `${V}：依据文号（食品动物禁用）` }),
  ]),
  item('孔雀石绿', 'veterinary_drug', 'μg/kg', ['孔雀石绿(以孔雀石绿和隐色孔雀石绿之和计)'], [
    nd('水产品', BAN250, { note: '孔雀石绿与隐色孔雀石绿之和' }),
  ]),
  item('呋喃唑酮代谢物', 'veterinary_drug', 'μg/kg', ['呋喃唑酮代谢物(AOZ)', 'AOZ'], [
    nd('畜禽肉及副产品', BAN250),
    nd('水产品', BAN250),
    nd('鲜蛋', BAN250),
  ]),
  item('呋喃西林代谢物', 'veterinary_drug', 'μg/kg', ['呋喃西林代谢物(SEM)', 'SEM'], [
    nd('畜禽肉及副产品', BAN250),
    nd('水产品', BAN250),
    nd('鲜蛋', BAN250),
  ]),
  item('氯霉素', 'veterinary_drug', 'μg/kg', [], [
    nd('畜禽肉及副产品', BAN250),
    nd('水产品', BAN250),
    nd('鲜蛋', BAN250),
    nd('蜂蜜', BAN250),
  ]),
  item('磺胺类(总量)', 'veterinary_drug', 'μg/kg', ['磺胺类（总量）', '磺胺类药物(总量)', '磺胺类'], [
    max('畜禽肉及副产品', '100', VET),
    max('水产品', '100', VET),
    nd('鲜蛋', VET, { note: eggBan }),
  ]),
  item('地西泮', 'veterinary_drug', 'μg/kg', ['地西泮(安定)', '安定'], [
    nd('水产品', VET, { note: '允许治疗用，但不得在动物性食品中检出' }),
    nd('畜禽肉及副产品', VET, { note: '允许治疗用，但不得在动物性食品中检出' }),
  ]),
  item('五氯酚酸钠(以五氯酚计)', 'veterinary_drug', 'μg/kg', ['五氯酚酸钠', '五氯酚酸钠（以五氯酚计）'], [
    nd('水产品', BAN250),
    nd('畜禽肉及副产品', BAN250),
  ]),
  item('甲硝唑', 'veterinary_drug', 'μg/kg', [], [
    nd('畜禽肉及副产品', VET, { note: '允许治疗用，但不得在动物性食品中检出' }),
    nd('水产品', VET, { note: '允许治疗用，但不得在动物性食品中检出' }),
    nd('鲜蛋', VET, { note: '允许治疗用，但不得在动物性食品中检出' }),
  ]),
  item('克伦特罗', 'veterinary_drug', 'μg/kg', ['盐酸克伦特罗', '瘦肉精'], [nd('畜禽肉及副产品', BAN250, { note: 'β-兴奋剂类' })]),
  item('莱克多巴胺', 'veterinary_drug', 'μg/kg', [], [nd('畜禽肉及副产品', BAN250, { note: 'β-兴奋剂类' })]),
  item('沙丁胺醇', 'veterinary_drug', 'μg/kg', [], [nd('畜禽肉及副产品', BAN250, { note: 'β-兴奋剂类' })]),
  item('氟苯尼考', 'veterinary_drug', 'μg/kg', ['氟苯尼考(以氟苯尼考与氟苯尼考胺之和计)'], [
    max('猪肉', '300', VET, { note: '肌肉' }),
    max('牛肉', '200', VET, { note: '肌肉' }),
    max('羊肉', '200', VET, { note: '肌肉' }),
    max('禽肉', '100', VET, { note: '肌肉' }),
    max('淡水鱼', '1000', VET, { note: '皮+肉' }),
    max('海水鱼', '1000', VET, { note: '皮+肉' }),
    nd('鲜蛋', VET, { note: eggBan }),
  ]),
  item('多西环素', 'veterinary_drug', 'μg/kg', ['强力霉素'], [
    max('畜肉', '100', VET, { note: '肌肉' }),
    max('禽肉', '100', VET, { note: '肌肉' }),
    max('淡水鱼', '100', VET, { note: `${V}：皮+肉` }),
    nd('鲜蛋', VET, { note: eggBan }),
  ]),
  item('土霉素/金霉素/四环素(组合含量)', 'veterinary_drug', 'μg/kg', ['土霉素/四环素/金霉素(组合含量)', '四环素类(组合含量)'], [
    max('畜肉', '200', VET, { note: '肌肉；单个或组合' }),
    max('禽肉', '200', VET, { note: '肌肉；单个或组合' }),
    max('畜禽肉及副产品', '600', VET, { kw: '肝', note: '肝；单个或组合' }),
    max('鲜蛋', '400', VET, { note: '单个或组合' }),
    max('水产品', '200', VET, { note: '单个或组合' }),
  ]),
  item('甲氧苄啶', 'veterinary_drug', 'μg/kg', [], [
    max('畜肉', '50', VET),
    max('禽肉', '50', VET),
    max('淡水鱼', '50', VET),
    nd('鲜蛋', VET, { note: `${V}：${eggBan}` }),
  ]),
  item('金刚烷胺', 'veterinary_drug', 'μg/kg', [], [nd('禽肉', '农业部公告第560号', { note: `${V}：依据文号（禁用于食品动物）` })]),
];

const contaminants: TestItemSpec[] = [
  item('铅(以Pb计)', 'contaminant', 'mg/kg', ['铅', '铅（以Pb计）', '铅(Pb)'], [
    max('粮食加工品', '0.2', CONT, { note: '谷物及其制品（麦片、面筋、带馅面米制品等除外）' }),
    max('食用油、油脂及其制品', '0.1', CONT),
    max('调味品', '1.0', CONT),
    max('香辛料类', '3.0', CONT, { note: V }),
    max('蔬菜', '0.1', CONT),
    max('叶菜类蔬菜', '0.3', CONT),
    max('芸薹属类蔬菜', '0.3', CONT),
    max('豆类蔬菜', '0.2', CONT),
    max('马铃薯', '0.2', CONT, { note: '薯类' }),
    max('水果类', '0.1', CONT),
    max('浆果和其他小型水果', '0.2', CONT),
    max('畜禽肉及副产品', '0.2', CONT, { note: '肉类（畜禽内脏除外）' }),
    max('畜副产品', '0.5', CONT, { note: '畜禽内脏' }),
    max('禽副产品', '0.5', CONT, { note: '畜禽内脏' }),
    max('淡水鱼', '0.5', CONT),
    max('海水鱼', '0.5', CONT),
    max('淡水虾', '0.5', CONT, { note: '甲壳类' }),
    max('海水虾', '0.5', CONT, { note: '甲壳类' }),
    max('贝类', '1.5', CONT, { note: `${V}：双壳类` }),
    max('鲜蛋', '0.2', CONT),
    max('食用农产品/豆类', '0.2', CONT),
    max('生干坚果与籽类', '0.2', CONT),
    max('茶叶', '5.0', CONT),
    max('白酒', '0.5', CONT, { note: V }),
    max('黄酒', '0.5', CONT, { note: V }),
    max('糕点', '0.5', CONT, { note: '焙烤食品' }),
    max('饼干', '0.5', CONT, { note: '焙烤食品' }),
    max('酱腌菜', '0.5', CONT, { note: V }),
    max('液体乳', '0.02', CONT),
    max('包装饮用水', '0.01', CONT, { unit: 'mg/L' }),
    max('粉丝粉条', '0.5', CONT, { note: V }),
    max('豆制品', '0.5', CONT, { note: `${V}：豆类制品（豆浆除外）` }),
  ]),
  item('镉(以Cd计)', 'contaminant', 'mg/kg', ['镉', '镉（以Cd计）', '镉(Cd)'], [
    max('粮食加工品', '0.1', CONT),
    max('大米', '0.2', CONT),
    max('蔬菜', '0.05', CONT),
    max('叶菜类蔬菜', '0.2', CONT),
    max('豆类蔬菜', '0.1', CONT),
    max('根茎类和薯芋类蔬菜', '0.1', CONT),
    max('茎类蔬菜', '0.1', CONT),
    max('食用菌', '0.2', CONT, { note: '新鲜食用菌（香菇和姬松茸除外）' }),
    max('香菇', '0.5', CONT),
    max('水果类', '0.05', CONT),
    max('畜禽肉及副产品', '0.1', CONT, { note: '肉类（畜禽内脏除外）' }),
    max('畜禽肉及副产品', '0.5', CONT, { kw: '肝', note: '畜禽肝脏' }),
    max('畜禽肉及副产品', '1.0', CONT, { kw: '肾', note: '畜禽肾脏' }),
    max('淡水鱼', '0.1', CONT),
    max('海水鱼', '0.1', CONT),
    max('淡水虾', '0.5', CONT, { note: '甲壳类' }),
    max('海水虾', '0.5', CONT, { note: '甲壳类' }),
    max('淡水蟹', '0.5', CONT, { note: '甲壳类' }),
    max('海水蟹', '0.5', CONT, { note: '甲壳类' }),
    max('贝类', '2.0', CONT, { note: '双壳贝类' }),
    max('鲜蛋', '0.05', CONT),
    max('食用农产品/豆类', '0.2', CONT),
    max('生干坚果与籽类', '0.5', CONT, { kw: '花生' }),
    max('食用盐', '0.5', CONT),
  ]),
  item('总汞(以Hg计)', 'contaminant', 'mg/kg', ['总汞', '汞', '总汞（以Hg计）'], [
    max('粮食加工品', '0.02', CONT),
    max('蔬菜', '0.01', CONT),
    max('食用菌', '0.1', CONT),
    max('畜禽肉及副产品', '0.05', CONT),
    max('鲜蛋', '0.05', CONT),
    max('液体乳', '0.01', CONT),
    max('食用盐', '0.1', CONT),
    max('包装饮用水', '0.001', CONT, { unit: 'mg/L' }),
  ]),
  item('无机砷(以As计)', 'contaminant', 'mg/kg', ['无机砷', '无机砷（以As计）'], [
    max('大米', '0.35', CONT, { note: `${V}：2017 版为 0.2` }),
    max('淡水鱼', '0.1', CONT, { note: V }),
    max('海水鱼', '0.1', CONT, { note: V }),
    max('水产品', '0.5', CONT, { note: `${V}：水产动物（鱼类除外）` }),
  ]),
  item('苯并[a]芘', 'contaminant', 'μg/kg', ['苯并(a)芘', '苯并（a）芘', '苯并芘'], [
    max('食用油、油脂及其制品', '10', CONT),
    max('熏烧烤肉制品', '5.0', CONT, { note: '熏、烧、烤肉类' }),
    max('粮食加工品', '2.0', CONT, { note: '稻谷、大米、小麦、小麦粉、玉米、玉米面' }),
  ]),
  item('黄曲霉毒素B1', 'contaminant', 'μg/kg', ['黄曲霉毒素B₁', '黄曲霉毒素 B1', 'AFB1'], [
    max('玉米粉(片、渣)', '20', MYCO),
    max('大米', '10', MYCO),
    max('小麦粉', '5.0', MYCO),
    max('食用植物油', '10', MYCO, { note: '植物油脂（花生油、玉米油除外）' }),
    max('花生油', '20', MYCO),
    max('玉米油', '20', MYCO),
    max('生干坚果与籽类', '20', MYCO, { kw: '花生', note: '花生及其制品' }),
    max('炒货食品及坚果制品', '5.0', MYCO, { note: '熟制坚果及籽类（花生除外）' }),
    max('炒货食品及坚果制品', '20', MYCO, { kw: '花生', note: '花生及其制品' }),
    max('酱油', '5.0', MYCO),
    max('食醋', '5.0', MYCO),
    max('酱类', '5.0', MYCO),
    max('发酵性豆制品', '5.0', MYCO),
    max('婴幼儿配方食品', '0.5', MYCO, { note: '以粉状产品计' }),
  ]),
];

const additives: TestItemSpec[] = [
  item('苯甲酸及其钠盐(以苯甲酸计)', 'additive', 'g/kg', ['苯甲酸及其钠盐（以苯甲酸计）', '苯甲酸', '苯甲酸钠', '苯甲酸及其钠盐'], [
    max('酱油', '1.0', ADD),
    max('食醋', '1.0', ADD),
    max('酱类', '1.0', ADD),
    max('复合调味料', '0.6', ADD),
    max('半固体复合调味料', '1.0', ADD),
    max('液体复合调味料', '1.0', ADD),
    max('酱腌菜', '1.0', ADD, { note: '腌渍的蔬菜' }),
    max('蜜饯', '0.5', ADD),
    max('果酱', '1.0', ADD),
    max('饮料', '1.0', ADD, { note: '果蔬汁、蛋白、茶、咖啡、植物、风味饮料；固体饮料按稀释倍数增加' }),
    max('碳酸饮料', '0.2', ADD),
    nd('包装饮用水', ADD, { note: '不得使用' }),
    max('配制酒', '0.4', ADD),
    nd('糕点', ADD, { note: '不得使用（含面包、月饼）' }),
    nd('熟肉制品', ADD, { note: '不得使用' }),
    nd('豆制品', ADD, { note: `${V}：不得使用` }),
  ]),
  item('山梨酸及其钾盐(以山梨酸计)', 'additive', 'g/kg', ['山梨酸及其钾盐（以山梨酸计）', '山梨酸', '山梨酸钾', '山梨酸及其钾盐'], [
    max('糕点', '1.0', ADD, { note: '糕点、面包' }),
    max('熟肉制品', '0.075', ADD),
    max('熏煮香肠火腿制品', '1.5', ADD, { kw: '肠', note: '肉灌肠类' }),
    max('酱油', '1.0', ADD),
    max('食醋', '1.0', ADD),
    max('酱类', '0.5', ADD),
    max('复合调味料', '1.0', ADD),
    max('酱腌菜', '1.0', ADD, { note: '腌渍的蔬菜' }),
    max('饮料', '0.5', ADD),
    nd('包装饮用水', ADD, { note: '不得使用' }),
    max('葡萄酒', '0.2', ADD),
    max('配制酒', '0.4', ADD),
    max('果酒', '0.6', ADD),
    max('蜜饯', '0.5', ADD),
    max('果冻', '0.5', ADD),
  ]),
  item('脱氢乙酸及其钠盐(以脱氢乙酸计)', 'additive', 'g/kg', ['脱氢乙酸及其钠盐（以脱氢乙酸计）', '脱氢乙酸', '脱氢乙酸钠'], [
    max('糕点', '0.5', ADD, { note: `${V}：GB 2760-2024 已调整使用范围` }),
    max('熟肉制品', '0.5', ADD, { note: `${V}：GB 2760-2024 已调整使用范围` }),
    max('酱腌菜', '1.0', ADD, { note: `${V}：GB 2760-2024 已调整使用范围` }),
    max('发酵性豆制品', '0.3', ADD, { note: `${V}：GB 2760-2024 已调整使用范围` }),
    max('复合调味料', '0.5', ADD, { note: `${V}：GB 2760-2024 已调整使用范围` }),
    max('果蔬汁类及其饮料', '0.3', ADD, { note: `${V}：GB 2760-2024 已调整使用范围` }),
  ]),
  item('二氧化硫残留量', 'additive', 'g/kg', ['二氧化硫残留量(以SO2计)', '二氧化硫残留量（以SO₂计）', '二氧化硫'], [
    max('蔬菜干制品', '0.2', ADD, { note: '干制蔬菜' }),
    max('酱腌菜', '0.1', ADD, { note: '腌渍的蔬菜' }),
    max('干制食用菌', '0.05', ADD),
    nd('食用菌', ADD, { note: '新鲜食用菌：不得使用' }),
    max('蜜饯', '0.35', ADD),
    max('水果干制品', '0.1', ADD),
    max('腐竹、油皮', '0.2', ADD, { note: '腐竹类' }),
    max('饼干', '0.1', ADD),
    max('食糖', '0.1', ADD),
    max('淀粉', '0.03', ADD, { note: '食用淀粉' }),
    max('葡萄酒', '0.25', ADD, { unit: 'g/L' }),
    max('果酒', '0.25', ADD, { unit: 'g/L' }),
    max('啤酒', '0.01', ADD, { unit: 'g/L' }),
  ]),
  item('糖精钠(以糖精计)', 'additive', 'g/kg', ['糖精钠（以糖精计）', '糖精钠'], [
    nd('糕点', ADD, { note: '不得使用' }),
    nd('饮料', ADD, { note: '不得使用' }),
    nd('白酒', ADD, { note: '不得使用' }),
    max('酱腌菜', '0.15', ADD, { note: '腌渍的蔬菜' }),
    max('复合调味料', '0.15', ADD),
    max('配制酒', '0.15', ADD),
    max('蜜饯', '1.0', ADD),
    max('凉果类', '5.0', ADD),
    max('话化类', '5.0', ADD),
    max('果糕类', '5.0', ADD),
    max('炒货食品及坚果制品', '1.0', ADD, { note: `${V}：脱壳熟制坚果与籽类 1.0，带壳 1.2` }),
  ]),
  item('甜蜜素(以环己基氨基磺酸计)', 'additive', 'g/kg', ['甜蜜素（以环己基氨基磺酸计）', '甜蜜素', '环己基氨基磺酸钠', '环己基氨基磺酸钠(甜蜜素)'], [
    nd('白酒', ADD, { note: '不得使用' }),
    max('糕点', '1.6', ADD, { note: V }),
    max('饮料', '0.65', ADD),
    nd('包装饮用水', ADD, { note: '不得使用' }),
    max('酱腌菜', '1.0', ADD, { note: '腌渍的蔬菜' }),
    max('配制酒', '0.65', ADD),
    max('复合调味料', '0.65', ADD),
    max('腐乳', '0.65', ADD),
    max('蜜饯', '1.0', ADD),
    max('凉果类', '8.0', ADD),
    max('话化类', '8.0', ADD),
    max('果糕类', '8.0', ADD),
  ]),
  item('乙酰磺胺酸钾(安赛蜜)', 'additive', 'g/kg', ['安赛蜜', '乙酰磺胺酸钾'], [
    nd('白酒', ADD, { note: '不得使用' }),
    max('饮料', '0.3', ADD),
    nd('包装饮用水', ADD, { note: '不得使用' }),
  ]),
  item('铝的残留量(干样品,以Al计)', 'additive', 'mg/kg', ['铝的残留量（干样品，以Al计）', '铝的残留量', '铝(以Al计)'], [
    max('小麦粉制品(自制)', '100', ADD, { note: '小麦粉制品（含油条、馒头）' }),
    max('发酵面制品', '100', ADD),
    max('生湿面制品', '100', ADD),
    max('糕点', '100', ADD, { note: '焙烤食品' }),
    max('饼干', '100', ADD, { note: '焙烤食品' }),
    max('膨化食品', '100', ADD),
    max('粉丝粉条', '200', ADD),
  ]),
  item('防腐剂混合使用时各自用量占其最大使用量的比例之和', 'additive', null, ['防腐剂各自用量占其最大使用量比例之和'], [
    max(null, '1', ADD, { note: '同一功能的防腐剂混合使用时' }),
  ]),
  item('丙酸及其钠盐、钙盐(以丙酸计)', 'additive', 'g/kg', ['丙酸及其钠盐、钙盐（以丙酸计）', '丙酸钙', '丙酸钠'], [
    max('糕点', '2.5', ADD, { note: '糕点、面包' }),
  ]),
  item('亚硝酸盐(以亚硝酸钠计)', 'additive', 'mg/kg', ['亚硝酸盐（以亚硝酸钠计）', '亚硝酸盐', '亚硝酸钠'], [
    max('酱腌菜', '20', CONT, { note: '腌渍蔬菜（污染物）' }),
    max('腌腊肉制品', '30', ADD, { note: '残留量，以亚硝酸钠计' }),
    max('酱卤肉制品', '30', ADD, { note: '残留量，以亚硝酸钠计' }),
    max('熏烧烤肉制品', '30', ADD, { note: '残留量，以亚硝酸钠计' }),
    max('熏煮香肠火腿制品', '30', ADD, { note: '残留量，以亚硝酸钠计（肉灌肠类）' }),
    max('西式火腿', '70', ADD, { note: '残留量，以亚硝酸钠计' }),
    max('发酵肉制品', '30', ADD, { note: '残留量，以亚硝酸钠计' }),
    max('畜禽肉类罐头', '50', ADD, { note: '残留量，以亚硝酸钠计' }),
  ]),
];

const quality: TestItemSpec[] = [
  item('酸价(以脂肪计)(KOH)', 'quality', 'mg/g', ['酸价（以脂肪计）（KOH）', '酸价(以脂肪计)', '酸价', '酸价(KOH)', '酸值'], [
    max('食用植物油', '3', OIL, { note: '食用植物油（含调和油）；植物原油为 4' }),
    max('煎炸过程用油', '5', OIL),
    max('食用动物油脂', '2.5', 'GB 10146-2015'),
    max('糕点', '5', BAKERY, { note: '添加油脂的产品' }),
    max('饼干', '5', BISCUIT),
    max('油炸方便面', '1.8', NOODLE, { note: '油炸面饼' }),
    max('含油型膨化食品', '5', PUFFED),
    max('炒货食品及坚果制品', '3', NUTS, { note: V }),
  ]),
  item('过氧化值(以脂肪计)', 'quality', 'g/100g', ['过氧化值（以脂肪计）', '过氧化值'], [
    max('食用植物油', '0.25', OIL),
    max('食用动物油脂', '0.20', 'GB 10146-2015'),
    max('糕点', '0.25', BAKERY, { note: '添加油脂的产品' }),
    max('饼干', '0.25', BISCUIT),
    max('油炸方便面', '0.25', NOODLE, { note: '油炸面饼' }),
    max('含油型膨化食品', '0.25', PUFFED),
    max('腌腊肉制品', '0.5', 'GB 2730-2015', { note: '火腿、腊肉、咸肉、香(腊)肠' }),
    max('炒货食品及坚果制品', '0.50', NUTS, { note: V }),
    max('炒货食品及坚果制品', '0.80', NUTS, { kw: '瓜子', note: `${V}：葵花籽` }),
    max('生干坚果', '0.08', NUTS, { note: V }),
  ]),
  item('挥发性盐基氮', 'quality', 'mg/100g', [], [
    max('畜禽肉及副产品', '15', 'GB 2707-2016'),
    max('淡水鱼', '20', 'GB 2733-2015'),
    max('淡水虾', '20', 'GB 2733-2015'),
    max('海水鱼', '30', 'GB 2733-2015'),
    max('海水虾', '30', 'GB 2733-2015'),
    max('海水蟹', '25', 'GB 2733-2015'),
    max('贝类', '15', 'GB 2733-2015', { note: '冷冻贝类' }),
  ]),
  item('极性组分', 'quality', '%', ['极性组分(%)'], [max('煎炸过程用油', '27', OIL)]),
  item('溶剂残留量', 'quality', 'mg/kg', [], [
    max('食用植物油', '20', OIL, { note: '浸出工艺' }),
    nd('食用植物油', OIL, { kw: '压榨', note: '压榨油不得检出（检出值小于 10 mg/kg 时视为未检出）' }),
  ]),
  item('蛋白质', 'quality', 'g/100g', [], [
    min('巴氏杀菌乳', '2.9', 'GB 19645-2010', { note: '牛乳；羊乳为 2.8' }),
    min('灭菌乳', '2.9', 'GB 25190-2010', { note: '牛乳；羊乳为 2.8' }),
    min('发酵乳', '2.9', 'GB 19302-2010', { note: '风味发酵乳为 2.3' }),
    min('调制乳', '2.3', 'GB 25191-2010'),
    min('婴儿配方食品', '0.43', 'GB 10765-2021', { unit: 'g/100kJ', note: `${V}：上限 0.72 g/100kJ；另按标签标示值判定` }),
  ]),
  // Judged against the labelled value (e.g. 白酒 ±1.0 %vol): no fixed limit fits the schema.
  item('酒精度', 'quality', '%vol', ['酒精度(20℃)', '酒精度（20℃）'], []),
  item('氰化物(以HCN计)', 'contaminant', 'mg/L', ['氰化物（以HCN计）', '氰化物'], [
    max('白酒', '8.0', SPIRIT, { note: '按 100% 酒精度折算' }),
  ]),
  item('甲醇', 'contaminant', 'g/L', [], [
    max('白酒', '0.6', SPIRIT, { note: '粮谷类；其他原料为 2.0；按 100% 酒精度折算' }),
  ]),
];

const microbes: TestItemSpec[] = [
  item('菌落总数', 'microbe', 'CFU/g', [], [
    max('糕点', '100000', BAKERY, { plan: plan(5, 2, 10000, 100000) }),
    max('饼干', '100000', BISCUIT, { plan: plan(5, 2, 10000, 100000) }),
    max('熟肉制品', '100000', COOKED, { plan: plan(5, 2, 10000, 100000), note: '发酵肉制品除外' }),
    max('巴氏杀菌乳', '100000', 'GB 19645-2010', { unit: 'CFU/mL', plan: plan(5, 2, 50000, 100000) }),
    max('果蔬汁类及其饮料', '10000', DRINK, { unit: 'CFU/mL', plan: plan(5, 2, 100, 10000), note: V }),
    max('蛋白饮料', '10000', DRINK, { unit: 'CFU/mL', plan: plan(5, 2, 100, 10000), note: V }),
    max('茶饮料', '10000', DRINK, { unit: 'CFU/mL', plan: plan(5, 2, 100, 10000), note: V }),
    max('蜜饯', '10000', PRESERVED, { plan: plan(5, 2, 1000, 10000) }),
    max('膨化食品', '100000', PUFFED, { plan: plan(5, 2, 10000, 100000) }),
  ]),
  item('大肠菌群', 'microbe', 'CFU/g', [], [
    max('糕点', '100', BAKERY, { plan: plan(5, 2, 10, 100) }),
    max('饼干', '100', BISCUIT, { plan: plan(5, 2, 10, 100) }),
    max('熟肉制品', '100', COOKED, { plan: plan(5, 2, 10, 100) }),
    nd('复用餐饮具', WARE, { unit: '/50cm²' }),
    nd('包装饮用水', WATER, { unit: 'CFU/250mL', plan: plan(5, 0, 0), note: `${V}：单位` }),
    max('巴氏杀菌乳', '5', 'GB 19645-2010', { unit: 'CFU/mL', plan: plan(5, 2, 1, 5) }),
    max('果蔬汁类及其饮料', '10', DRINK, { unit: 'CFU/mL', plan: plan(5, 2, 1, 10), note: V }),
    max('蛋白饮料', '10', DRINK, { unit: 'CFU/mL', plan: plan(5, 2, 1, 10), note: V }),
    max('茶饮料', '10', DRINK, { unit: 'CFU/mL', plan: plan(5, 2, 1, 10), note: V }),
    max('蜜饯', '100', PRESERVED, { plan: plan(5, 2, 10, 100) }),
    max('膨化食品', '100', PUFFED, { plan: plan(5, 2, 10, 100) }),
  ]),
  item('霉菌', 'microbe', 'CFU/g', ['霉菌计数'], [
    max('糕点', '150', BAKERY),
    max('饼干', '50', BISCUIT),
    max('果蔬汁类及其饮料', '20', DRINK, { unit: 'CFU/mL', note: V }),
    max('蜜饯', '50', PRESERVED, { note: V }),
  ]),
  item('沙门氏菌', 'microbe', '/25g', [], [
    nd('熟肉制品', PATHO, { plan: plan(5, 0, 0) }),
    nd('糕点', PATHO, { plan: plan(5, 0, 0) }),
    nd('冷冻饮品', PATHO, { plan: plan(5, 0, 0) }),
    nd('婴幼儿配方食品', PATHO, { plan: plan(60, 0, 0), note: V }),
    nd('熟肉制品(自制)', BULK, { note: '0/25g' }),
    nd('凉拌菜', BULK, { note: '0/25g' }),
    nd('复用餐饮具', WARE, { unit: '/50cm²' }),
  ]),
  item('金黄色葡萄球菌', 'microbe', 'CFU/g', [], [
    max('熟肉制品', '1000', PATHO, { plan: plan(5, 1, 100, 1000) }),
    max('糕点', '1000', PATHO, { plan: plan(5, 1, 100, 1000) }),
    max('冷冻饮品', '1000', PATHO, { plan: plan(5, 1, 100, 1000), note: V }),
    max('婴幼儿配方食品', '100', PATHO, { plan: plan(5, 2, 10, 100), note: V }),
  ]),
  item('单核细胞增生李斯特氏菌', 'microbe', '/25g', ['单增李斯特菌', '单核细胞增生李斯特菌'], [
    nd('熟肉制品', PATHO, { plan: plan(5, 0, 0) }),
    nd('熟肉制品(自制)', BULK, { note: `${V}：0/25g` }),
  ]),
  item('致泻大肠埃希氏菌', 'microbe', '/25g', [], [
    nd('熟肉制品', PATHO, { kw: '牛肉', plan: plan(5, 0, 0), note: `${V}：牛肉制品` }),
    nd('凉拌菜', BULK, { note: V }),
  ]),
  item('铜绿假单胞菌', 'microbe', 'CFU/250mL', [], [nd('包装饮用水', WATER, { plan: plan(5, 0, 0) })]),
  // Pass/fail: a result of 非商业无菌 fails. Modelled as not_detected (of spoilage).
  item('商业无菌', 'microbe', null, [], [
    nd('罐头', 'GB 7098-2015', { note: '应符合商业无菌要求' }),
    nd('灭菌乳', 'GB 25190-2010', { note: '应符合商业无菌要求' }),
  ]),
  item('克罗诺杆菌属(阪崎肠杆菌)', 'microbe', '/100g', ['阪崎肠杆菌', '克罗诺杆菌属'], [
    nd('婴儿配方食品', 'GB 10765-2021', { plan: plan(3, 0, 0), note: V }),
  ]),
];

const nonFoodNote = `非食用物质；${V}：依据文号`;
const others: TestItemSpec[] = [
  item('阴离子合成洗涤剂(以十二烷基苯磺酸钠计)', 'other', 'mg/100cm²', ['阴离子合成洗涤剂（以十二烷基苯磺酸钠计）', '阴离子合成洗涤剂'], [
    nd('复用餐饮具', WARE, { note: '化学消毒的餐（饮）具' }),
  ]),
  item('游离性余氯', 'other', 'mg/100cm²', ['游离性余氯(以Cl计)'], [
    max('复用餐饮具', '0.03', WARE, { note: '化学（含氯）消毒的餐（饮）具' }),
  ]),
  ...['罂粟碱', '吗啡', '可待因', '那可丁'].map((name) =>
    item(name, 'other', 'μg/kg', [], [
      nd('火锅底料、麻辣烫底料', NONFOOD, { note: `罂粟壳；${nonFoodNote}` }),
      nd('火锅麻辣烫底料(自制)', NONFOOD, { note: `罂粟壳；${nonFoodNote}` }),
      nd('熟肉制品(自制)', NONFOOD, { note: `罂粟壳；${nonFoodNote}` }),
    ]),
  ),
  item('罗丹明B', 'other', 'mg/kg', [], [
    nd('辣椒粉', NONFOOD, { note: nonFoodNote }),
    nd('花椒', NONFOOD, { note: nonFoodNote }),
  ]),
  item('苏丹红I', 'other', 'μg/kg', ['苏丹红Ⅰ', '苏丹红1号', '苏丹红'], [
    nd('辣椒粉', NONFOOD, { note: nonFoodNote }),
    nd('火锅底料、麻辣烫底料', NONFOOD, { note: nonFoodNote }),
  ]),
  item('甲醛', 'other', 'mg/kg', [], [
    nd('水产品', NONFOOD, { note: `${V}：非食用物质；部分水产品（如龙头鱼、鱿鱼）有本底` }),
    nd('干制水产品', NONFOOD, { note: `${V}：非食用物质` }),
  ]),
];

export const testItemData: TestItemSpec[] = [
  ...pesticides,
  ...veterinaryDrugs,
  ...contaminants,
  ...additives,
  ...quality,
  ...microbes,
  ...others,
];
