import type { RuleLevel } from '../deadlines/rule-defaults.js';

/** Whose results a rule counts (engine.ts says exactly which samples). */
export type EscalationSubject = 'producer' | 'distributor' | 'caterer' | 'special_food';
/** batchesInYear: ≥ threshold in one calendar year; consecutiveYears: ≥ threshold in each of `years` consecutive years. */
export type EscalationRuleKind = 'batchesInYear' | 'consecutiveYears';

export interface EscalationRule {
  id: string;
  name: string;
  subject: EscalationSubject;
  kind: EscalationRuleKind;
  threshold: number;
  years: number;
  ownerBusiness: string;
  legalBasis: string;
  level: RuleLevel;
  enabled: boolean;
}

export const escalationSubjectNames: Record<EscalationSubject, string> = {
  producer: '省内食品生产企业',
  distributor: '食品流通（经营）企业',
  caterer: '餐饮服务单位',
  special_food: '特殊食品生产企业',
};

/** Seeded into escalation_rules; administrators edit the rows (with audit), never this list. */
export const escalationRuleDefaults: EscalationRule[] = [
  {
    id: 'escalate.producer.threeBatches',
    name: '生产企业同一年内3批次及以上抽检不合格',
    subject: 'producer',
    kind: 'batchesInYear',
    threshold: 3,
    years: 1,
    ownerBusiness: 'production',
    legalBasis: '《食品安全“监检联动”工作规范》第七条第四项',
    level: 'V',
    enabled: true,
  },
  {
    id: 'escalate.producer.twoYears',
    name: '生产企业连续两年抽检不合格',
    subject: 'producer',
    kind: 'consecutiveYears',
    threshold: 1,
    years: 2,
    ownerBusiness: 'production',
    legalBasis: '《食品安全“监检联动”工作规范》第七条第四项',
    level: 'V',
    enabled: true,
  },
  {
    id: 'escalate.distributor.threeBatches',
    name: '流通企业一年内3批次及以上抽检不合格',
    subject: 'distributor',
    kind: 'batchesInYear',
    threshold: 3,
    years: 1,
    ownerBusiness: 'distribution',
    legalBasis: '《食品安全“监检联动”工作规范》第八条第四项',
    level: 'V',
    enabled: true,
  },
  {
    id: 'escalate.caterer.threeBatches',
    name: '餐饮服务单位一年内3批次及以上抽检不合格',
    subject: 'caterer',
    kind: 'batchesInYear',
    threshold: 3,
    years: 1,
    ownerBusiness: 'catering',
    legalBasis: '《食品安全“监检联动”工作规范》第九条第四项',
    level: 'V',
    enabled: true,
  },
  {
    // Art. 10 gives 特殊食品处 the lead on special food but names no threshold: the producer's
    // threshold is applied as a default to verify.
    id: 'escalate.specialFood.threeBatches',
    name: '特殊食品生产企业同一年内3批次及以上抽检不合格',
    subject: 'special_food',
    kind: 'batchesInYear',
    threshold: 3,
    years: 1,
    ownerBusiness: 'special_food',
    legalBasis: '《食品安全“监检联动”工作规范》第十条第四项（阈值参照第七条，待核实）',
    level: 'U',
    enabled: true,
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
    id: 'case.legalReview.fineThreshold',
    name: '须经法制审核的罚没金额（较大数额）',
    value: 100000,
    unit: '元',
    legalBasis: '《市场监督管理行政处罚程序规定》第五十九条；较大数额标准由省级规定（待核实）',
    level: 'U',
  },
  {
    id: 'dishonest.reviewAfterMonths',
    name: '列入严重违法失信名单后可申请提前移出的期限',
    value: 12,
    unit: '月',
    legalBasis: '《市场监督管理严重违法失信名单管理办法》第十六条（待核实）',
    level: 'U',
  },
];
