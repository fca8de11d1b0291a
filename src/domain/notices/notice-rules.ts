/**
 * 信息通报 (seed art. 21; art. 11(5), 14, 16(6), 18(2)): the kinds, the recipient groups, and who
 * may notify whom. Pure: the server loads the units and asks these functions.
 */

export const noticeKinds = {
  circular: '通报函',
  supervision_tip: '监管提示',
  risk_warning: '风险预警提示',
  work_update: '工作动态',
} as const;
export type NoticeKind = keyof typeof noticeKinds;
export const noticeKindCodes = Object.keys(noticeKinds) as NoticeKind[];

export const noticeStatuses = { pending_approval: '待审批', sent: '已发送', withdrawn: '已撤回' } as const;
export type NoticeStatus = keyof typeof noticeStatuses;

/** A recipient's state as the sender sees it. */
export type ReceiptState = 'unread' | 'read' | 'replied' | 'overdue';

/** The units a notice can name, as the reach rule needs them. */
export interface ReachUnit {
  id: string;
  parentId: string | null;
  kind: string;
}

const PROVINCE_LEVEL = ['province_bureau', 'division', 'affiliated_unit', 'lab'];
const isProvinceLevel = (u: ReachUnit) => PROVINCE_LEVEL.includes(u.kind);

/**
 * Who may notify whom, from the seed's division of labour:
 * - art. 21: the province bureau, its divisions and affiliated units notify one another, and they
 *   lead the linkage across the province (art. 19), so a provincial unit may notify any unit;
 * - art. 18(1)–(2): a 市（州）局 works with the provincial divisions and reports risk information
 *   regularly, so it may notify provincial units, the other city bureaus (a risk crossing a city
 *   boundary), and the county bureaus of its own city;
 * - a 县（市、区）局 answers to its own city bureau (art. 18(3): the city organises the work in its
 *   area), so it may notify its own city bureau and the other counties of the same city — never
 *   another city's bureau or its counties, and not the province over its city's head.
 * Nobody notifies itself or a unit outside the organisation (kind `external`).
 */
export function mayNotify(sender: ReachUnit, recipient: ReachUnit): boolean {
  if (sender.id === recipient.id || recipient.kind === 'external') return false;
  if (isProvinceLevel(sender)) return true;
  if (sender.kind === 'city_bureau') {
    return isProvinceLevel(recipient) || recipient.kind === 'city_bureau' || (recipient.kind === 'county_bureau' && recipient.parentId === sender.id);
  }
  if (sender.kind === 'county_bureau') {
    return (recipient.kind === 'city_bureau' && recipient.id === sender.parentId) || (recipient.kind === 'county_bureau' && recipient.parentId === sender.parentId);
  }
  return false;
}

/** Recipient groups of the compose form: expanded to units on the server. */
export type RecipientGroup = { group: 'allCities' } | { group: 'provincialDivisions' } | { group: 'cityCounties'; cityUnitId: string };

export function expandGroup(group: RecipientGroup, units: readonly ReachUnit[]): string[] {
  switch (group.group) {
    case 'allCities':
      return units.filter((u) => u.kind === 'city_bureau').map((u) => u.id);
    case 'provincialDivisions':
      return units.filter((u) => u.kind === 'division').map((u) => u.id);
    case 'cityCounties':
      return units.filter((u) => u.kind === 'county_bureau' && u.parentId === group.cityUnitId).map((u) => u.id);
  }
}

/** A recipient's state: replied wins; then overdue once the reply date has passed unanswered. */
export function receiptState(r: { readAt: Date | null; repliedAt: Date | null }, replyDueOn: string | null, today: string): ReceiptState {
  if (r.repliedAt) return 'replied';
  if (replyDueOn && today > replyDueOn) return 'overdue';
  return r.readAt ? 'read' : 'unread';
}
