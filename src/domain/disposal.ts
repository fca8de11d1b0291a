/** The steps of a disposal (核查处置): the result notice, then the five in place (五个到位, seed art. 12). */
export const disposalStepKinds = ['notice', 'riskControl', 'causeInvestigation', 'rectification', 'penalty', 'disclosure'] as const;
export type DisposalStepKind = (typeof disposalStepKinds)[number];
export const fiveInPlace = ['riskControl', 'causeInvestigation', 'rectification', 'penalty', 'disclosure'] as const;

export const stepNames: Record<DisposalStepKind, string> = {
  notice: '检验结果通知书送达',
  riskControl: '风险控制到位',
  causeInvestigation: '原因排查到位',
  rectification: '整改落实到位',
  penalty: '行政处罚到位',
  disclosure: '信息公开到位',
};

/** Risk-monitoring findings (问题) follow 实施条例 art. 7: notify, the enterprise self-checks and reports. */
export const monitoringStepKinds = ['notice', 'enterpriseReport'] as const;
export const monitoringStepNames = { notice: '通知企业', enterpriseReport: '企业自查、停止生产经营、召回及报告' } as const;

export type DisposalStatus = 'open' | 'in_progress' | 'pending_approval' | 'closed' | 'voided';
export const disposalStatusNames: Record<DisposalStatus, string> = {
  open: '待处置',
  in_progress: '处置中',
  pending_approval: '待审批结案',
  closed: '已结案',
  voided: '已撤销',
};

/** The steps closing needs: the result notice and all five in place, or the monitoring finding's two. */
export const requiredForClosing = (kind: string): string[] => (kind === 'monitoring' ? ['notice', 'enterpriseReport'] : ['notice', ...fiveInPlace]);

/** Who may do what from which state: src/domain/workflow/disposal.ts. */

/**
 * The division that guides a disposal: by the sample's link, special foods to 特殊食品处. An
 * unknown link (null, 待确定) guides nobody yet: the division is set when the link is determined
 * (record-sample-link.ts).
 */
export function guidingDivisionSlug(link: string | null, categoryRootName: string | null): string | null {
  if (categoryRootName && ['保健食品', '特殊医学用途配方食品', '婴幼儿配方食品', '特殊膳食食品'].includes(categoryRootName)) return 'special-food';
  if (!link) return null;
  return ({ production: 'production', distribution: 'distribution', catering: 'catering', online: 'online' } as Record<string, string>)[link] ?? null;
}
