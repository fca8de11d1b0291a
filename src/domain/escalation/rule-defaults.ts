import type { RuleLevel } from '../deadlines/rule-defaults.js';

/** Whose results a rule counts (engine.ts says exactly which samples). */
export type EscalationSubject = 'producer' | 'distributor' | 'caterer' | 'special_food';
/** batchesInYear: ≥ threshold within one year (see `window`); consecutiveYears: ≥ threshold in each of `years` consecutive calendar years. */
export type EscalationRuleKind = 'batchesInYear' | 'consecutiveYears';
/**
 * How "一年内" / "同一年内" is read for a batchesInYear rule. The seed does not say; reading it as
 * the calendar year of the sampling date is our interpretation (the default), and a province may
 * choose any 12 consecutive months instead (rolling window) as a rule setting.
 */
export type EscalationWindow = 'calendarYear' | 'rolling12Months';
export const escalationWindows: readonly EscalationWindow[] = ['calendarYear', 'rolling12Months'];

export interface EscalationRule {
  id: string;
  name: string;
  subject: EscalationSubject;
  kind: EscalationRuleKind;
  threshold: number;
  years: number;
  /** Only for batchesInYear; consecutive-year rules always count calendar years. */
  window: EscalationWindow;
  ownerBusiness: string;
  legalBasis: string;
  level: RuleLevel;
  enabled: boolean;
}

export const escalationSubjectNames: Record<EscalationSubject, string> = {
  producer: '省内食品生产企业（含特殊食品）',
  distributor: '省内食品流通企业（含网络食品销售者）',
  caterer: '省内餐饮服务单位',
  special_food: '省内特殊食品生产企业',
};

/** The reading of "一年内" a rule applies, as the rules page and the escalation show it. */
export function windowReading(rule: Pick<EscalationRule, 'kind' | 'window'>): string {
  if (rule.kind === 'consecutiveYears') return '按自然年度（抽样日期所在年份）计算连续年份';
  return rule.window === 'rolling12Months'
    ? '“一年内”按任意连续12个月（滚动计算，以抽样日期为准）'
    : '“一年内”按同一自然年度（1月1日至12月31日，以抽样日期为准）理解；此为解释，可改为滚动12个月';
}

const SEED = '《食品安全“监检联动”工作规范》';

/** Seeded into escalation_rules; administrators edit the rows (with audit), never this list. */
export const escalationRuleDefaults: EscalationRule[] = [
  {
    id: 'escalate.producer.threeBatches',
    name: '省内食品生产企业同一年内3批次及以上抽检不合格',
    subject: 'producer',
    kind: 'batchesInYear',
    threshold: 3,
    years: 1,
    window: 'calendarYear',
    ownerBusiness: 'production',
    legalBasis: `${SEED}第七条第四项`,
    level: 'V',
    enabled: true,
  },
  {
    id: 'escalate.producer.twoYears',
    name: '省内食品生产企业连续两年抽检不合格',
    subject: 'producer',
    kind: 'consecutiveYears',
    threshold: 1,
    years: 2,
    window: 'calendarYear',
    ownerBusiness: 'production',
    legalBasis: `${SEED}第七条第四项`,
    level: 'V',
    enabled: true,
  },
  {
    id: 'escalate.distributor.threeBatches',
    name: '省内食品流通企业一年内3批次及以上抽检不合格',
    subject: 'distributor',
    kind: 'batchesInYear',
    threshold: 3,
    years: 1,
    window: 'calendarYear',
    ownerBusiness: 'distribution',
    legalBasis: `${SEED}第八条第四项`,
    level: 'V',
    enabled: true,
  },
  {
    id: 'escalate.caterer.threeBatches',
    name: '省内餐饮服务单位一年内3批次及以上抽检不合格',
    subject: 'caterer',
    kind: 'batchesInYear',
    threshold: 3,
    years: 1,
    window: 'calendarYear',
    ownerBusiness: 'catering',
    legalBasis: `${SEED}第九条第四项`,
    level: 'V',
    enabled: true,
  },
  {
    // Art. 10 gives 特殊食品处 the lead on special food but states no escalation rule: the
    // producer rules already count special-food batches (art. 7). This one is an optional local
    // rule, off unless a province switches it on.
    id: 'escalate.specialFood.threeBatches',
    name: '（本地可选规则）省内特殊食品生产企业同一年内3批次及以上特殊食品抽检不合格',
    subject: 'special_food',
    kind: 'batchesInYear',
    threshold: 3,
    years: 1,
    window: 'calendarYear',
    ownerBusiness: 'special_food',
    legalBasis: `${SEED}第十条未规定督办条件；本地可选规则，默认不启用（待核实）`,
    level: 'U',
    enabled: false,
  },
];

export interface RuleSettingDefault {
  id: string;
  name: string;
  value: number;
  unit: string;
  legalBasis: string;
  level: RuleLevel;
}

/** Numeric thresholds of the enforcement procedures, seeded into rule_settings. */
export const ruleSettingDefaults: RuleSettingDefault[] = [
  {
    // 行政处罚法 art. 58 names the cases that need 法制审核 (major public interest, a hearing,
    // complexity, other law); an amount is not one of them. A province or city whose own rules
    // add an amount sets it here; 0 means no amount applies.
    id: 'case.legalReview.fineThreshold',
    name: '本地规定：罚没金额达到该数额的处罚决定也须法制审核（0为不适用）',
    value: 0,
    unit: '元',
    legalBasis: '《中华人民共和国行政处罚法》第五十八条第一款第四项（法律、法规规定的其他情形）；本地可选设置，默认不适用',
    level: 'U',
  },
  {
    id: 'dishonest.reviewAfterMonths',
    name: '列入严重违法失信名单满该期限后可申请提前移出',
    value: 12,
    unit: '月',
    legalBasis: '《市场监督管理严重违法失信名单管理办法》（列入满一年可申请提前移出）',
    level: 'S',
  },
  {
    id: 'dishonest.listedMonths',
    name: '严重违法失信名单的列入期限（期满移出）',
    value: 36,
    unit: '月',
    legalBasis: '《市场监督管理严重违法失信名单管理办法》（列入满三年移出）',
    level: 'S',
  },
];
