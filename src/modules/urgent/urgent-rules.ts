/**
 * The 24-hour report (24小时限时报告, seed art. 7–11) as data: its states' names, its recipients,
 * who raises and who reads every report, its clock. Pure, so the rules are tested as tables.
 */
import type { UrgentStatus } from '../../domain/workflow/urgent-report.js';

export type { UrgentStatus };

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

/** Who may do what from which state: src/domain/workflow/urgent-report.ts. */

/** Units that may raise a report: 检验机构 (lab) and 抽检监测处 (sampling). */
export const RAISING_BUSINESSES = ['lab', 'sampling'];

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
