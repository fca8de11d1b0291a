/**
 * The 24-hour report (24小时限时报告, seed art. 7–11) as data: its states, which state each
 * action needs, and who may take it. Pure, so the table is tested as a table.
 */
export type UrgentStatus = 'open' | 'handled' | 'closed';

export const urgentStatusNames: Record<UrgentStatus, string> = {
  open: '待处置',
  handled: '已报送处置情况',
  closed: '已办结',
};

/** Recipient roles, in the order the UI lists them. */
export const recipientRoles = ['sampling', 'division', 'bureau'] as const;
export type RecipientRole = (typeof recipientRoles)[number];
export const recipientRoleNames: Record<RecipientRole, string> = { sampling: '抽检监测处', division: '业务处室', bureau: '属地市场监管部门' };

/**
 * 1. acknowledge (签收): any recipient unit, once, until the report is closed;
 * 2. fileHandling (报送处置情况): the owner bureau's line, while open;
 * 3. close (办结) / return (退回): 抽检监测处, the supervisor, once the handling report is in.
 */
export const urgentTransitions = {
  acknowledge: ['open', 'handled'],
  fileHandling: ['open'],
  close: ['handled'],
  return: ['handled'],
} as const satisfies Record<string, readonly UrgentStatus[]>;

export type UrgentAction = keyof typeof urgentTransitions;

export function urgentAllows(action: UrgentAction, status: string): boolean {
  return (urgentTransitions[action] as readonly string[]).includes(status);
}

/** Units that may raise a report: 检验机构 (lab) and 抽检监测处 (sampling). */
export const RAISING_BUSINESSES = ['lab', 'sampling'];
/** Provincial units that see every report: 抽检监测处 supervises them, 协调处 coordinates the linkage. */
export const READ_ALL_BUSINESSES = ['sampling', 'coordination'];

/** What the caller stands in relation to the report; the server derives it, the web never does. */
export interface UrgentStanding {
  /** holds urgent.handle */
  mayHandle: boolean;
  /** the caller's unit is a recipient that has not acknowledged yet */
  pendingRecipient: boolean;
  /** the owner bureau is the caller's unit or below it */
  ownsReport: boolean;
  /** the caller's unit is 抽检监测处 */
  supervises: boolean;
}

/** The actions the caller may take now: the web shows exactly these buttons. */
export function urgentActions(standing: UrgentStanding, status: string): UrgentAction[] {
  if (!standing.mayHandle) return [];
  const actions: UrgentAction[] = [];
  if (standing.pendingRecipient && urgentAllows('acknowledge', status)) actions.push('acknowledge');
  if (standing.ownsReport && urgentAllows('fileHandling', status)) actions.push('fileHandling');
  if (standing.supervises && urgentAllows('close', status)) actions.push('close');
  if (standing.supervises && urgentAllows('return', status)) actions.push('return');
  return actions;
}

/** Derived clock, never stored: overdue while not closed past the 24 hours (the sweep escalates the same). */
export function urgentClock(r: { status: string; dueAt: Date }, now: Date) {
  const active = r.status !== 'closed';
  return { overdue: active && r.dueAt.getTime() < now.getTime(), remainingMs: active ? r.dueAt.getTime() - now.getTime() : null };
}

/** How work items name the report: the food and the enterprise. */
export const reportLabel = (r: { foodName: string; enterpriseName: string }) => `${r.foodName}（${r.enterpriseName}）`;
export const reportLinks = (id: string) => [{ label: '24小时限时报告', href: `/urgent/${id}` }];

/** Acknowledgement work items are per recipient unit, so each is its own subject and closes alone. */
export const recipientSubject = (reportId: string, unitId: string) => ({ subjectType: 'urgentReportRecipient', subjectId: `${reportId}/${unitId}` });
