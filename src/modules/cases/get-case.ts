import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { attachments, auditLog, caseStages, disposals, enterprises, escalations, orgUnits } from '../../db/schema/index.js';
import { caseClock, caseSourceNames, caseStageNames, caseStages as stageOrder, legalReviewReasons, nextStages, type CaseSource, type CaseStage } from '../../domain/case.js';
import { decisionExtensionKindNames, pauseKindNames, pausesOf } from '../../domain/case-time-limits.js';
import { disposalStatusNames, type DisposalStatus } from '../../domain/disposal.js';
import type { SessionUser } from '../access/actor.js';
import { caseState, reviewerOf, reviewOf } from './case-actions.js';
import { actionsOf } from '../workflow/load-for-action.js';
import { caseRecord } from './case-workflow.js';
import { decisionDeadline, hearingOf } from './case-deadlines.js';
import { groundsOf } from './review-grounds.js';
import { orgUnitKind } from './unit-kind.js';
import { CASE_STAGE_ENTITY } from './case-attachments.js';
import { findCase } from './case-scope.js';
import { legalReviewThreshold } from './review-threshold.js';
import { auditHistory } from '../audit/audit-history.js';

const unitName = async (db: Executor, id: string) => (await db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, id)).limit(1))[0]?.name ?? null;

/**
 * One case the user may read (else 404): the stages in order with their documents and evidence,
 * the source (disposal, escalation, complaint), the party, the link division that cooperates,
 * 法制审核 (its grounds, the reviewing unit, the local amount), 移送司法机关, the time limits
 * (立案 from the lead, the decision period with its extensions and excluded time), the history
 * and the actions open to the user.
 */
export async function getCase(db: Executor, user: SessionUser, id: string, now = new Date()) {
  const c = await findCase(db, user, id);
  // Sequential: the caller may pass a transaction, whose one client must not run two queries at once.
  const stages = await db.select().from(caseStages).where(eq(caseStages.caseId, id));
  const files = stages.length
    ? await db.select().from(attachments).where(and(eq(attachments.entityType, CASE_STAGE_ENTITY), inArray(attachments.entityId, stages.map((s) => s.id)))).orderBy(asc(attachments.createdAt))
    : [];
  const history = await auditHistory(db, and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, id)), 200);
  const [enterprise] = c.enterpriseId
    ? await db.select({ id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode }).from(enterprises).where(eq(enterprises.id, c.enterpriseId)).limit(1)
    : [];
  const [disposal] = c.disposalId
    ? await db.select({ id: disposals.id, sampleNo: disposals.sampleNo, status: disposals.status }).from(disposals).where(eq(disposals.id, c.disposalId)).limit(1)
    : [];
  const [escalation] = c.escalationId
    ? await db.select({ id: escalations.id, year: escalations.year, status: escalations.status }).from(escalations).where(eq(escalations.id, c.escalationId)).limit(1)
    : [];
  const ownerUnitName = await unitName(db, c.ownerUnitId);
  const filedByUnitName = await unitName(db, c.filedByUnitId);
  const linkUnitName = c.linkUnitId ? await unitName(db, c.linkUnitId) : null;
  const threshold = await legalReviewThreshold(db);
  const ownerKind = await orgUnitKind(db, c.ownerUnitId);
  const review = reviewOf(c);
  const grounds = await groundsOf(db, c);
  // What 法制审核 turns on for this case now: the grounds, and the proposal (for a local amount) once there is one.
  const reasons = legalReviewReasons(grounds, review ? { fineAmount: review.proposedFine, confiscatedIllegalGains: review.proposedConfiscation } : null, threshold.value);
  const reviewerUnitId = reviewerOf(c, ownerKind);
  const limits = c.timeLimits ?? {};
  const decisionPeriod = c.decision || c.stage === 'closed' ? null : await decisionDeadline(db, c, now);
  const pauses = pausesOf(limits, 'decision', await hearingOf(db, c.id));
  return {
    ...c,
    sourceName: caseSourceNames[c.source as CaseSource],
    stageName: caseStageNames[c.stage as CaseStage],
    ownerUnitName,
    filedByUnitName,
    linkUnitName,
    takeOverFromUnitName: c.takeOver ? await unitName(db, c.takeOver.fromUnitId) : null,
    ...caseClock(c, now),
    timeLimits: {
      discoveredOn: c.discoveredOn,
      filingDueOn: c.filingDueOn,
      /** 立案 after its period (with extension and excluded time); null when the lead's date was not recorded. */
      filedLate: c.filingDueOn ? c.filedOn > c.filingDueOn : null,
      filingApproval: limits.filingApproval ?? null,
      filingExtension: limits.filingExtension ?? null,
      decisionExtensions: (limits.decisionExtensions ?? []).map((e) => ({ ...e, kindName: decisionExtensionKindNames[e.kind] })),
      pauses: [...(limits.pauses ?? []).filter((p) => p.phase === 'filing'), ...pauses].map((p) => ({ ...p, kindName: pauseKindNames[p.kind] })),
      /** Days of the decision period not counted so far; null once decided. */
      excludedDays: decisionPeriod?.excluded ?? null,
      clockSuspended: c.clockSuspended,
    },
    enterprise: enterprise ?? null,
    disposal: disposal ? { ...disposal, statusName: disposalStatusNames[disposal.status as DisposalStatus] } : null,
    escalation: escalation ?? null,
    stages: stages
      .sort((a, b) => stageOrder.indexOf(a.stage as CaseStage) - stageOrder.indexOf(b.stage as CaseStage))
      .map((s) => ({ ...s, name: caseStageNames[s.stage as CaseStage], attachments: files.filter((f) => f.entityId === s.id).map(({ storagePath: _path, ...f }) => ({ ...f, href: `/api/attachments/${f.id}` })) })),
    nextStages: nextStages(caseState(c)).map((stage) => ({ stage, name: caseStageNames[stage] })),
    legalReviewRule: threshold,
    legalReviewGrounds: grounds,
    legalReviewReasons: reasons,
    legalReviewRequired: reasons.length > 0,
    reviewerUnitId,
    reviewerUnitName: await unitName(db, reviewerUnitId),
    history,
    // What the user may do now (src/domain/workflow/case.ts): the web shows exactly these buttons.
    actions: await actionsOf(db, user, caseRecord, c),
  };
}
