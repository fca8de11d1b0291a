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
export const recipientRoles = ['sampling', 'division', 'bureau', 'producerDivision', 'producerBureau'] as const;
export type RecipientRole = (typeof recipientRoles)[number];
export const recipientRoleNames: Record<RecipientRole, string> = {
  sampling: '抽检监测处',
  division: '业务处室',
  bureau: '属地市场监管部门',
  producerDivision: '食品生产安全监督管理处',
  producerBureau: '生产企业所在地市场监管部门',
};

export interface RecipientUnits {
  /** 抽检监测处 */
  sampling: string;
  /** The division of the link (生产处, 经营处, 餐饮处, 网络交易处) or 特殊食品处, when known. */
  division: string | null;
  /** The bureau of the sampled party's region: handles the report. */
  bureau: string;
  /** 生产处 */
  production: string;
  /** The bureau of the nominal producer's region, when the producer is in Sichuan. */
  producerBureau: string | null;
  /** Null while the sample's link is unknown: no division yet, and a Sichuan producer's side is told (it may not be production). */
  link: string | null;
}

/**
 * Who receives a report, each unit once (the first role it has wins):
 * 1. 抽检监测处, which handles the information and supervises (seed art. 11(3));
 * 2. the division of the link, or 特殊食品处 (arts. 7–10 (4));
 * 3. the bureau of the sampled party's region, which handles it;
 * 4. when a Sichuan producer's food failed outside production (distribution, catering, online):
 *    生产处, which guides the handling "涉及食品生产企业" (art. 7(4)), and the bureau of the
 *    producer's region, where the food was made.
 */
export function urgentRecipients(units: RecipientUnits): { unitId: string; role: RecipientRole }[] {
  const all: { unitId: string; role: RecipientRole }[] = [
    { unitId: units.sampling, role: 'sampling' },
    ...(units.division ? [{ unitId: units.division, role: 'division' as const }] : []),
    { unitId: units.bureau, role: 'bureau' },
    ...(units.link !== 'production' && units.producerBureau
      ? [
          { unitId: units.production, role: 'producerDivision' as const },
          { unitId: units.producerBureau, role: 'producerBureau' as const },
        ]
      : []),
  ];
  return all.filter((r, i) => all.findIndex((o) => o.unitId === r.unitId) === i);
}

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
