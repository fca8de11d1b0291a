import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { cases, disposals, objections, urgentReports } from '../../db/schema/index.js';
import { caseStageNames, type CaseStage } from '../../domain/case.js';
import { disposalStatusNames, type DisposalStatus } from '../../domain/disposal.js';
import { menuFor } from '../../domain/menu.js';
import { applicationKindNames, applicationStatusNames, type ApplicationKind, type ApplicationStatus } from '../../domain/objections/application.js';
import type { SessionUser } from '../access/actor.js';
import { caseReadable } from '../cases/case-scope.js';
import { disposalReadable } from '../disposals/disposal-scope.js';
import { urgentReadable } from '../urgent/urgent-scope.js';
import { urgentStatusNames, type UrgentStatus } from '../urgent/urgent-rules.js';

export type RelatedKind = 'disposal' | 'urgentReport' | 'objection' | 'case';

export interface RelatedRecord {
  kind: RelatedKind;
  id: string;
  title: string;
  statusName: string;
  /** The page that opens it, or null when the user may not open that page or record. */
  href: string | null;
}

/**
 * What grew out of a sample: its disposal, 24-hour reports, objections and retests, and the cases
 * filed from its disposal, so an official can follow an unqualified result to everything done
 * about it. Each record type is read through its own scope, and only when the user's menu has
 * its page: nothing listed here leads to a 404. Objections have no page of their own; they link
 * to the disposal, where their card is.
 */
export async function sampleRelated(db: Executor, user: SessionUser, sampleId: string): Promise<RelatedRecord[]> {
  const menu = new Set(menuFor(user));
  const none = Promise.resolve([]);
  const [disposalRows, urgentRows, objectionRows] = await Promise.all([
    menu.has('disposals')
      ? db
          .select({ id: disposals.id, status: disposals.status, sampleNo: disposals.sampleNo })
          .from(disposals)
          .where(and(eq(disposals.sampleId, sampleId), disposalReadable(user)))
          .orderBy(desc(disposals.createdAt))
      : none,
    menu.has('urgent')
      ? db
          .select({ id: urgentReports.id, title: urgentReports.title, status: urgentReports.status })
          .from(urgentReports)
          .where(and(eq(urgentReports.sampleId, sampleId), urgentReadable(user)))
          .orderBy(desc(urgentReports.raisedAt))
      : none,
    // Objections are part of the sample: whoever reads the sample reads them.
    db
      .select({ id: objections.id, kind: objections.kind, status: objections.status, applicant: objections.applicant, appliedOn: objections.appliedOn })
      .from(objections)
      .where(eq(objections.sampleId, sampleId))
      .orderBy(asc(objections.appliedOn)),
  ]);
  const disposalIds = disposalRows.map((d) => d.id);
  const caseRows =
    menu.has('cases') && disposalIds.length
      ? await db
          .select({ id: cases.id, caseNo: cases.caseNo, stage: cases.stage })
          .from(cases)
          .where(and(inArray(cases.disposalId, disposalIds), caseReadable(user)))
          .orderBy(asc(cases.createdAt))
      : [];
  const liveDisposal = disposalRows.find((d) => d.status !== 'voided') ?? disposalRows[0];

  return [
    ...disposalRows.map((d) => ({
      kind: 'disposal' as const,
      id: d.id,
      title: `核查处置（${d.sampleNo}）`,
      statusName: disposalStatusNames[d.status as DisposalStatus] ?? d.status,
      href: `/disposals/${d.id}`,
    })),
    ...urgentRows.map((r) => ({
      kind: 'urgentReport' as const,
      id: r.id,
      title: r.title,
      statusName: urgentStatusNames[r.status as UrgentStatus] ?? r.status,
      href: `/urgent/${r.id}`,
    })),
    ...objectionRows.map((o) => ({
      kind: 'objection' as const,
      id: o.id,
      title: `${applicationKindNames[o.kind as ApplicationKind] ?? o.kind}申请（${o.applicant}，${o.appliedOn}）`,
      statusName: applicationStatusNames[o.status as ApplicationStatus] ?? o.status,
      href: liveDisposal ? `/disposals/${liveDisposal.id}` : null,
    })),
    ...caseRows.map((c) => ({
      kind: 'case' as const,
      id: c.id,
      title: `稽查案件 ${c.caseNo}`,
      statusName: caseStageNames[c.stage as CaseStage] ?? c.stage,
      href: `/cases/${c.id}`,
    })),
  ];
}
