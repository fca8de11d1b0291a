/**
 * The "321" rhythm as data (seed art. 22: 省局每季度、市（州）局每2个月、县（市、区）局每月开展1次
 * 食品安全风险研判活动). Start-up inserts these defaults when missing and never overwrites a
 * value 协调处 edited (risk_meeting_rules.edited). Sources: docs/risk-meetings.md.
 */
export const meetingLevels = ['province', 'city', 'county'] as const;
export type MeetingLevel = (typeof meetingLevels)[number];

export const meetingLevelNames: Record<MeetingLevel, string> = { province: '省局', city: '市（州）局', county: '县（市、区）局' };

export interface MeetingRuleDefault {
  level: MeetingLevel;
  /** Org unit kinds obliged at this level. */
  unitKinds: readonly string[];
  periodMonths: number;
  /** The first day the rhythm applies: no period before it is owed. */
  effectiveFrom: string;
  basis: string;
}

const ART_22 = '《食品安全“监检联动”工作规范（试行）》第二十二条';

export const meetingRuleDefaults: readonly MeetingRuleDefault[] = [
  // "省局每季度": the province bureau itself and, per the issue, its divisions, each quarterly.
  { level: 'province', unitKinds: ['province_bureau', 'division'], periodMonths: 3, effectiveFrom: '2024-01-01', basis: `${ART_22}：省局每季度开展1次` },
  { level: 'city', unitKinds: ['city_bureau'], periodMonths: 2, effectiveFrom: '2024-01-01', basis: `${ART_22}：市（州）局每2个月开展1次` },
  { level: 'county', unitKinds: ['county_bureau'], periodMonths: 1, effectiveFrom: '2024-01-01', basis: `${ART_22}：县（市、区）局每月开展1次` },
];

/** The level a unit kind is obliged at, under the given rules. */
export function levelOfKind(rules: readonly { level: string; unitKinds: readonly string[] }[], kind: string): MeetingLevel | null {
  const rule = rules.find((r) => r.unitKinds.includes(kind));
  return (rule?.level as MeetingLevel | undefined) ?? null;
}

/** 研判活动 forms (seed art. 22: 结合工作实际自行确定…开展形式). */
export const meetingForms = { meeting: '专题会议', discussion: '座谈讨论', visit: '走访交流', written: '书面会商', video: '视频会议' } as const;
export type MeetingForm = keyof typeof meetingForms;

/** The fields art. 22 names (日常监管、稽查执法、抽检监测、投诉举报、舆情监测). */
export const meetingSources = { supervision: '日常监管', enforcement: '稽查执法', sampling: '抽检监测', complaints: '投诉举报', opinion: '舆情监测' } as const;
export type MeetingSource = keyof typeof meetingSources;

export const riskLevels = { high: '高', medium: '中', low: '低' } as const;
export type RiskLevel = keyof typeof riskLevels;

/** What an action of a meeting does: an ordinary task, a tracking-sampling proposal, a notice to send. */
export const actionKinds = { task: '工作任务', tracking_sampling: '建议跟踪抽检', notice: '发送通报' } as const;
export type ActionKind = keyof typeof actionKinds;
