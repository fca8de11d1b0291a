import { can, type Permission } from './permissions.js';

/**
 * What a page offers beyond reading its records — the create and manage buttons of list pages and
 * the few things a page shows only to those who maintain it — and the permission each needs.
 * `/api/me` returns the capabilities a user has (`capabilities`), and the web shows a button from
 * that list alone: it never reads the permission matrix itself, so who may create a plan or
 * verify the audit chain is decided here, from `permissions.ts`, and nowhere else.
 * What a single record allows is not here: each record's detail reply carries its own `actions`.
 * An entry with several permissions is offered to a holder of any of them.
 */
export const capabilityRules = {
  'samples.create': ['sample.write'],
  'samples.export': ['sample.export'],
  'plans.create': ['plan.write'],
  'suggestions.create': ['suggestion.write'],
  'urgent.raise': ['urgent.raise'],
  /** The 信息通报 page's compose button; the approval settings are its head's. */
  'notices.send': ['notice.send'],
  'notices.approvalSettings': ['notice.approve'],
  'riskMeetings.record': ['riskMeeting.record'],
  'publications.create': ['publication.draft'],
  'explainers.edit': ['explainer.edit'],
  /** The 舆情事件 page's 登记 button (the keepers: jurisdiction decides which units). */
  'opinion.record': ['opinion.record'],
  'reconciliations.create': ['reconciliation.write'],
  /** The 投诉举报 page's manual entry and 12345 import. */
  'complaints.create': ['complaint.work'],
  /** The 风险分析 page's complaint counts. */
  'analytics.complaints': ['complaint.read'],
  'catalogue.manage': ['catalogue.manage'],
  'deadlines.manage': ['deadline.manage'],
  /** Escalation rules, case thresholds and the dishonest-list rule: their editors also see the rule's review state. */
  'rules.manage': ['rule.manage'],
  'users.manage': ['user.manage'],
  'audit.verify': ['audit.verify'],
  /** The credit record section on an enterprise's page. */
  'enterprises.credit': ['credit.read'],
  /** Administrators and auditors see the codes behind names (rule, action, permission) in tooltips. */
  'codes.show': ['user.manage', 'audit.read'],
} as const satisfies Record<string, readonly Permission[]>;

export type Capability = keyof typeof capabilityRules;
export const capabilityCodes = Object.keys(capabilityRules) as Capability[];

export function capabilitiesOf(userRoles: readonly string[]): Capability[] {
  return capabilityCodes.filter((c) => capabilityRules[c].some((p: Permission) => can(userRoles, p)));
}
