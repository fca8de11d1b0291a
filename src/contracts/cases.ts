/** Reply contracts of /api/cases (稽查案件: list, filing, one case, stages, 法制审核, 移送司法机关, time limits, files). */
import { z } from 'zod';
import { actions, historyEntry, localDate, pageOf, timestamp } from './common.js';
import { attachmentRef } from './attachments.js';

/** src/domain/case.ts `caseStages`, `caseSources`. */
export const caseStage = z.enum(['filing', 'investigation', 'notice', 'hearing', 'decision', 'execution', 'closed']);
export type CaseStage = z.infer<typeof caseStage>;
export const caseSource = z.enum(['disposal', 'escalation', 'complaint', 'manual']);
export type CaseSource = z.infer<typeof caseSource>;
export const licenceAction = z.enum(['none', 'suspend', 'revoke']);
export type LicenceAction = z.infer<typeof licenceAction>;
export const reviewStatus = z.enum(['pending', 'approved', 'returned']);
export type ReviewStatus = z.infer<typeof reviewStatus>;
/** src/domain/case-time-limits.ts `pauseKinds`. */
export const pauseKind = z.enum(['suspension', 'hearing', 'notice', 'testing', 'identification']);
export type PauseKind = z.infer<typeof pauseKind>;

/** Fields of every case reply, list row or detail. */
const caseBase = {
  id: z.string(),
  caseNo: z.string(),
  title: z.string(),
  partyName: z.string(),
  enterpriseId: z.string().nullable(),
  source: caseSource,
  sourceName: z.string(),
  disposalId: z.string().nullable(),
  escalationId: z.string().nullable(),
  stage: caseStage,
  stageName: z.string(),
  major: z.boolean(),
  crossRegion: z.boolean(),
  ownerUnitId: z.string(),
  filedOn: localDate,
  /** The decision deadline (extended, excluded time not counted). */
  dueAt: timestamp,
  provisional: z.boolean(),
  /** Yuan; null until decided. */
  fineAmount: z.number().nullable(),
  closedOn: localDate.nullable(),
  /** An open pause stops the decision clock. */
  clockSuspended: z.boolean(),
  /** The cooperating link division. */
  linkUnitId: z.string().nullable(),
  overdue: z.boolean(),
  /** null once decided, closed or while the clock is stopped. */
  remainingMs: z.number().nullable(),
  version: z.number(),
};

export const caseRow = z.object({
  ...caseBase,
  ownerUnitName: z.string(),
  /** 立案 after its period; null when the lead's date was not recorded. */
  filedLate: z.boolean().nullable(),
  takenOver: z.boolean(),
  legalReviewStatus: reviewStatus.nullable(),
  transferred: z.boolean(),
});
export type CaseRow = z.infer<typeof caseRow>;
/** The list, and `create` in `actions` when the user may file a case. */
export const casePage = pageOf(caseRow).extend({ actions });
export type CasePage = z.infer<typeof casePage>;

export const casePause = z.object({
  id: z.string(),
  /** filing: before 立案; decision: after it. */
  phase: z.enum(['filing', 'decision']),
  kind: pauseKind,
  kindName: z.string(),
  /** First day not counted. */
  from: localDate,
  /** Last day not counted; null while it goes on. */
  to: localDate.nullable(),
  reason: z.string(),
  /** Derived from a recorded stage (the hearing): not entered, not editable. */
  derived: z.boolean().optional(),
});
export type CasePause = z.infer<typeof casePause>;

const approval = { approvedOn: localDate, approver: z.string() };

export const caseTimeLimits = z.object({
  discoveredOn: localDate.nullable(),
  filingDueOn: localDate.nullable(),
  filedLate: z.boolean().nullable(),
  filingApproval: z.object(approval).nullable(),
  filingExtension: z.object({ ...approval, reason: z.string() }).nullable(),
  decisionExtensions: z.array(z.object({ ...approval, reason: z.string(), kind: z.enum(['head', 'collective']), kindName: z.string(), days: z.number() })),
  pauses: z.array(casePause),
  /** Days of the decision period not counted so far; null once decided. */
  excludedDays: z.number().nullable(),
  clockSuspended: z.boolean(),
});
export type CaseTimeLimits = z.infer<typeof caseTimeLimits>;

/** What 法制审核 turns on: the grounds set on the case, and whether a hearing was held. */
export const reviewGrounds = z.object({ publicInterest: z.boolean(), hearingHeld: z.boolean(), complex: z.boolean(), requiredBy: z.string().nullable() });
export type ReviewGrounds = z.infer<typeof reviewGrounds>;

export const caseStageRecord = z.object({
  id: z.string(),
  caseId: z.string(),
  stage: caseStage,
  name: z.string(),
  doneOn: localDate,
  text: z.string(),
  documentNo: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  doneByUserId: z.string().nullable(),
  createdAt: timestamp,
  attachments: z.array(attachmentRef),
});
export type CaseStageRecord = z.infer<typeof caseStageRecord>;

export const legalReview = z.object({
  status: reviewStatus,
  requestedAt: timestamp,
  requestedByUserId: z.string().nullable(),
  proposal: z.string(),
  proposedFine: z.number(),
  proposedConfiscation: z.number(),
  proposedLicenceAction: licenceAction,
  opinion: z.string().nullable(),
  reviewedAt: timestamp.nullable(),
  reviewedByUserId: z.string().nullable(),
  dueAt: timestamp,
  reviewerUnitId: z.string(),
});
export type LegalReview = z.infer<typeof legalReview>;

export const caseDecision = z.object({
  decisionNo: z.string(),
  decidedOn: localDate,
  /** Yuan. */
  fineAmount: z.number(),
  confiscatedIllegalGains: z.number(),
  confiscatedGoods: z.string().nullable(),
  licenceAction,
  /** 警告 (absent on decisions recorded before it was asked). */
  warning: z.boolean().optional(),
  content: z.string(),
});
export type CaseDecision = z.infer<typeof caseDecision>;

export const judicialTransfer = z.object({
  transferredOn: localDate,
  organ: z.string(),
  documentNo: z.string(),
  reason: z.string(),
  receiptOn: localDate.nullable(),
  receiptNo: z.string().nullable(),
});
export type JudicialTransfer = z.infer<typeof judicialTransfer>;

/** One case; filing it and every change answer it as it now is. */
export const caseDetail = z.object({
  ...caseBase,
  ownerUnitName: z.string().nullable(),
  filedByUnitId: z.string(),
  filedByUnitName: z.string().nullable(),
  complaintRef: z.string().nullable(),
  facts: z.string(),
  publicInterest: z.boolean(),
  complex: z.boolean(),
  reviewRequiredBy: z.string().nullable(),
  linkUnitName: z.string().nullable(),
  takeOver: z.object({ fromUnitId: z.string(), on: z.string(), reason: z.string(), byUserId: z.string() }).nullable(),
  takeOverFromUnitName: z.string().nullable(),
  discoveredOn: localDate.nullable(),
  filingDueOn: localDate.nullable(),
  timeLimits: caseTimeLimits,
  legalReview: legalReview.nullable(),
  decision: caseDecision.nullable(),
  judicialTransfer: judicialTransfer.nullable(),
  createdByUserId: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  enterprise: z.object({ id: z.string(), name: z.string(), creditCode: z.string().nullable() }).nullable(),
  disposal: z.object({ id: z.string(), sampleNo: z.string(), status: z.string(), statusName: z.string() }).nullable(),
  escalation: z.object({ id: z.string(), year: z.number(), status: z.string() }).nullable(),
  stages: z.array(caseStageRecord),
  /** The stages the case may record next. */
  nextStages: z.array(z.object({ stage: caseStage, name: z.string() })),
  /** The fine above which 法制审核 is required (a rule setting). */
  legalReviewRule: z.object({ value: z.number(), unit: z.string(), name: z.string(), legalBasis: z.string(), level: z.string() }),
  legalReviewGrounds: reviewGrounds,
  legalReviewReasons: z.array(z.string()),
  legalReviewRequired: z.boolean(),
  reviewerUnitId: z.string(),
  reviewerUnitName: z.string().nullable(),
  history: z.array(historyEntry),
  /** What the user may do now (src/domain/workflow/case.ts). */
  actions,
});
export type CaseDetail = z.infer<typeof caseDetail>;

/** An uploaded stage file, and the stage it belongs to. */
export const caseAttachment = attachmentRef.extend({ stage: caseStage });
export type CaseAttachment = z.infer<typeof caseAttachment>;
