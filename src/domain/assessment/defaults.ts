import type { Direction } from './scoring.js';

export type AssessedKind = 'division' | 'city' | 'county';

export interface IndicatorDefault {
  code: string;
  name: string;
  definition: string;
  computation: string;
  params?: Record<string, unknown>;
  measure: 'ratio' | 'points';
  direction: Direction;
  target: number;
  weight: number;
  unitKinds: AssessedKind[];
  period: 'year' | 'quarter';
}

/**
 * The default indicator set seeded for the current year (协调处 edits weights and targets on the
 * 考核评价 page). Targets and weights are the platform's starting proposal, not a published
 * provincial standard: the page marks the set as 待核实 until 协调处 saves it.
 */
export const indicatorDefaults: IndicatorDefault[] = [
  {
    code: 'disposal.onTime',
    name: '核查处置按期办结率',
    definition: '考核期内到期（延期的按延期后的期限）的核查处置中，在期限内办结的比例；已撤销的不计。市局含所辖县局。',
    computation: 'disposal.onTime',
    measure: 'ratio',
    direction: 'higher',
    target: 0.95,
    weight: 25,
    unitKinds: ['city', 'county'],
    period: 'quarter',
  },
  {
    code: 'urgent.handledInTime',
    name: '24小时限时报告按时处置率',
    definition: '考核期内到期的24小时限时报告中，在24小时内报送处置情况的比例。',
    computation: 'urgent.handledInTime',
    measure: 'ratio',
    direction: 'higher',
    target: 1,
    weight: 10,
    unitKinds: ['city', 'county'],
    period: 'quarter',
  },
  {
    code: 'urgent.acknowledgedInTime',
    name: '24小时限时报告按时签收率',
    definition: '本单位（及下级）收到的、考核期内到期的24小时限时报告中，在期限内签收的比例。',
    computation: 'urgent.acknowledgedInTime',
    measure: 'ratio',
    direction: 'higher',
    target: 1,
    weight: 5,
    unitKinds: ['division', 'city', 'county'],
    period: 'quarter',
  },
  {
    code: 'riskMeeting.onTime',
    name: '“321”风险研判按时开展率',
    definition: '考核期内已结束的研判周期中，按时开展风险研判（不含逾期补开）的比例。',
    computation: 'riskMeeting.onTime',
    measure: 'ratio',
    direction: 'higher',
    target: 1,
    weight: 10,
    unitKinds: ['city', 'county'],
    period: 'quarter',
  },
  {
    code: 'notice.repliedOnTime',
    name: '信息通报按期反馈率',
    definition: '考核期内反馈期限届满的信息通报（未撤回）中，收件单位在期限内反馈的比例。',
    computation: 'notice.repliedOnTime',
    measure: 'ratio',
    direction: 'higher',
    target: 0.95,
    weight: 10,
    unitKinds: ['division', 'city', 'county'],
    period: 'quarter',
  },
  {
    code: 'escalation.onTime',
    name: '督办事项按期办理率',
    definition: '考核期内到期的督办事项（已撤销的不计）中，在期限内报送办理情况的比例。',
    computation: 'escalation.onTime',
    measure: 'ratio',
    direction: 'higher',
    target: 0.95,
    weight: 10,
    unitKinds: ['city', 'county'],
    period: 'year',
  },
  {
    code: 'reconciliation.rectified',
    name: '对账检查问题整改率',
    definition: '考核期内对账检查发现问题形成的整改待办中，在整改期限内完成的比例。',
    computation: 'reconciliation.rectified',
    measure: 'ratio',
    direction: 'higher',
    target: 1,
    weight: 10,
    unitKinds: ['city', 'county'],
    period: 'year',
  },
  {
    code: 'publication.timely',
    name: '抽检信息按时公布率',
    definition: '考核期内公布的抽检结果中，自抽样之日起在规定天数内公布的比例（天数为默认值，待核实）。',
    computation: 'publication.timely',
    params: { days: 60 },
    measure: 'ratio',
    direction: 'higher',
    target: 0.9,
    weight: 5,
    unitKinds: ['city', 'county'],
    period: 'year',
  },
  {
    code: 'plan.completion',
    name: '抽检计划任务完成率',
    definition: '本年度抽检计划中分配到本地区的任务量，已完成抽样的比例（超额不计）。',
    computation: 'plan.completion',
    measure: 'ratio',
    direction: 'higher',
    target: 1,
    weight: 10,
    unitKinds: ['city', 'county'],
    period: 'year',
  },
  {
    code: 'sample.pendingReview',
    name: '抽检数据待复核率',
    definition: '考核期内抽样的样品中，仍有待复核字段（导入推断、疑似错误）的比例，越低越好。',
    computation: 'sample.pendingReview',
    measure: 'ratio',
    direction: 'lower',
    target: 0.02,
    weight: 5,
    unitKinds: ['city', 'county'],
    period: 'quarter',
  },
  {
    code: 'complaint.handledInTime',
    name: '投诉举报按时办理率',
    definition: '考核期内到期的投诉举报（含12345转办件）中，按时作出受理决定、并在办理时限内办结的比例；合并的重复件不计。',
    computation: 'complaint.handledInTime',
    measure: 'ratio',
    direction: 'higher',
    target: 0.95,
    weight: 5,
    unitKinds: ['city', 'county'],
    period: 'quarter',
  },
  {
    code: 'check.deductions',
    name: '明查暗访发现问题扣分',
    definition: '考核期内明查暗访、交叉检查、“四不两直”发现的问题，按每个问题登记的扣分合计扣减总分，最多扣减权重分值。',
    computation: 'check.deductions',
    params: { pointsPerFinding: 2 },
    measure: 'points',
    direction: 'deduction',
    target: 0,
    weight: 10,
    unitKinds: ['division', 'city', 'county'],
    period: 'year',
  },
];

/** The org-unit kinds each assessed kind covers. */
export const unitKindsOf: Record<AssessedKind, string[]> = {
  division: ['division', 'affiliated_unit'],
  city: ['city_bureau'],
  county: ['county_bureau'],
};

export const assessedKindNames: Record<AssessedKind, string> = { division: '省局处室和直属单位', city: '市（州）局', county: '县（市、区）局' };
