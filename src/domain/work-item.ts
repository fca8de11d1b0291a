/** Work item kinds known so far; later capabilities add theirs here (the UI shows the Chinese). */
export const workItemKinds = {
  risk_meeting: '召开风险研判会',
  disposal_notice: '送达检验结果通知书',
  disposal_steps: '落实“五个到位”',
  disposal_approval: '审批核查处置结案',
  monitoring_notice: '风险监测问题通知',
  assist_request: '协查',
  assist_letter: '发送协查函',
  urgent_ack: '签收24小时限时报告',
  urgent_handle: '报送24小时限时报告处置情况',
  urgent_supervise: '督办24小时限时报告',
  objection_review: '审核异议',
  retest_review: '受理复检申请',
  rectification: '对账检查整改',
  suggestion_review: '处理抽检建议',
  accompaniment_record: '补录陪同执法人员',
  link_record: '确定环节',
  sampling_date_record: '核实抽样日期',
  escalation_handle: '办理督办事项',
  escalation_review: '审核督办办理情况',
  inspection: '开展飞行检查',
  legal_review: '法制审核',
  judicial_receipt: '登记移送司法机关回执',
  dishonest_approval: '审批列入严重违法失信名单',
  credit_export_approval: '审核信用信息归集报送',
  notice: '阅办信息通报',
  notice_reminder: '催办：反馈信息通报',
  notice_approval: '审批信息通报',
  risk_action: '落实风险研判措施',
  risk_notice: '发送风险研判通报',
  publication_review: '会审拟公布信息',
  opinion_watch: '信息发布后舆情监测',
  complaint_accept: '受理投诉举报',
  complaint_handle: '办理投诉举报',
  assessment_rectification: '落实考核检查整改意见',
  assessment_acceptance: '验收考核检查整改情况',
} as const satisfies Record<string, string>;

export type WorkItemKind = keyof typeof workItemKinds;

/**
 * Items a person completes in the inbox itself (with a note). Every other kind completes when
 * its business action is done — recording a disposal step, acknowledging a report — so the
 * inbox can never say "done" while the record says otherwise.
 */
export const manuallyCompletedKinds: readonly string[] = ['rectification', 'risk_action', 'risk_notice'];

/**
 * Hand-completed kinds that need a note saying why: a `risk_notice` completes itself when its
 * notice is sent (risk-meetings/notice-follow-up.ts); closing it by hand means the unit decided no
 * notice is needed, and that decision is written down.
 */
export const noteRequiredKinds: readonly string[] = ['risk_notice'];
export type WorkItemStatus = 'open' | 'done' | 'cancelled';

export function kindName(kind: string): string {
  return (workItemKinds as Record<string, string>)[kind] ?? kind;
}

/** Overdue is derived, never stored: an open item whose due time has passed. */
export function isOverdue(item: { status: string; dueAt: Date | null }, now: Date): boolean {
  return item.status === 'open' && item.dueAt !== null && item.dueAt.getTime() < now.getTime();
}
