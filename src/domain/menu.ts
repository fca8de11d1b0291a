import { can, type Permission } from './permissions.js';

/**
 * The side menu is built from what the user can do: the role's permission, and for a provincial
 * division or affiliated unit also whether its business gives it anything on that page. A
 * division's own subtree holds no samples, disposals or cases; it sees them only through the
 * province-wide reach its business has (`jurisdiction` in jurisdiction.ts). Without that
 * reach the page would always be empty, or refuse every row (新闻宣传处 importing samples), so it
 * is not offered. City and county bureaus and the province bureau reach their own subtree, where
 * these records live, so the permission alone decides for them.
 */
export interface MenuUser {
  roles: readonly string[];
  unit: { kind: string; businesses: readonly string[] };
}

/** Link divisions: they guide disposals and 24-hour reports of their link and own its escalations. */
const LINK_DIVISIONS = ['production', 'distribution', 'catering', 'online', 'special_food'];

/**
 * Businesses that give a provincial unit something on a page (keep in step with `jurisdiction`
 * in jurisdiction.ts):
 * - samples: `sample.see` (the overseeing businesses and the link divisions);
 * - imports: `sample.enter` (only 抽检监测处 and the institute import province-wide);
 * - disposals, ledger, reconciliations: `disposal.see` (the overseeing businesses and the guiding division);
 * - urgent: `urgentReport.see` (the overseeing businesses), the raising units, the division recipients;
 * - escalations: `escalation.see` (the overseeing businesses and the owning link division);
 * - cases: `case.see` (the overseeing businesses, 信用处 among them for the penalties it publishes,
 *   and, from seed arts. 7–10, the link divisions);
 * - enterprises: `enterprise.see` (any provincial business reads every enterprise).
 */
export const provincialReach: Partial<Record<string, readonly string[]>> = {
  samples: ['sampling', 'lab', 'coordination', 'enforcement', 'credit', 'publication', 'inspection', 'complaints', 'legal_review', ...LINK_DIVISIONS],
  imports: ['sampling', 'lab'],
  disposals: ['sampling', 'enforcement', 'coordination', 'legal_review', ...LINK_DIVISIONS],
  ledger: ['sampling', 'enforcement', 'coordination', 'legal_review', ...LINK_DIVISIONS],
  reconciliations: ['sampling', 'enforcement', 'coordination', 'legal_review', ...LINK_DIVISIONS],
  urgent: ['sampling', 'coordination', 'lab', ...LINK_DIVISIONS],
  escalations: ['sampling', 'coordination', 'enforcement', 'inspection', 'credit', 'legal_review', ...LINK_DIVISIONS],
  cases: ['enforcement', 'legal_review', 'coordination', 'credit', ...LINK_DIVISIONS],
  enterprises: ['*'],
  // `publication.see`: the two reviewing divisions and 宣传和档案中心 (opinion watch).
  publications: ['sampling', 'publication', 'publicity'],
  // The library is province-wide reference data; the institute reviews it.
  explainers: ['sampling', 'publication', 'publicity', 'lab'],
  // `opinionEvent.see`: the two keepers and 协调处.
  opinion: ['publicity', 'publication', 'coordination'],
  // The province view and the briefing pack: 协调处 (the leading group's office) and 抽检监测处.
  province: ['coordination', 'sampling'],
  briefing: ['coordination', 'sampling'],
  // `complaint.see`: 投诉举报中心, 协调处 and the link divisions (by subject).
  complaints: ['complaints', 'coordination', ...LINK_DIVISIONS],
  // 风险分析 counts the samples the unit sees: the same reach as the samples list.
  analytics: ['sampling', 'lab', 'coordination', 'enforcement', 'credit', 'publication', 'inspection', 'complaints', 'legal_review', ...LINK_DIVISIONS],
  // `signal.see`: the four that read every signal, and the divisions signals are routed to.
  signals: ['sampling', 'coordination', 'lab', 'inspection', ...LINK_DIVISIONS],
};

/** Unit kinds whose own subtree holds no business records: they reach records through their business. */
const REACH_BY_BUSINESS_KINDS = ['division', 'affiliated_unit', 'lab'];

/** Side-menu entries and the permission each needs: the web shows exactly what the server lists. */
export const menuEntries: { key: string; permission: Permission }[] = [
  { key: 'workbench', permission: 'workItem.read' },
  { key: 'province', permission: 'sample.read' },
  { key: 'briefing', permission: 'sample.read' },
  { key: 'analytics', permission: 'analytics.read' },
  { key: 'samples', permission: 'sample.read' },
  { key: 'imports', permission: 'sample.import' },
  { key: 'disposals', permission: 'disposal.read' },
  { key: 'urgent', permission: 'urgent.handle' },
  { key: 'notices', permission: 'notice.read' },
  { key: 'ledger', permission: 'disposal.read' },
  { key: 'reconciliations', permission: 'disposal.read' },
  { key: 'escalations', permission: 'escalation.read' },
  { key: 'cases', permission: 'case.read' },
  { key: 'complaints', permission: 'complaint.read' },
  { key: 'riskMeetings', permission: 'riskMeeting.read' },
  { key: 'assessment', permission: 'assessment.read' },
  { key: 'signals', permission: 'signal.read' },
  { key: 'credit', permission: 'credit.read' },
  { key: 'publications', permission: 'publication.read' },
  { key: 'explainers', permission: 'publication.read' },
  { key: 'opinion', permission: 'opinion.read' },
  { key: 'deadlines', permission: 'workItem.read' },
  { key: 'enterprises', permission: 'enterprise.read' },
  { key: 'plans', permission: 'plan.read' },
  { key: 'catalogue', permission: 'sample.read' },
  { key: 'org', permission: 'org.read' },
  { key: 'users', permission: 'user.read' },
  { key: 'roles', permission: 'user.read' },
  { key: 'intakeKeys', permission: 'intakeKey.manage' },
  { key: 'audit', permission: 'audit.read' },
];

/** Whether the user's unit reaches anything on the page behind `key`. */
export function unitReaches(unit: MenuUser['unit'], key: string): boolean {
  const reach = provincialReach[key];
  if (!reach || !REACH_BY_BUSINESS_KINDS.includes(unit.kind)) return true;
  if (reach.includes('*')) return unit.businesses.length > 0;
  return unit.businesses.some((b) => reach.includes(b));
}

export function menuFor(user: MenuUser): string[] {
  return menuEntries.filter((entry) => can(user.roles, entry.permission) && unitReaches(user.unit, entry.key)).map((entry) => entry.key);
}
