/**
 * The thresholds of the signal run, as data: seeded from these defaults into `signal_rules` and
 * edited by 抽检监测处 on the 风险信号 page (audited). None is law: they are statistical choices,
 * shown as 待核实 defaults until the division confirms them; `basis` says where each comes from.
 */
export const signalMethods = {
  time: 'Farrington 时间序列（Noufaily 2012）',
  region: '漏斗图区域比较（Spiegelhalter 2005）',
  producer: '同一标称生产企业跨市（州）不合格',
  item: '同一检验项目跨品类、跨地区不合格',
  outside: '省外生产企业多次不合格',
  link: '环节不合格率多县同时上升',
} as const;
export type SignalMethod = keyof typeof signalMethods;
export const signalMethodKeys = Object.keys(signalMethods) as SignalMethod[];

export interface SignalRuleDefault {
  key: string;
  value: number;
  label: string;
  basis: string;
  min: number;
  max: number;
}

export const signalRuleDefaults: SignalRuleDefault[] = [
  { key: 'fdr', value: 0.05, label: '错误发现率（Benjamini–Hochberg）', basis: 'Benjamini & Hochberg 1995；每次计算的全部检验一起校正', min: 0.001, max: 0.2 },
  { key: 'time.years', value: 3, label: '时间序列：基线年数 b', basis: 'Farrington 方法（Noufaily 等 2012）通常取 5 年；本省历史数据按 3 年', min: 1, max: 10 },
  { key: 'time.halfWindow', value: 1, label: '时间序列：基线半窗（月）w', basis: 'Farrington 1996：同期前后各 w 个周期', min: 0, max: 3 },
  { key: 'time.alpha', value: 0.01, label: '时间序列：单侧预测区间水平 α', basis: 'Farrington 方法的单侧预测区间水平', min: 0.0001, max: 0.1 },
  { key: 'time.reweightThreshold', value: 2.58, label: '时间序列：历史暴发降权阈值（Anscombe 残差）', basis: 'Noufaily et al. 2012', min: 1, max: 5 },
  { key: 'time.minObserved', value: 3, label: '时间序列：最少不合格批次', basis: '计数太少不报警（Farrington 方法的惯例）', min: 1, max: 20 },
  { key: 'time.monthsTested', value: 2, label: '时间序列：检验最近几个月', basis: '本月（按已抽样本量作偏移）和上月', min: 1, max: 6 },
  { key: 'region.months', value: 12, label: '漏斗图：统计最近几个月', basis: '滚动 12 个月', min: 3, max: 36 },
  { key: 'region.minUnqualified', value: 3, label: '漏斗图：最少不合格批次', basis: '小样本地区不因偶然被标记', min: 1, max: 20 },
  { key: 'producer.days', value: 90, label: '跨市企业：时间窗（天）', basis: '同一企业 90 天内在多地不合格，提示系统性风险', min: 30, max: 365 },
  { key: 'producer.minCities', value: 2, label: '跨市企业：最少市（州）数', basis: '两个及以上市（州）', min: 2, max: 21 },
  { key: 'item.minCategories', value: 3, label: '跨品类项目：最少食品大类数', basis: '本季度内', min: 2, max: 33 },
  { key: 'item.minCities', value: 3, label: '跨品类项目：最少市（州）数', basis: '本季度内', min: 2, max: 21 },
  { key: 'item.minExpected', value: 0.5, label: '跨品类项目：历史从未不合格时的期望下限', basis: '避免以 0 为期望', min: 0.1, max: 5 },
  { key: 'outside.days', value: 365, label: '省外企业：时间窗（天）', basis: '滚动一年', min: 30, max: 730 },
  { key: 'outside.minFailures', value: 2, label: '省外企业：最少不合格批次', basis: '“多次”按 2 批次起算', min: 2, max: 20 },
  { key: 'link.months', value: 3, label: '环节上升：比较最近几个月（与上年同期）', basis: '上年同期，抵消季节', min: 1, max: 12 },
  { key: 'link.minCounties', value: 5, label: '环节上升：最少上升县数', basis: '“多县同时”', min: 2, max: 183 },
];

export type SignalRules = Record<string, number>;

export function defaultSignalRules(): SignalRules {
  return Object.fromEntries(signalRuleDefaults.map((r) => [r.key, r.value]));
}

/** A rule value an official typed: a number within the rule's bounds, or the reason it is not. */
export function checkRuleValue(key: string, value: number): string | null {
  const rule = signalRuleDefaults.find((r) => r.key === key);
  if (!rule) return '没有这项参数';
  if (!Number.isFinite(value) || value < rule.min || value > rule.max) return `取值应在 ${rule.min} 到 ${rule.max} 之间`;
  if (Number.isInteger(rule.value) && !Number.isInteger(value)) return '应为整数';
  return null;
}
