/**
 * Reply contracts of /api/escalations (督办: list, board, detail, every action), /api/inspections,
 * /api/interviews, /api/escalation-rules and /api/rule-settings.
 */
import { z } from 'zod';
import { actions, localDate, timestamp } from './common.js';
import { link } from './samples.js';

export const escalationStatus = z.enum(['open', 'reported', 'closed', 'withdrawn']);
export type EscalationStatus = z.infer<typeof escalationStatus>;
/** How firmly the rule's reading is established: V verified, S a stated source, U unverified. */
export const ruleLevel = z.enum(['V', 'S', 'U']);
export type RuleLevel = z.infer<typeof ruleLevel>;
export const ruleKind = z.enum(['batchesInYear', 'consecutiveYears']);
export const inspectionKind = z.enum(['flight', 'system', 'special']);
export type InspectionKind = z.infer<typeof inspectionKind>;
export const inspectionConclusion = z.enum(['compliant', 'defects', 'violations']);
export type InspectionConclusion = z.infer<typeof inspectionConclusion>;

/** The stored escalation, as the report and the decisions answer it. */
export const escalationRecord = z.object({
  id: z.string(),
  ruleId: z.string(),
  year: z.number(),
  enterpriseId: z.string(),
  ownerUnitId: z.string(),
  assignedUnitId: z.string(),
  status: escalationStatus,
  countAtFiring: z.number(),
  currentCount: z.number(),
  threshold: z.number(),
  /** Overturned results left it under the threshold: the division decides whether to withdraw it. */
  belowThreshold: z.boolean(),
  /** Its samples were matched to the enterprise by name (no credit code). */
  matchedByName: z.boolean(),
  firedAt: timestamp,
  dueAt: timestamp,
  provisional: z.boolean(),
  report: z.string().nullable(),
  reportedAt: timestamp.nullable(),
  reportedByUserId: z.string().nullable(),
  closingNote: z.string().nullable(),
  closedAt: timestamp.nullable(),
  closedByUserId: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  withdrawnAt: timestamp.nullable(),
  withdrawnByUserId: z.string().nullable(),
  version: z.number(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type EscalationRecord = z.infer<typeof escalationRecord>;

export const escalationRow = escalationRecord.extend({
  /** The rule's id again, under the name the list filters by. */
  rule: z.string(),
  ruleName: z.string(),
  ruleLevel,
  enterpriseName: z.string(),
  creditCode: z.string().nullable(),
  ownerUnitName: z.string(),
  assignedUnitName: z.string(),
  /** The counted samples behind it, oldest first. */
  sampleNos: z.array(z.string()),
  overdue: z.boolean(),
});
export type EscalationRow = z.infer<typeof escalationRow>;
/** The list is a plain array; its total is in the X-Total-Count header. */
export const escalationList = z.array(escalationRow);

/** A sample behind the escalation; `counted` false once its result was overturned. */
export const escalationSample = z.object({
  sampleId: z.string(),
  sampleNo: z.string(),
  samplingDate: localDate,
  counted: z.boolean(),
  foodName: z.string(),
  link: link.nullable(),
  conclusion: z.string(),
  sampledPartyName: z.string(),
  nominalProducerName: z.string().nullable(),
  /** The failed items' names, joined with 、. */
  failedItems: z.string().nullable(),
  disposalId: z.string().nullable(),
  disposalStatus: z.string().nullable(),
});
export type EscalationSample = z.infer<typeof escalationSample>;

/** The stored inspection request and, once done, its findings. */
export const inspectionRecord = z.object({
  id: z.string(),
  escalationId: z.string().nullable(),
  enterpriseId: z.string(),
  kind: inspectionKind,
  requestedByUnitId: z.string(),
  inspectionUnitId: z.string(),
  reason: z.string(),
  dueOn: localDate.nullable(),
  status: z.enum(['requested', 'done']),
  inspectedOn: localDate.nullable(),
  inspectors: z.string().nullable(),
  findings: z.string().nullable(),
  conclusion: inspectionConclusion.nullable(),
  doneAt: timestamp.nullable(),
  doneByUserId: z.string().nullable(),
  createdByUserId: z.string().nullable(),
  createdAt: timestamp,
  version: z.number(),
});
/** In the detail: whether the user may record its findings (the centre asked, nobody else). */
export const inspection = inspectionRecord.extend({ mayRecord: z.boolean() });
export type Inspection = z.infer<typeof inspection>;

/** A 责任约谈, recorded on the enterprise's credit file. */
export const interview = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  escalationId: z.string().nullable(),
  disposalId: z.string().nullable(),
  unitId: z.string(),
  heldOn: localDate,
  place: z.string().nullable(),
  officials: z.string(),
  attendees: z.string(),
  reason: z.string(),
  commitments: z.string(),
  createdByUserId: z.string().nullable(),
  createdAt: timestamp,
});
export type Interview = z.infer<typeof interview>;

/** A case opened from the escalation. */
export const linkedCase = z.object({ id: z.string(), caseNo: z.string(), title: z.string(), stage: z.string(), filedOn: localDate });
export type LinkedCase = z.infer<typeof linkedCase>;

export const escalationDetail = escalationRow.extend({
  ruleLegalBasis: z.string(),
  ruleKind,
  ruleYears: z.number(),
  enterpriseAddress: z.string().nullable(),
  samples: z.array(escalationSample),
  inspections: z.array(inspection),
  interviews: z.array(interview),
  cases: z.array(linkedCase),
  /** What the user may do now (src/domain/workflow/escalation.ts). */
  actions,
});
export type EscalationDetail = z.infer<typeof escalationDetail>;

export const boardCounts = z.object({
  active: z.number(),
  open: z.number(),
  reported: z.number(),
  closed: z.number(),
  withdrawn: z.number(),
  overdue: z.number(),
  dueSoon: z.number(),
  belowThreshold: z.number(),
});
export type BoardCounts = z.infer<typeof boardCounts>;
export const unitBoardCounts = boardCounts.extend({ unitId: z.string(), unitName: z.string() });
export type UnitBoardCounts = z.infer<typeof unitBoardCounts>;

export const escalationBoard = z.object({
  totals: boardCounts,
  byCity: z.array(unitBoardCounts),
  byDivision: z.array(unitBoardCounts),
  byRule: z.array(boardCounts.extend({ ruleId: z.string() })),
});
export type EscalationBoard = z.infer<typeof escalationBoard>;

export const escalationRule = z.object({
  id: z.string(),
  name: z.string(),
  subject: z.string(),
  kind: ruleKind,
  threshold: z.number(),
  years: z.number(),
  /** How "一年内" is read (batchesInYear rules). */
  window: z.enum(['calendarYear', 'rolling12Months']),
  /** The business of the division that owns the rule's escalations (production, distribution, …). */
  ownerBusiness: z.string(),
  legalBasis: z.string(),
  level: ruleLevel,
  enabled: z.boolean(),
  version: z.number(),
  updatedAt: timestamp,
  updatedByUserId: z.string().nullable(),
});
/** A rule as the rules page lists it, with its window in words. */
export const listedRule = escalationRule.extend({ reading: z.string() });
export type EscalationRule = z.infer<typeof listedRule>;

/** A case or credit threshold (e.g. the fine that needs legal review). */
export const ruleSetting = z.object({
  id: z.string(),
  name: z.string(),
  value: z.number(),
  unit: z.string(),
  legalBasis: z.string(),
  level: ruleLevel,
  version: z.number(),
  updatedAt: timestamp,
  updatedByUserId: z.string().nullable(),
});
export type RuleSetting = z.infer<typeof ruleSetting>;

export const escalationRules = z.object({ rules: z.array(listedRule), settings: z.array(ruleSetting) });

/** What recomputing the escalations changed. */
export const recomputed = z.object({ enterprises: z.number(), created: z.number(), updated: z.number() });
export type Recomputed = z.infer<typeof recomputed>;
/** Editing a rule answers the rule and the recomputation it started. */
export const editedRule = z.object({ rule: escalationRule, recomputed });
export type EditedRule = z.infer<typeof editedRule>;
/** Recomputing answers what changed and how long it took. */
export const recomputeReply = recomputed.extend({ ms: z.number() });
export type RecomputeReply = z.infer<typeof recomputeReply>;
export type EscalationRules = z.infer<typeof escalationRules>;
