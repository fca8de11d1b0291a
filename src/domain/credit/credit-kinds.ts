/**
 * The kinds of an enterprise's credit record (信用记录) and of the records sent to the national
 * credit publicity system (国家企业信用信息公示系统), with the Chinese the UI and the files show.
 */

/** One entry of an enterprise's credit record, as the record page lists them. */
export const creditEntryKinds = ['unqualified', 'overturned', 'disposal', 'penalty', 'interview', 'escalation', 'inspection', 'dishonest'] as const;
export type CreditEntryKind = (typeof creditEntryKinds)[number];

export const creditEntryKindNames: Record<CreditEntryKind, string> = {
  unqualified: '抽检不合格',
  overturned: '不合格结论已推翻',
  disposal: '核查处置',
  penalty: '行政处罚',
  interview: '责任约谈',
  escalation: '督办',
  inspection: '监督检查',
  dishonest: '严重违法失信',
};

/**
 * A record due for publication. The unique key of credit_publications is (kind, record id), so
 * each kind names what the id points to: a sample, a case, or a dishonest-list entry (listing
 * and removal are two publications of the same entry).
 */
export const publicationKinds = ['unqualified', 'penalty', 'dishonest', 'dishonest_removal'] as const;
export type PublicationKind = (typeof publicationKinds)[number];

/** The national system's categories: 抽查检查结果信息, 行政处罚信息, 严重违法失信名单信息 (列入 / 移出). */
export const publicationKindNames: Record<PublicationKind, string> = {
  unqualified: '抽查检查结果信息（监督抽检不合格）',
  penalty: '行政处罚信息',
  dishonest: '列入严重违法失信名单',
  dishonest_removal: '移出严重违法失信名单',
};

export type DishonestStatus = 'proposed' | 'listed' | 'refused' | 'removed';
export const dishonestStatusNames: Record<DishonestStatus, string> = { proposed: '待上级审批', listed: '在列', refused: '上级未同意', removed: '已移出' };

/** Inspections have no status names elsewhere: requested of 检查技术中心, or done with findings. */
export const inspectionStatusNames: Record<string, string> = { requested: '待检查', done: '已检查' };

/** One line of the credit record's timeline. */
export interface CreditEntry {
  /** `<kind>:<record id>` (a dishonest-list removal adds `:removed`): unique in one record. */
  id: string;
  /** The day it happened (YYYY-MM-DD, Asia/Shanghai). */
  at: string;
  kind: CreditEntryKind;
  kindName: string;
  title: string;
  detail: string;
  /** The web path of the record behind it; opening it still follows that record's own scope. */
  link: string | null;
  recordId: string;
  status: string | null;
  statusName: string | null;
}

export function creditEntry(kind: CreditEntryKind, recordId: string, fields: Omit<CreditEntry, 'id' | 'kind' | 'kindName' | 'recordId' | 'status' | 'statusName'> & Partial<Pick<CreditEntry, 'id' | 'status' | 'statusName'>>): CreditEntry {
  return { id: `${kind}:${recordId}`, kind, kindName: creditEntryKindNames[kind], recordId, status: null, statusName: null, ...fields };
}
