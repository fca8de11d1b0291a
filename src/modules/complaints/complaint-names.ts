/** The words of complaints in Chinese, shared by the replies, the exports and the portal. */
export const complaintChannels = { portal: '网上投诉（门户）', phone: '电话', letter: '信件', visit: '来访', hotline: '12345热线转办', other: '其他' } as const;
export type ComplaintChannel = keyof typeof complaintChannels;
export const complaintKinds = { complaint: '投诉', report: '举报' } as const;
export type ComplaintKind = keyof typeof complaintKinds;
export const complaintStatuses = { received: '待受理', accepted: '办理中', rejected: '不予受理', closed: '已办结', merged: '已合并' } as const;
export const complaintOutcomes = {
  mediated: '调解结束',
  unfounded: '经核查情况不属实',
  inspection: '经核查属实，已开展监督检查',
  suggestion: '经核查属实，已提出专项抽检建议',
  case: '经核查属实，已立案查处',
} as const;
export type ComplaintOutcome = keyof typeof complaintOutcomes;
export const subjectLinks = { production: '生产环节', distribution: '经营（流通）环节', catering: '餐饮服务环节', online: '网络食品销售' } as const;
export type SubjectLink = keyof typeof subjectLinks;

/** The status as the public query page says it, in plain words. */
export function publicStatusText(status: string, outcome: string | null): string {
  switch (status) {
    case 'received':
      return '已收到，正在审查是否受理';
    case 'accepted':
      return '已受理，正在办理';
    case 'rejected':
      return '经审查，不予受理（理由见答复）';
    case 'closed':
      return outcome === 'case' ? '已办结：经核查，已依法立案查处' : outcome === 'mediated' ? '已办结：调解结束' : outcome === 'unfounded' ? '已办结：经核查，反映情况不属实' : '已办结';
    case 'merged':
      return '与您此前反映的同一事项合并办理';
    default:
      return '办理中';
  }
}
