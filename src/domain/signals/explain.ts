/**
 * Every signal in Chinese: what the method is, its numbers, and what they mean, so that an
 * official can defend it at a 321 meeting. Names of regions, categories and links come from the
 * caller (the domain holds no reference data).
 */
import type { Finding } from './evaluate.js';
import { signalMethods } from './rules.js';

export interface Names {
  region(code: string | null | undefined): string;
  category(id: string | null | undefined): string;
  link(link: string | null | undefined): string;
}

const pct = (v: number) => `${(v * 100).toFixed(v < 0.01 ? 2 : 1)}%`;
const num = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2));
/** p and q: very small values as "< 0.0001", never "0". */
export const pValue = (v: number) => (v < 0.0001 ? '< 0.0001' : v.toFixed(4));
const month = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;

export function signalTitle(f: Pick<Finding, 'method' | 'regionCode' | 'categoryRootId' | 'link' | 'subject' | 'statistic'>, names: Names): string {
  const s = f.statistic as Record<string, any>;
  switch (f.method) {
    case 'time':
      return `${names.region(f.regionCode)}${names.category(f.categoryRootId)}不合格批次异常增多（${month(s.month)}）`;
    case 'region':
      return `${names.region(f.regionCode)}${names.category(f.categoryRootId)}不合格率显著高于全省`;
    case 'producer':
      return `${f.subject}在${s.cities.length}个市（州）抽检不合格`;
    case 'item':
      return `检验项目“${f.subject}”跨${s.categories.length}个食品大类、${s.cities.length}个市（州）不合格`;
    case 'outside':
      return `省外生产企业${f.subject}多次抽检不合格`;
    case 'link':
      return `${names.link(f.link)}环节不合格率在${s.up}个县（市、区）同时上升`;
  }
}

export function signalExplanation(f: Pick<Finding, 'method' | 'regionCode' | 'categoryRootId' | 'link' | 'subject' | 'statistic' | 'p' | 'q'>, names: Names): string {
  const s = f.statistic as Record<string, any>;
  const tail = `单项检验 p = ${pValue(f.p)}；本次计算全部检验经 Benjamini–Hochberg 校正后 q = ${pValue(f.q)}（q 值越小，越不可能是偶然）。`;
  switch (f.method) {
    case 'time':
      return [
        `方法：${signalMethods.time}。以前 ${s.baselineMonths} 个同期月份（前几年同月及前后月）为基线，按当月抽检批次数作偏移量拟合准泊松回归${s.trend ? '（含显著的时间趋势）' : '（趋势不显著，未纳入）'}，历史暴发月份降权（${s.downWeighted} 个月被降权），过度离散系数 φ = ${num(s.phi)}。`,
        `${month(s.month)}${names.region(f.regionCode)}${names.category(f.categoryRootId)}抽检 ${s.samples} 批次，不合格 ${s.observed} 批次；按基线应为 ${num(s.expected)} 批次，${pct(1 - s.alpha)} 上限（2/3 次幂变换）为 ${num(s.threshold)} 批次，实际超过上限。`,
        tail,
      ].join('\n');
    case 'region':
      return [
        `方法：${signalMethods.region}。以全省同类食品不合格率 ${pct(s.target)} 为目标，按各地抽检批次数计算二项分布 95% 与 99.8% 控制限（Spiegelhalter 插值法），超出 99.8% 上限者为信号；批次少的地区控制限宽，不会仅因偶然被标记。`,
        `${s.from} 至 ${s.to}，${names.region(f.regionCode)}${names.category(f.categoryRootId)}抽检 ${s.samples} 批次，不合格 ${s.observed} 批次（${pct(s.rate)}），按全省水平应为 ${num(s.expected)} 批次；95% 上限 ${pct(s.limits.upper95)}，99.8% 上限 ${pct(s.limits.upper998)}。`,
        tail,
      ].join('\n');
    case 'producer':
      return [
        `方法：${signalMethods.producer}。${s.days} 天内（${s.from} 至 ${s.to}）同一标称生产企业的产品在 ${s.cities.length} 个市（州）（${s.cities.map((c: string) => names.region(c)).join('、')}）被抽检不合格，提示可能存在源头性、系统性问题。`,
        `该企业产品期间抽检 ${s.samples} 批次，不合格 ${s.observed} 批次；按其产品所属大类的全省不合格率应为 ${num(s.expected)} 批次（二项分布检验）。`,
        tail,
      ].join('\n');
    case 'item':
      return [
        `方法：${signalMethods.item}。本季度（${s.from} 至 ${s.to}）检验项目“${f.subject}”在 ${s.categories.length} 个食品大类（${s.categories.map((c: string) => names.category(c)).join('、')}）、${s.cities.length} 个市（州）出现不合格。`,
        `不合格 ${s.observed} 批次；按此前各季度该项目每批次不合格率和本季度抽检量，应为 ${num(s.expected)} 批次（泊松分布检验）。`,
        tail,
      ].join('\n');
    case 'outside':
      return [
        `方法：${signalMethods.outside}。统一社会信用代码 ${s.creditCode} 的登记机关区划码为 ${s.division}（非四川 51 开头），${s.from} 至 ${s.to} 在本省抽检不合格 ${s.observed} 批次（共抽检 ${s.samples} 批次，按全省同类不合格率应为 ${num(s.expected)} 批次）。`,
        '建议向企业所在地发出协查，并纳入西南五省（市、区）风险信息交流。',
        tail,
      ].join('\n');
    case 'link':
      return [
        `方法：${signalMethods.link}。比较各县（市、区）${names.link(f.link)}环节近期（${s.now[0]} 至 ${s.now[1]}）与上年同期（${s.before[0]} 至 ${s.before[1]}）的不合格率；无变化时上升与下降的县各占一半，上升县数服从二项分布 B(n, ½)（符号检验，单侧）。`,
        `有不合格记录的 ${s.counties} 个县中，${s.up} 个上升、${s.down} 个下降（无变化时应约 ${num(s.expected)} 个上升）；其中单县上升显著（条件二项检验 p < 0.05）的有 ${s.significantCounties.length} 个${s.significantCounties.length ? `：${s.significantCounties.map((c: string) => names.region(c)).join('、')}` : ''}。`,
        tail,
      ].join('\n');
  }
}
