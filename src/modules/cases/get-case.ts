import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { attachments, auditLog, caseStages, disposals, enterprises, escalations, orgUnits } from '../../db/schema/index.js';
import { caseClock, caseSourceNames, caseStageNames, caseStages as stageOrder, legalReviewReasons, nextStages, type CaseSource, type CaseStage } from '../../domain/case.js';
import { disposalStatusNames, type DisposalStatus } from '../../domain/disposal.js';
import type { SessionUser } from '../access/actor.js';
import { caseActions, caseState, reviewOf } from './case-actions.js';
import { CASE_STAGE_ENTITY } from './case-attachments.js';
import { findCase, ownsCase } from './case-scope.js';
import { legalReviewThreshold } from './review-threshold.js';
import { auditHistory } from '../audit/audit-history.js';

const unitName = async (db: Executor, id: string) => (await db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, id)).limit(1))[0]?.name ?? null;

/**
 * One case the user may read (else 404): the stages in order with their documents and evidence,
 * the source (disposal, escalation, complaint), the party, 法制审核 with the rule in force,
 * 移送司法机关, the decision clock, the history and the actions open to the user.
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
  const threshold = await legalReviewThreshold(db);
  const owns = await ownsCase(db, user, c);
  const review = reviewOf(c);
  // What 法制审核 turns on for this case now: the major flag, and the proposal once there is one.
  const reasons = legalReviewReasons(
    review
      ? { major: c.major, fineAmount: review.proposedFine, confiscatedIllegalGains: review.proposedConfiscation, licenceAction: review.proposedLicenceAction }
      : { major: c.major, fineAmount: 0, confiscatedIllegalGains: 0, licenceAction: 'none' },
    threshold.value,
  );
  return {
    ...c,
    sourceName: caseSourceNames[c.source as CaseSource],
    stageName: caseStageNames[c.stage as CaseStage],
    ownerUnitName,
    filedByUnitName,
    ...caseClock(c, now),
    enterprise: enterprise ?? null,
    disposal: disposal ? { ...disposal, statusName: disposalStatusNames[disposal.status as DisposalStatus] } : null,
    escalation: escalation ?? null,
    stages: stages
      .sort((a, b) => stageOrder.indexOf(a.stage as CaseStage) - stageOrder.indexOf(b.stage as CaseStage))
      .map((s) => ({ ...s, name: caseStageNames[s.stage as CaseStage], attachments: files.filter((f) => f.entityId === s.id).map(({ storagePath: _path, ...f }) => ({ ...f, href: `/api/attachments/${f.id}` })) })),
    nextStages: nextStages(caseState(c)).map((stage) => ({ stage, name: caseStageNames[stage] })),
    legalReviewRule: threshold,
    legalReviewReasons: reasons,
    history,
    actions: caseActions(user, c, owns),
  };
}
